package org.raspworkbench.core.testkit;

import static org.raspworkbench.core.testkit.Py.bool;
import static org.raspworkbench.core.testkit.Py.i;

import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;

/**
 * The golden programs built by hand from the RASP records, mirroring the {@code .rasp} files and
 * the language's naming, so the compiler passes can be checked before the language is in.
 */
public final class HandBuiltPrograms {
    private HandBuiltPrograms() {
    }

    public static RaspProgram byName(String name) {
        switch (name) {
            case "reverse": return reverse();
            case "sort_unique": return sortUnique();
            case "sort": return sort(5);
            case "hist": return hist();
            case "length": return length();
            case "frac_prevs": return fracPrevs();
            case "pair_balance": return pairBalance();
            case "password": return password();
            case "shuffle_dyck2": return shuffleDyck2();
            default: throw new IllegalArgumentException(name);
        }
    }

    public static RaspProgram reverse() {
        ProgramBuilder b = new ProgramBuilder();
        SelectorWidthOp length = b.length();
        SOp opp = b.sequenceMap("opp_index", length, b.indices, a -> Py.sub(a.get(0), a.get(1)));
        SOp opp1 = b.map("opp_index_1", opp, a -> Py.sub(a.get(0), i(1)));
        Select flip = b.select("flip", b.indices, opp1, Comparison.EQ);
        return b.program(Py.ints(1, 2, 3), 5, b.aggregate("reverse", flip, b.tokens));
    }

    public static RaspProgram sortUnique() {
        ProgramBuilder b = new ProgramBuilder();
        Select smaller = b.select("smaller", b.tokens, b.tokens, Comparison.LT);
        SOp target = b.selectorWidth("target_pos", smaller);
        Select selNew = b.select("sel_new", target, b.indices, Comparison.EQ);
        return b.program(Py.ints(1, 2, 3, 4, 5), 5, b.aggregate("sort", selNew, b.tokens));
    }

    /** Tracr's make_sort with vocab 1..n and max_seq_len n (the benchmark's program). */
    public static RaspProgram sort(int n) {
        ProgramBuilder b = new ProgramBuilder();
        SOp keys = b.sequenceMap("keys", b.tokens, b.indices,
                a -> Py.add(a.get(0), Py.div(Py.mul(i(1), a.get(1)), i(n))));
        Select smaller = b.select("smaller", keys, keys, Comparison.LT);
        SOp target = b.selectorWidth("target_pos", smaller);
        Select selNew = b.select("sel_new", target, b.indices, Comparison.EQ);
        int[] vocab = new int[n];
        for (int k = 0; k < n; k++) vocab[k] = k + 1;
        return b.program(Py.ints(vocab), n, b.aggregate("sort", selNew, b.tokens));
    }

    public static RaspProgram hist() {
        ProgramBuilder b = new ProgramBuilder();
        Select same = b.select("same_tok", b.tokens, b.tokens, Comparison.EQ);
        return b.program(Py.chars("abcd"), 5, b.selectorWidth("hist", same));
    }

    public static RaspProgram length() {
        ProgramBuilder b = new ProgramBuilder();
        return b.program(Py.chars("abcd"), 5, b.length());
    }

    private static MapOp isToken(ProgramBuilder b, String name, String token) {
        return b.numericalMap(name, b.tokens, a -> bool(a.get(0).equals(StrValue.of(token))));
    }

    public static RaspProgram fracPrevs() {
        ProgramBuilder b = new ProgramBuilder();
        MapOp isL = isToken(b, "is_l", "l");
        Select prevs = b.select("prevs", b.indices, b.indices, Comparison.LEQ);
        return b.program(Py.chars("helo"), 5, b.aggregate("frac_prevs", prevs, isL));
    }

    public static RaspProgram pairBalance() {
        ProgramBuilder b = new ProgramBuilder();
        Select prevs = b.select("prevs", b.indices, b.indices, Comparison.LEQ);
        SOp opens = b.aggregate("opens", prevs, isToken(b, "bools_open", "("));
        SOp closes = b.aggregate("closes", prevs, isToken(b, "bools_close", ")"));
        return b.program(Py.chars("abc()"), 10, b.linear("pair_balance", opens, closes, 1, -1));
    }

    public static RaspProgram password() {
        ProgramBuilder b = new ProgramBuilder();
        String pw = "1101";
        SOp pwOp = b.map("pw", b.indices, a -> {
            long k = ((NumericValue) a.get(0)).asLong();
            return StrValue.of(k < pw.length() ? String.valueOf(pw.charAt((int) k)) : "_");
        });
        SOp bools = b.sequenceMap("pw_bools", b.tokens, pwOp, a -> bool(a.get(0).equals(a.get(1))));
        Select sel = b.select("true_selector", bools, bools,
                new PredicateFunction(a -> bool(a.get(0).equals(BoolValue.TRUE)), "lambda k, q: k == True"));
        SOp counts = b.selectorWidth("true_counts", sel);
        return b.program(Py.chars("01"), 4, b.map("pwcheck", counts, a -> bool(a.get(0).equals(i(4)))));
    }

    public static RaspProgram shuffleDyck2() {
        ProgramBuilder b = new ProgramBuilder();
        Select prevs = b.select("prevs", b.indices, b.indices, Comparison.LEQ);
        SOp opens1 = b.aggregate("opens_1", prevs, isToken(b, "bools_open_1", "("));
        SOp closes1 = b.aggregate("closes_1", prevs, isToken(b, "bools_close_1", ")"));
        SOp balance1 = b.linear("balance_1", opens1, closes1, 1, -1);
        SOp opens2 = b.aggregate("opens_2", prevs, isToken(b, "bools_open_2", "{"));
        SOp closes2 = b.aggregate("closes_2", prevs, isToken(b, "bools_close_2", "}"));
        SOp balance2 = b.linear("balance_2", opens2, closes2, 1, -1);
        SOp neg1 = b.map("neg_1", balance1, a -> bool(Py.lt(a.get(0), i(0))));
        SOp neg2 = b.map("neg_2", balance2, a -> bool(Py.lt(a.get(0), i(0))));
        SOp anyNeg = b.sequenceMap("any_neg", neg1, neg2, a -> Py.or(a.get(0), a.get(1)));
        SOp anyNegative = b.numericalMap("any_negative", anyNeg, a -> a.get(0));
        Select all = b.select("select_all", b.indices, b.indices, Comparison.TRUE);
        SOp hasNeg = b.aggregate("has_neg", all, anyNegative);
        SOp zero1 = b.map("zero_1", balance1, a -> bool(a.get(0).equals(i(0))));
        SOp zero2 = b.map("zero_2", balance2, a -> bool(a.get(0).equals(i(0))));
        SOp allZero = b.sequenceMap("all_zero", zero1, zero2, a -> Py.and(a.get(0), a.get(1)));
        SOp last = b.map("last", b.length(), a -> Py.sub(a.get(0), i(1)));
        Select selectLast = b.select("select_last", b.indices, last, Comparison.EQ);
        SOp lastZero = b.aggregate("last_zero", selectLast, allZero);
        SOp notHasNeg = b.map("not_has_neg", hasNeg, a -> bool(!a.get(0).truthy()), Encoding.CATEGORICAL);
        SOp out = b.sequenceMap("shuffle_dyck2", lastZero, notHasNeg, a -> Py.and(a.get(0), a.get(1)));
        return b.program(Py.chars("(){}"), 6, out);
    }
}
