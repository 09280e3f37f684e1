package org.raspworkbench.ui.views.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.raspworkbench.core.rasp.CallSite;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.SourceRange;

/**
 * Tells apart the nodes that one piece of text made several times (a function's body run by
 * several calls, or by one call in a loop): each such node gets the calls that made it, one a
 * line, innermost first and only as many as it takes to be unique among its twins, e.g.
 * {@code fetch_var(batch, 0) line 55} over {@code ← verify_batch(…) #2 line 83}. A node whose text
 * made only it gets an empty text.
 */
final class CallSiteLabels {
    /** Longer call texts show as {@code name(…)}; the hover has them in full. */
    private static final int MAX_CALL_TEXT = 24;

    private CallSiteLabels() {
    }

    static List<String> of(RaspProgram program, DependencyGraph graph) {
        List<GraphNode> nodes = graph.nodes();
        List<String> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) out.add("");
        if (program == null) return out;
        Map<List<Integer>, List<Integer>> twins = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            SourceRange r = nodes.get(i).expr().range();
            if (r.isNone()) continue;
            twins.computeIfAbsent(List.of(r.startOffset(), r.endOffset()), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> group : twins.values()) {
            if (group.size() < 2) continue;
            List<List<CallSite>> calls = new ArrayList<>();
            for (int i : group) calls.add(program.origin(nodes.get(i).expr()).calls());
            List<String> labels = distinguish(calls);
            for (int k = 0; k < group.size(); k++) out.set(group.get(k), labels.get(k));
        }
        return out;
    }

    /**
     * The shortest innermost-first call chains whose texts differ; failing that, the whole chains
     * with the call number at the outermost call that ran more than once (the loop that repeated
     * everything inside it), then at every such call; failing that, the n-th of the twins.
     */
    static List<String> distinguish(List<List<CallSite>> calls) {
        int deepest = 0;
        for (List<CallSite> c : calls) deepest = Math.max(deepest, c.size());
        for (int depth = 1; depth <= deepest; depth++) {
            List<String> labels = new ArrayList<>();
            for (List<CallSite> c : calls) labels.add(describe(c.subList(0, Math.min(depth, c.size())), level -> false));
            if (distinct(labels)) return labels;
        }
        List<String> outermost = new ArrayList<>();
        List<String> every = new ArrayList<>();
        for (List<CallSite> c : calls) {
            int outer = -1;
            for (int level = 0; level < c.size(); level++) if (calledRepeatedly(c.get(level), calls, level)) outer = level;
            int chosen = outer;
            outermost.add(describe(c, level -> level == chosen));
            every.add(describe(c, level -> calledRepeatedly(c.get(level), calls, level)));
        }
        if (distinct(outermost)) return outermost;
        if (distinct(every)) return every;
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < calls.size(); k++) {
            String chain = every.get(k);
            labels.add((chain.isEmpty() ? "" : chain + " ") + "#" + (k + 1) + " of " + calls.size());
        }
        return labels;
    }

    private static boolean distinct(List<String> labels) {
        return new HashSet<>(labels).size() == labels.size();
    }

    private static String describe(List<CallSite> chain, IntPredicate numbered) {
        StringBuilder sb = new StringBuilder();
        for (int level = 0; level < chain.size(); level++) {
            CallSite c = chain.get(level);
            if (sb.length() > 0) sb.append("\n\u2190 ");
            sb.append(shortText(c));
            if (numbered.test(level)) sb.append(" #").append(c.occurrence());
            sb.append(" line ").append(c.range().start().line());
        }
        return sb.toString();
    }

    /** Whether the twins were made through more than one call of this call text at this level. */
    private static boolean calledRepeatedly(CallSite c, List<List<CallSite>> all, int level) {
        Set<Integer> occurrences = new HashSet<>();
        for (List<CallSite> chain : all) {
            if (chain.size() > level && chain.get(level).range().equals(c.range())) {
                occurrences.add(chain.get(level).occurrence());
            }
        }
        return occurrences.size() > 1;
    }

    static String shortText(CallSite c) {
        String text = c.text().replaceAll("\\s+", " ");
        return text.length() <= MAX_CALL_TEXT ? text : c.function() + "(\u2026)";
    }
}
