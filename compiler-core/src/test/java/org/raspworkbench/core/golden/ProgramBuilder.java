package org.raspworkbench.core.golden;

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
final class ProgramBuilder {
    private final List<RaspExpr> nodes = new ArrayList<>();
    private int nextId = 1;
    final TokensOp tokens;
    final IndicesOp indices;

    ProgramBuilder() {
        tokens = add(new TokensOp(nextId++, "tokens", Encoding.CATEGORICAL, SourceRange.NONE));
        indices = add(new IndicesOp(nextId++, "indices", Encoding.CATEGORICAL, SourceRange.NONE));
    }

    private <T extends RaspExpr> T add(T e) {
        nodes.add(e);
        return e;
    }

    MapOp map(String name, SOp inner, RaspFunction fn) {
        return map(name, inner, fn, Encoding.CATEGORICAL);
    }

    MapOp numericalMap(String name, SOp inner, RaspFunction fn) {
        return map(name, inner, fn, Encoding.NUMERICAL);
    }

    MapOp map(String name, SOp inner, RaspFunction fn, Encoding enc) {
        return add(new MapOp(nextId++, name, enc, SourceRange.NONE, inner, fn));
    }

    SequenceMapOp sequenceMap(String name, SOp a, SOp b, RaspFunction fn) {
        return add(new SequenceMapOp(nextId++, name, Encoding.CATEGORICAL, SourceRange.NONE, a, b, fn));
    }

    LinearSequenceMapOp linear(String name, SOp a, SOp b, long ca, long cb) {
        RaspFunction fn = args -> Py.add(Py.mul(IntValue.of(ca), args.get(0)), Py.mul(IntValue.of(cb), args.get(1)));
        return add(new LinearSequenceMapOp(nextId++, name, Encoding.NUMERICAL, SourceRange.NONE, a, b,
                IntValue.of(ca), IntValue.of(cb), fn));
    }

    Select select(String name, SOp keys, SOp queries, Predicate p) {
        return add(new Select(nextId++, name, SourceRange.NONE, keys, queries, p));
    }

    AggregateOp aggregate(String name, Selector s, SOp sop) {
        Value dflt = sop.isNumerical() ? IntValue.of(0) : NoneValue.NONE;
        return add(new AggregateOp(nextId++, name, sop.encoding(), SourceRange.NONE, s, sop, dflt));
    }

    SelectorWidthOp selectorWidth(String name, Selector s) {
        return add(new SelectorWidthOp(nextId++, name, Encoding.CATEGORICAL, SourceRange.NONE, s));
    }

    SelectorWidthOp length() {
        Select all = select("all_true_selector", tokens, tokens, org.raspworkbench.core.rasp.Comparison.TRUE);
        return selectorWidth("length", all);
    }

    RaspProgram program(List<Value> vocab, int maxSeqLen, SOp output) {
        CompileSettings s = new CompileSettings(vocab, maxSeqLen, Optional.empty(), false, "BOS", "PAD", 100);
        return new RaspProgram(s, output, nodes, List.of());
    }
}
