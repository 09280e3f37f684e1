package org.raspworkbench.core.program;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.value.Value;

/** Whether an input fits a program's vocab and max_seq_len (Python equality: 1 matches 1.0 and True). */
final class InputChecks {
    private InputChecks() {
    }

    /** A sentence saying what is wrong, or null when the input is fine. */
    static String problem(List<Value> input, List<Value> vocab, int maxSeqLen) {
        if (input.size() > maxSeqLen) {
            return "the input has " + input.size() + " tokens but max_seq_len is " + maxSeqLen;
        }
        Set<Value> allowed = new HashSet<>(vocab);
        for (int i = 0; i < input.size(); i++) {
            Value v = input.get(i);
            if (!allowed.contains(v)) {
                return "the token " + v.repr() + " at position " + i + " is not in the vocab " + describe(vocab);
            }
        }
        return null;
    }

    static String describe(List<Value> vocab) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < vocab.size() && i < 20; i++) {
            if (i > 0) sb.append(", ");
            sb.append(vocab.get(i).repr());
        }
        if (vocab.size() > 20) sb.append(", ...");
        return sb.append('}').toString();
    }
}
