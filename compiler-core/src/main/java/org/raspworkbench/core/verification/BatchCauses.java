package org.raspworkbench.core.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One batch's disagreeing inputs by cause: each cause (at its S-op) in the order the batch first
 * met it, with its first diagnosis, its count and its first examples, as many as a report lists.
 * The report takes them in batch by batch in the plan's order; counted here, the thread that
 * does so handles a few groups per batch instead of every input.
 */
final class BatchCauses {
    /** A cause at an S-op: what disagreeing inputs are grouped by. */
    record Key(CauseKind cause, int sop) {
        static Key of(Diagnosis why) {
            return new Key(why.cause(), why.culprit().id());
        }
    }

    /** One cause's inputs in the batch. */
    static final class Group {
        final Key key;
        /** The first input's diagnosis: its message is the cause's in the report. */
        final Diagnosis first;
        long count;
        final List<Counterexample> examples = new ArrayList<>();
        /** Whether the batches before this one had not listed enough examples yet when the batch met the cause. */
        private final boolean examplesWanted;

        private Group(Key key, Diagnosis first, boolean examplesWanted) {
            this.key = key;
            this.first = first;
            this.examplesWanted = examplesWanted;
        }
    }

    private final Map<Key, Group> groups = new LinkedHashMap<>();
    /** The causes whose report already lists enough examples from the batches before this one. */
    private final Set<Key> full;
    /** The group met last: inputs in a row mostly share their cause. */
    private Group last;

    BatchCauses(Set<Key> full) {
        this.full = full;
    }

    /** Whether an example of the cause is wanted: this batch has fewer than a report lists, and the batches before did not list enough. */
    boolean wants(Diagnosis why) {
        return wantsExample(group(why));
    }

    /**
     * Whether the input's diagnosis is to be worded: it is the batch's first of its cause (whose
     * message the report may show), or its example is wanted.
     */
    boolean wantsWords(Diagnosis why) {
        Group g = existing(why);
        return g == null || wantsExample(g);
    }

    private static boolean wantsExample(Group g) {
        return g.examplesWanted && g.examples.size() < VerificationReport.COUNTEREXAMPLE_CAP;
    }

    /** Counts a disagreeing input, and keeps its example (null: none made) while the batch has few of the cause. */
    void add(Diagnosis why, Counterexample example) {
        Group g = group(why);
        g.count++;
        if (example != null && g.examples.size() < VerificationReport.COUNTEREXAMPLE_CAP) g.examples.add(example);
    }

    /** The groups in the order the batch met their causes. */
    Collection<Group> groups() {
        return groups.values();
    }

    /** The cause's group, made with this input as its first when the batch has none yet. */
    private Group group(Diagnosis why) {
        Group g = existing(why);
        if (g == null) {
            Key key = Key.of(why);
            g = new Group(key, why, !full.contains(key));
            groups.put(key, g);
        }
        last = g;
        return g;
    }

    /** The cause's group if the batch has one (the last one met looked at first), else null. */
    private Group existing(Diagnosis why) {
        Group g = last;
        if (g != null && g.key.cause() == why.cause() && g.key.sop() == why.culprit().id()) return g;
        return groups.get(Key.of(why));
    }
}
