package org.raspworkbench.core.craft;

import static org.raspworkbench.core.craft.Fixtures.i;
import static org.raspworkbench.core.craft.Fixtures.num;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** The golden programs' S-op DAGs written by hand (value sets come from the golden files). */
final class GoldenPrograms {
    private GoldenPrograms() {
    }

    private static BoolValue bool(boolean b) {
        return BoolValue.of(b);
    }

    private static SelectorWidthOp length(Fixtures fx, TokensOp tokens) {
        return fx.selectorWidth("length", fx.select("all_true", tokens, tokens, Comparison.TRUE), Encoding.CATEGORICAL);
    }

    static List<SOp> build(String program, Fixtures fx, List<Value> vocab) {
        List<SOp> ops = new ArrayList<>();
        TokensOp tokens = fx.tokens(vocab);
        IndicesOp indices = fx.indices();
        ops.add(tokens);
        ops.add(indices);
        switch (program) {
            case "length" -> ops.add(length(fx, tokens));
            case "hist" -> ops.add(fx.selectorWidth("hist", fx.select("same_tok", tokens, tokens, Comparison.EQ),
                    Encoding.CATEGORICAL));
            case "reverse" -> {
                SelectorWidthOp length = length(fx, tokens);
                SOp opp = fx.sequenceMap("opp_index", length, indices, (x, y) -> i((long) (num(x) - num(y))));
                SOp opp1 = fx.map("opp_index_1", opp, Encoding.CATEGORICAL, x -> i((long) num(x) - 1));
                Select flip = fx.select("flip", indices, opp1, Comparison.EQ);
                ops.addAll(List.of(length, opp, opp1, fx.aggregate("reverse", flip, tokens, Encoding.CATEGORICAL)));
            }
            case "sort_unique", "sort" -> {
                SOp keys = tokens;
                if (program.equals("sort")) {
                    keys = fx.sequenceMap("keys", tokens, indices, (x, k) -> FloatValue.of(num(x) + 1 * num(k) / 5));
                    ops.add(keys);
                }
                SOp target = fx.selectorWidth("target_pos", fx.select("smaller", keys, keys, Comparison.LT),
                        Encoding.CATEGORICAL);
                Select selNew = fx.select("sel_new", target, indices, Comparison.EQ);
                ops.addAll(List.of(target, fx.aggregate("sort", selNew, tokens, Encoding.CATEGORICAL)));
            }
            case "frac_prevs" -> {
                SOp isL = fx.map("is_l", tokens, Encoding.NUMERICAL, t -> bool(t.equals(StrValue.of("l"))));
                Select prevs = fx.select("prevs", indices, indices, Comparison.LEQ);
                ops.addAll(List.of(isL, fx.aggregate("frac_prevs", prevs, isL, Encoding.NUMERICAL)));
            }
            case "pair_balance" -> {
                Select prevs = fx.select("prevs", indices, indices, Comparison.LEQ);
                SOp open = fx.map("bools_open", tokens, Encoding.NUMERICAL, t -> bool(t.equals(StrValue.of("("))));
                SOp close = fx.map("bools_close", tokens, Encoding.NUMERICAL, t -> bool(t.equals(StrValue.of(")"))));
                SOp opens = fx.aggregate("opens", prevs, open, Encoding.NUMERICAL);
                SOp closes = fx.aggregate("closes", prevs, close, Encoding.NUMERICAL);
                ops.addAll(List.of(open, close, opens, closes, fx.linear("pair_balance", opens, closes, 1, -1)));
            }
            case "shuffle_dyck2" -> shuffleDyck2(fx, tokens, indices, ops);
            case "password" -> {
                SOp pw = fx.map("pw", indices, Encoding.CATEGORICAL,
                        x -> num(x) < 4 ? StrValue.of(String.valueOf("1101".charAt((int) num(x)))) : StrValue.of("_"));
                SOp pwBools = fx.sequenceMap("pw_bools", tokens, pw, (x, y) -> bool(x.equals(y)));
                Select sel = fx.select("true_selector", pwBools, pwBools,
                        new PredicateFunction(Fixtures.fn2((k, q) -> bool(k.equals(BoolValue.TRUE))), "k == True"));
                SOp counts = fx.selectorWidth("true_counts", sel, Encoding.CATEGORICAL);
                ops.addAll(List.of(pw, pwBools, counts,
                        fx.map("pwcheck", counts, Encoding.CATEGORICAL, x -> bool(num(x) == 4))));
            }
            default -> throw new IllegalArgumentException(program);
        }
        return ops;
    }

    private static void shuffleDyck2(Fixtures fx, TokensOp tokens, IndicesOp indices, List<SOp> ops) {
        Select prevs = fx.select("prevs", indices, indices, Comparison.LEQ);
        String[][] pairs = {{"(", ")"}, {"{", "}"}};
        List<SOp> balances = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String o = pairs[n - 1][0];
            String c = pairs[n - 1][1];
            SOp open = fx.map("bools_open_" + n, tokens, Encoding.NUMERICAL, t -> bool(t.equals(StrValue.of(o))));
            SOp opens = fx.aggregate("opens_" + n, prevs, open, Encoding.NUMERICAL);
            SOp close = fx.map("bools_close_" + n, tokens, Encoding.NUMERICAL, t -> bool(t.equals(StrValue.of(c))));
            SOp closes = fx.aggregate("closes_" + n, prevs, close, Encoding.NUMERICAL);
            SOp balance = fx.linear("balance_" + n, opens, closes, 1, -1);
            ops.addAll(List.of(open, opens, close, closes, balance));
            balances.add(balance);
        }
        SOp neg1 = fx.map("neg_1", balances.get(0), Encoding.CATEGORICAL, x -> bool(num(x) < 0));
        SOp neg2 = fx.map("neg_2", balances.get(1), Encoding.CATEGORICAL, x -> bool(num(x) < 0));
        SOp anyNeg = fx.sequenceMap("any_neg", neg1, neg2, (x, y) -> x.truthy() ? x : y);
        SOp anyNegative = fx.map("any_negative", anyNeg, Encoding.NUMERICAL, x -> x);
        Select selectAll = fx.select("select_all", indices, indices, Comparison.TRUE);
        SOp hasNeg = fx.aggregate("has_neg", selectAll, anyNegative, Encoding.NUMERICAL);
        SOp zero1 = fx.map("zero_1", balances.get(0), Encoding.CATEGORICAL, x -> bool(num(x) == 0));
        SOp zero2 = fx.map("zero_2", balances.get(1), Encoding.CATEGORICAL, x -> bool(num(x) == 0));
        SOp allZero = fx.sequenceMap("all_zero", zero1, zero2, (x, y) -> x.truthy() ? y : x);
        SelectorWidthOp length = length(fx, tokens);
        MapOp last = fx.map("last", length, Encoding.CATEGORICAL, x -> i((long) num(x) - 1));
        Select selectLast = fx.select("select_last", indices, last, Comparison.EQ);
        SOp lastZero = fx.aggregate("last_zero", selectLast, allZero, Encoding.CATEGORICAL);
        SOp notHasNeg = fx.map("not_has_neg", hasNeg, Encoding.CATEGORICAL, x -> bool(!x.truthy()));
        SOp result = fx.sequenceMap("shuffle_dyck2", lastZero, notHasNeg, (x, y) -> x.truthy() ? y : x);
        ops.addAll(List.of(neg1, neg2, anyNeg, anyNegative, hasNeg, zero1, zero2, allZero, length, last, lastZero,
                notHasNeg, result));
    }
}
