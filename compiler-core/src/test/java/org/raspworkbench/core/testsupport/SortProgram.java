package org.raspworkbench.core.testsupport;

/**
 * Tracr's non-unique sort ({@code make_sort}, as in {@code golden/sort.rasp}) over the tokens 1 to
 * n at {@code max_seq_len} n: the program the bench measures, and the tests that need it at a
 * real size (at n = 16, 256 keys, a sparse lookup table, a selector width that goes wrong on
 * most long inputs).
 */
public final class SortProgram {
    private SortProgram() {
    }

    public static String at(int n) {
        StringBuilder vocab = new StringBuilder();
        for (int i = 1; i <= n; i++) vocab.append(i == 1 ? "" : ", ").append(i);
        return "set vocab [" + vocab + "];\n"
                + "set max_seq_len " + n + ";\n"
                + "keys = sequence_map(lambda x, i: x + 1 * i / " + n + ", tokens, indices);\n"
                + "smaller = select(keys, keys, <);\n"
                + "target_pos = selector_width(smaller);\n"
                + "sel_new = select(target_pos, indices, ==);\n"
                + "sort = aggregate(sel_new, tokens);\n";
    }
}
