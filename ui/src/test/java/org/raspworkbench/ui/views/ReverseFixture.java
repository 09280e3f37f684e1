package org.raspworkbench.ui.views;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/** Tracr's {@code make_reverse} built by hand (the language front end is another helper's). */
public final class ReverseFixture {
    private static final SourceRange R = SourceRange.NONE;
    public final TokensOp tokens = new TokensOp(0, "tokens", Encoding.CATEGORICAL, R);
    public final IndicesOp indices = new IndicesOp(1, "indices", Encoding.CATEGORICAL, R);
    public final Select all = new Select(2, "all_true", R, tokens, tokens, Comparison.TRUE);
    public final SelectorWidthOp length = new SelectorWidthOp(3, "length", Encoding.CATEGORICAL, R, all);
    public final SequenceMapOp oppIdx = new SequenceMapOp(4, "opp_idx", Encoding.CATEGORICAL, R, length, indices,
            a -> IntValue.of(((IntValue) a.get(0)).value() - ((IntValue) a.get(1)).value()));
    public final MapOp oppIdx1 = new MapOp(5, "opp_idx_1", Encoding.CATEGORICAL, R, oppIdx,
            a -> IntValue.of(((IntValue) a.get(0)).value() - 1));
    public final Select flip = new Select(6, "flip", R, indices, oppIdx1, Comparison.EQ);
    public final AggregateOp reverse = new AggregateOp(7, "reverse", Encoding.CATEGORICAL, R, flip, tokens,
            NoneValue.NONE);

    public RaspProgram program() {
        List<Value> vocab = List.of(IntValue.of(1), IntValue.of(2), IntValue.of(3));
        CompileSettings settings = new CompileSettings(vocab, 5, Optional.of(List.of(IntValue.of(1), IntValue.of(2),
                IntValue.of(3))), false, "BOS", "PAD", 100);
        return new RaspProgram(settings, reverse, List.of(tokens, indices, all, length, oppIdx, oppIdx1, flip, reverse),
                List.of());
    }

    /** What the program gives on [1, 2, 3], per S-op. */
    public Optional<List<Value>> expected(org.raspworkbench.core.rasp.SOp sop) {
        if (sop == length) return Optional.of(ints(3, 3, 3));
        if (sop == oppIdx) return Optional.of(ints(3, 2, 1));
        if (sop == oppIdx1) return Optional.of(ints(2, 1, 0));
        if (sop == reverse) return Optional.of(ints(3, 2, 1));
        return Optional.empty();
    }

    private static List<Value> ints(long... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> (Value) IntValue.of(x)).toList();
    }
}
