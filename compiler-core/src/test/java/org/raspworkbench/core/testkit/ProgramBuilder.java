package org.raspworkbench.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.Predicate;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspFunction;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/** Builds RASP DAGs directly from the records, as Tracr's own tests build programs in Python. */
public final class ProgramBuilder {
    private final List<RaspExpr> nodes = new ArrayList<>();
    private int nextId = 1;
    public final TokensOp tokens;
    public final IndicesOp indices;

    public ProgramBuilder() {
        tokens = add(new TokensOp(nextId++, "tokens", Encoding.CATEGORICAL, SourceRange.NONE));
        indices = add(new IndicesOp(nextId++, "indices", Encoding.CATEGORICAL, SourceRange.NONE));
    }

    /** A fresh node id, for nodes built by hand and then {@link #add}ed. */
    public int nextId() {
        return nextId++;
    }

    /** A range on one line, for checking where diagnostics point. */
    public static SourceRange range(int line, int from, int to) {
        return new SourceRange(new org.raspworkbench.core.source.SourcePos(line, from),
                new org.raspworkbench.core.source.SourcePos(line, to), from - 1, to - 1);
    }

    public <T extends RaspExpr> T add(T e) {
        nodes.add(e);
        return e;
    }

    public MapOp map(String name, SOp inner, RaspFunction fn) {
        return map(name, inner, fn, Encoding.CATEGORICAL);
    }

    public MapOp numericalMap(String name, SOp inner, RaspFunction fn) {
        return map(name, inner, fn, Encoding.NUMERICAL);
    }

    public MapOp map(String name, SOp inner, RaspFunction fn, Encoding enc) {
        return add(new MapOp(nextId++, name, enc, SourceRange.NONE, inner, fn));
    }

    public SequenceMapOp sequenceMap(String name, SOp a, SOp b, RaspFunction fn) {
        return add(new SequenceMapOp(nextId++, name, Encoding.CATEGORICAL, SourceRange.NONE, a, b, fn));
    }

    public LinearSequenceMapOp linear(String name, SOp a, SOp b, long ca, long cb) {
        RaspFunction fn = args -> Py.add(Py.mul(IntValue.of(ca), args.get(0)), Py.mul(IntValue.of(cb), args.get(1)));
        return add(new LinearSequenceMapOp(nextId++, name, Encoding.NUMERICAL, SourceRange.NONE, a, b,
                IntValue.of(ca), IntValue.of(cb), fn));
    }

    public Select select(String name, SOp keys, SOp queries, Predicate p) {
        return add(new Select(nextId++, name, SourceRange.NONE, keys, queries, p));
    }

    public AggregateOp aggregate(String name, Selector s, SOp sop) {
        Value dflt = sop.isNumerical() ? IntValue.of(0) : NoneValue.NONE;
        return add(new AggregateOp(nextId++, name, sop.encoding(), SourceRange.NONE, s, sop, dflt));
    }

    public SelectorWidthOp selectorWidth(String name, Selector s) {
        return add(new SelectorWidthOp(nextId++, name, Encoding.CATEGORICAL, SourceRange.NONE, s));
    }

    public SelectorWidthOp length() {
        Select all = select("all_true_selector", tokens, tokens, org.raspworkbench.core.rasp.Comparison.TRUE);
        return selectorWidth("length", all);
    }

    public RaspProgram program(List<Value> vocab, int maxSeqLen, SOp output) {
        return program(new CompileSettings(vocab, maxSeqLen, Optional.empty(), false, "BOS", "PAD", 100), output);
    }

    public RaspProgram program(CompileSettings settings, SOp output) {
        return new RaspProgram(settings, output, nodes, List.of());
    }
}
