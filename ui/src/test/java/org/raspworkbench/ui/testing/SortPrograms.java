package org.raspworkbench.ui.testing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Tracr's sort with repeats at a real size, for the tests that look at the views at n = 32 and 64. */
public final class SortPrograms {
    private SortPrograms() {
    }

    /** Vocabulary 1..n, max_seq_len n, an example of length n with repeats. */
    public static String withRepeats(int n) {
        String vocab = IntStream.rangeClosed(1, n).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        String example = IntStream.range(0, n).mapToObj(i -> String.valueOf((i * 7) % n + 1)).collect(Collectors.joining(", "));
        return "set vocab [" + vocab + "];\nset max_seq_len " + n + ";\nset example [" + example + "];\n"
                + "min_key = 1;\nn = " + n + ";\n"
                + "keys = sequence_map(lambda x, i: x + min_key * i / n, tokens, indices);\n"
                + "smaller = select(keys, keys, <);\ntarget_pos = selector_width(smaller);\n"
                + "sel_new = select(target_pos, indices, ==);\nsort = aggregate(sel_new, tokens);\noutput sort;\n";
    }
}
