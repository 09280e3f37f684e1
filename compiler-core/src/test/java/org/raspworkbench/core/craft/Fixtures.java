package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.ArithmeticFailure;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.value.Values;

/**
 * Hand-made S-ops for block tests, with Tracr's value-set rules (arithmetic errors and None
 * dropped) and a {@link BlockContext} over them.
 */
final class Fixtures {
    static final BasisDirection ONE = BasisDirection.of("one");
    static final BasisDirection BOS = new BasisDirection("tokens", org.raspworkbench.core.value.StrValue.of("BOS"));
    static final SourceRange RANGE = SourceRange.NONE;

    private final Map<SOp, List<Value>> valueSets = new IdentityHashMap<>();
    private final int maxSeqLen;
    private int nextId;

    Fixtures(int maxSeqLen) {
        this.maxSeqLen = maxSeqLen;
    }

    static List<Value> ints(int from, int toInclusive) {
        List<Value> out = new ArrayList<>();
        for (int i = from; i <= toInclusive; i++) out.add(IntValue.of(i));
        return out;
    }

    static Value i(long v) {
        return IntValue.of(v);
    }

    static Value f(double v) {
        return FloatValue.of(v);
    }

    static RaspFunction fn1(Function<Value, Value> f) {
        return args -> f.apply(args.get(0));
    }

    static RaspFunction fn2(BiFunction<Value, Value, Value> f) {
        return args -> f.apply(args.get(0), args.get(1));
    }

    static double num(Value v) {
        return ((NumericValue) v).asDouble();
    }

    static ArithmeticFailure divisionByZero() {
        return new ArithmeticFailure("division by zero", RANGE);
    }

    TokensOp tokens(List<Value> vocab) {
        TokensOp t = new TokensOp(nextId++, "tokens", Encoding.CATEGORICAL, RANGE);
        valueSets.put(t, Values.sortedDistinct(vocab));
        return t;
    }

    IndicesOp indices() {
        IndicesOp t = new IndicesOp(nextId++, "indices", Encoding.CATEGORICAL, RANGE);
        valueSets.put(t, ints(0, maxSeqLen - 1));
        return t;
    }

    MapOp map(String name, SOp inner, Encoding enc, Function<Value, Value> f) {
        MapOp m = new MapOp(nextId++, name, enc, RANGE, inner, fn1(f));
        List<Value> out = new ArrayList<>();
        for (Value x : valueSets.get(inner)) {
            try {
                Value y = f.apply(x);
                if (!(y instanceof NoneValue)) out.add(y);
            } catch (ArithmeticFailure e) {
                // dropped, as Tracr does
            }
        }
        valueSets.put(m, Values.sortedDistinct(out));
        return m;
    }

    SequenceMapOp sequenceMap(String name, SOp a, SOp b, BiFunction<Value, Value, Value> f) {
        SequenceMapOp m = new SequenceMapOp(nextId++, name, Encoding.CATEGORICAL, RANGE, a, b, fn2(f));
        List<Value> out = new ArrayList<>();
        for (Value x : valueSets.get(a)) {
            for (Value y : valueSets.get(b)) {
                try {
                    out.add(f.apply(x, y));
                } catch (ArithmeticFailure e) {
                    // dropped
                }
            }
        }
        valueSets.put(m, Values.sortedDistinct(out));
        return m;
    }

    /** Registers an S-op built by hand with the value set given. */
    <T extends SOp> T with(T op, List<Value> valueSet) {
        valueSets.put(op, Values.sortedDistinct(valueSet));
        return op;
    }

    LinearSequenceMapOp linear(String name, SOp a, SOp b, long ca, long cb) {
        LinearSequenceMapOp m = new LinearSequenceMapOp(nextId++, name, Encoding.NUMERICAL, RANGE, a, b,
                IntValue.of(ca), IntValue.of(cb), fn2((x, y) -> f(ca * num(x) + cb * num(y))));
        List<Value> out = new ArrayList<>();
        for (Value x : valueSets.get(a)) for (Value y : valueSets.get(b)) out.add(f(ca * num(x) + cb * num(y)));
        valueSets.put(m, Values.sortedDistinct(out));
        return m;
    }

    Select select(String name, SOp keys, SOp queries, Predicate predicate) {
        return new Select(nextId++, name, RANGE, keys, queries, predicate);
    }

    AggregateOp aggregate(String name, Selector selector, SOp sop, Encoding enc) {
        AggregateOp a = new AggregateOp(nextId++, name, enc, RANGE, selector, sop,
                enc == Encoding.NUMERICAL ? IntValue.of(0) : NoneValue.NONE);
        if (enc == Encoding.CATEGORICAL) {
            valueSets.put(a, valueSets.get(sop));
        } else {
            List<Value> out = new ArrayList<>();
            for (Value v : valueSets.get(sop)) {
                for (int len = 1; len <= maxSeqLen; len++) out.add(f(num(v) / len));
            }
            valueSets.put(a, Values.sortedDistinct(out));
        }
        return a;
    }

    SelectorWidthOp selectorWidth(String name, Selector selector, Encoding enc) {
        SelectorWidthOp w = new SelectorWidthOp(nextId++, name, enc, RANGE, selector);
        valueSets.put(w, ints(0, maxSeqLen));
        return w;
    }

    List<Value> valueSet(SOp op) {
        return valueSets.get(op);
    }

    VectorSpace space(SOp op) {
        if (op.isNumerical()) return new VectorSpace(List.of(BasisDirection.of(op.name())));
        List<BasisDirection> dirs = new ArrayList<>();
        for (Value v : valueSets.get(op)) dirs.add(new BasisDirection(op.name(), v));
        return new VectorSpace(dirs);
    }

    BasisDirection dir(SOp op, Value v) {
        return new BasisDirection(op.name(), v);
    }

    BlockContext ctx(boolean causal) {
        return new BlockContext(this::space, this::valueSet, ONE, BOS, causal, 100, maxSeqLen);
    }

    BlockContext ctx() {
        return ctx(false);
    }
}
