package org.raspworkbench.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.data.BlockDigest;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.ModelSize;
import org.raspworkbench.ui.views.data.SopValues;
import org.raspworkbench.ui.views.data.SubLayer;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * A hand-built program, model and trace for view tests: {@code length = selector_width(select(
 * tokens, tokens, TRUE))}, {@code half = numerical map(x / 2, indices)} and {@code first =
 * aggregate(select(indices, indices, ==) , tokens)}, vocab {1, 2}, on the input [1, 2]. Layer 0:
 * attention computes length (helper direction) and first, its MLP finishes length and computes
 * half. The residual of the last snapshot is what a faithful model holds, except where a test
 * plants an error. As in Tracr's golden traces, BOS carries only {@code one} and
 * {@code tokens:BOS}, and the first token has index 0.
 */
public final class LengthFixture {
    public static final SourceRange R = SourceRange.NONE;
    public final TokensOp tokens = new TokensOp(0, "tokens", Encoding.CATEGORICAL, R);
    public final IndicesOp indices = new IndicesOp(1, "indices", Encoding.CATEGORICAL, R);
    public final Select selectAll = new Select(2, "select_all", R, tokens, tokens, Comparison.TRUE);
    public final SelectorWidthOp length = new SelectorWidthOp(3, "length", Encoding.CATEGORICAL, R, selectAll);
    public final MapOp half = new MapOp(4, "half", Encoding.NUMERICAL, R, indices,
            args -> FloatValue.of(((IntValue) args.get(0)).value() / 2.0));
    public final Select same = new Select(5, "same_index", R, indices, indices, Comparison.EQ);
    public final AggregateOp first = new AggregateOp(6, "first", Encoding.CATEGORICAL, R, same, tokens,
            NoneValue.NONE);
    public final List<RaspExpr> nodes = List.of(tokens, indices, selectAll, length, half, same, first);

    public final List<BasisDirection> residual = List.of(
            dir("first", 1), dir("first", 2), BasisDirection.of("half"),
            dir("indices", 0), dir("indices", 1), dir("indices", 2),
            dir("length", 0), dir("length", 1), dir("length", 2), dir("length", 3),
            BasisDirection.of("length_selector_width_attn_output"), BasisDirection.of("one"),
            dir("tokens", 1), dir("tokens", 2), new BasisDirection("tokens", new StrValue("BOS")));

    public RaspProgram program() {
        CompileSettings settings = new CompileSettings(List.of(IntValue.of(1), IntValue.of(2)), 3,
                Optional.of(List.of(IntValue.of(1), IntValue.of(2))), false, "BOS", "PAD", 100);
        return new RaspProgram(settings, length, nodes, List.of());
    }

    /** A program whose output is {@code first}: tokens and indices both feed it. */
    public RaspProgram firstProgram() {
        return new RaspProgram(program().settings(), first, nodes, List.of());
    }

    public ModelDigest model() {
        List<BlockDigest> blocks = List.of(
                new BlockDigest(new SubLayer(0, BlockKind.ATTENTION), 2, List.of(length, first)),
                new BlockDigest(new SubLayer(0, BlockKind.MLP), 6, List.of(length, half)),
                new BlockDigest(new SubLayer(1, BlockKind.ATTENTION), 0, List.of()),
                new BlockDigest(new SubLayer(1, BlockKind.MLP), 0, List.of()));
        List<SopValues> valueSets = List.of(
                new SopValues(tokens, ints(1, 2)), new SopValues(indices, ints(0, 1, 2)),
                new SopValues(length, ints(0, 1, 2, 3)),
                new SopValues(half, List.of(FloatValue.of(0), FloatValue.of(0.5), FloatValue.of(1))),
                new SopValues(first, ints(1, 2)));
        return ModelDigest.of(new ModelSize(residual.size(), 2, 2, 3, 6, 1234), residual, blocks, valueSets, nodes, length);
    }

    /** The forward pass on [1, 2]: positions BOS, 1, 2. */
    public TraceDigest trace() {
        int positions = 3;
        double[][][] snaps = new double[5][positions][residual.size()];
        for (int p = 0; p < positions; p++) {
            double[] v = snaps[0][p];
            set(v, "one", null, 1);
            if (p > 0) set(v, "indices", IntValue.of(p - 1), 1);
            set(v, "tokens", p == 0 ? new StrValue("BOS") : IntValue.of(p), 1);
        }
        copy(snaps, 0, 1);
        for (int p = 0; p < positions; p++) {
            set(snaps[1][p], "length_selector_width_attn_output", null, 1.0 / 3);
            if (p > 0) set(snaps[1][p], "first", IntValue.of(p), 1);
        }
        copy(snaps, 1, 2);
        for (int p = 0; p < positions; p++) {
            if (p == 0) continue;
            set(snaps[2][p], "length", IntValue.of(2), 1);
            set(snaps[2][p], "half", null, (p - 1) / 2.0);
        }
        copy(snaps, 2, 3);
        copy(snaps, 3, 4);
        double[][][][] attention = new double[2][2][positions][positions];
        for (int q = 0; q < positions; q++) {
            for (int k = 0; k < positions; k++) {
                attention[0][0][q][k] = 1.0 / positions;
                attention[0][1][q][k] = q == k ? 1 : 0;
            }
        }
        List<Value> tokensIn = List.of(new StrValue("BOS"), IntValue.of(1), IntValue.of(2));
        List<SopValues> expected = List.of(
                new SopValues(tokens, ints(1, 2)), new SopValues(indices, ints(0, 1)),
                new SopValues(length, ints(2, 2)),
                new SopValues(half, List.of(FloatValue.of(0), FloatValue.of(0.5))),
                new SopValues(first, ints(1, 2)));
        return new TraceDigest(tokensIn, snaps, attention, expected);
    }

    public int column(String name, Value value) {
        return residual.indexOf(new BasisDirection(name, value));
    }

    private void set(double[] v, String name, Value value, double x) {
        v[column(name, value)] = x;
    }

    private static void copy(double[][][] snaps, int from, int to) {
        for (int p = 0; p < snaps[from].length; p++) snaps[to][p] = snaps[from][p].clone();
    }

    private static BasisDirection dir(String name, long value) {
        return new BasisDirection(name, IntValue.of(value));
    }

    private static List<Value> ints(long... xs) {
        List<Value> out = new ArrayList<>();
        for (long x : xs) out.add(IntValue.of(x));
        return out;
    }
}
