package org.raspworkbench.core.craft;

import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Turns one S-op into the craft block that computes it, choosing the chamber function and its
 * arguments as Tracr's {@code compiler/expr_to_craft_graph.py} does.
 */
public final class ExprToCraft {
    private ExprToCraft() {
    }

    /**
     * The block computing {@code op} from its inputs' residual directions; empty for tokens and
     * indices, which the embedding provides.
     *
     * @throws RaspException of kind {@code UNSUPPORTED} for what Tracr cannot compile; of kind
     *                       {@code TYPE} or {@code VALUE} when the program's functions give values a
     *                       block cannot hold; any error of the program's own functions
     */
    public static Optional<CraftBlock> build(SOp op, BlockContext ctx) {
        if (op instanceof TokensOp || op instanceof IndicesOp) return Optional.empty();
        ctx.budget().workingOn(op);
        try {
            return Optional.of(buildBlock(op, ctx));
        } catch (IllegalArgumentException e) {
            throw new RaspException(ErrorKind.VALUE, "cannot compile '" + op.name() + "': " + e.getMessage(),
                    op.range());
        }
    }

    private static CraftBlock buildBlock(SOp op, BlockContext ctx) {
        if (op instanceof MapOp m) return map(m, ctx);
        if (op instanceof LinearSequenceMapOp l) return linearSequenceMap(l, ctx);
        if (op instanceof SequenceMapOp s) return sequenceMap(s, ctx);
        if (op instanceof AggregateOp a) return aggregate(a, ctx);
        if (op instanceof SelectorWidthOp w) return selectorWidth(w, ctx);
        throw new RaspException(ErrorKind.UNSUPPORTED, "'" + op.name() + "' cannot be compiled to a model block",
                op.range());
    }

    private static String hiddenName(SOp op) {
        return "_hidden_" + op.name() + "_";
    }

    private static CraftBlock map(MapOp op, BlockContext ctx) {
        SOp inner = op.inner();
        VectorSpace in = ctx.spaceOf().apply(inner);
        VectorSpace out = ctx.spaceOf().apply(op);
        if (inner.isCategorical() && op.isCategorical()) {
            return CategoricalMlp.map(in, out, UserFunctions.categorical(ctx.metered(op.fn()), op.name()));
        }
        if (inner.isCategorical()) {
            return CategoricalMlp.mapToNumerical(in, out, UserFunctions.toNumber(ctx.metered(op.fn()), op));
        }
        if (op.isCategorical()) {
            return NumericalMlp.mapToCategorical(in, out, ctx.valueSetOf().apply(inner),
                    UserFunctions.dropping(ctx.metered(op.fn())), ctx.one(), hiddenName(op), ctx.mlpExactness());
        }
        return NumericalMlp.map(in, out, ctx.valueSetOf().apply(inner), UserFunctions.numbers(ctx.metered(op.fn()), op),
                ctx.one(), hiddenName(op), ctx.mlpExactness());
    }

    private static CraftBlock linearSequenceMap(LinearSequenceMapOp op, BlockContext ctx) {
        if (!op.first().isNumerical() || !op.second().isNumerical() || !op.isNumerical()) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "a linear sequence map ('" + op.name()
                    + "') needs numerical inputs and a numerical output", op.range());
        }
        return NumericalMlp.linearSequenceMap(single(ctx.spaceOf().apply(op.first())),
                single(ctx.spaceOf().apply(op.second())), single(ctx.spaceOf().apply(op)),
                op.firstCoeff().asDouble(), op.secondCoeff().asDouble(), hiddenName(op));
    }

    private static BasisDirection single(VectorSpace space) {
        if (space.dim() != 1) throw new IllegalArgumentException("a numerical S-op needs one direction: " + space);
        return space.basis().get(0);
    }

    private static CraftBlock sequenceMap(SequenceMapOp op, BlockContext ctx) {
        if (!op.first().isCategorical() || !op.second().isCategorical() || !op.isCategorical()) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "sequence_map '" + op.name() + "' is not linear, so "
                    + "its inputs and output must be categorical (only x + y and x - y work on numerical S-ops)",
                    op.range());
        }
        VectorSpace first = Spaces.sorted(ctx.spaceOf().apply(op.first()));
        VectorSpace second = Spaces.sorted(ctx.spaceOf().apply(op.second()));
        VectorSpace out = ctx.spaceOf().apply(op);
        if (first.equals(second)) {
            return CategoricalMlp.map(first, out, UserFunctions.diagonal(ctx.metered(op.fn()), op.name()));
        }
        return CategoricalMlp.sequenceMap(first, second, out, (x, y) ->
                UserFunctions.tryApply(ctx.metered(op.fn()), x.value(), y.value())
                        .map(v -> new BasisDirection(op.name(), v)),
                ctx.one(), hiddenName(op));
    }

    private static CraftBlock aggregate(AggregateOp op, BlockContext ctx) {
        Select select = categoricalSelect(op.selector(), op);
        SOp sop = op.sop();
        if (sop.encoding() != op.encoding()) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "aggregate '" + op.name() + "' is "
                    + op.encoding().label() + " but averages the " + sop.encoding().label() + " S-op '"
                    + sop.name() + "'; the encodings must match", op.range());
        }
        Value dflt = op.defaultValue() == null ? NoneValue.NONE : op.defaultValue();
        if (op.isCategorical() && !(dflt instanceof NoneValue)) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "the default of categorical aggregate '" + op.name()
                    + "' must be None, not " + dflt.repr(), op.range());
        }
        if (op.isNumerical() && !(dflt instanceof NumericValue n && n.asDouble() == 0)) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "the default of numerical aggregate '" + op.name()
                    + "' must be 0, not " + dflt.repr(), op.range());
        }
        return CategoricalAttention.build(ctx.spaceOf().apply(select.queries()), ctx.spaceOf().apply(select.keys()),
                ctx.spaceOf().apply(sop), ctx.spaceOf().apply(op), ctx.bos(), ctx.one(),
                UserFunctions.score(select, op, ctx), ctx.causal(), false, true, CategoricalAttention.SOFTMAX_COLDNESS);
    }

    private static CraftBlock selectorWidth(SelectorWidthOp op, BlockContext ctx) {
        Select select = categoricalSelect(op.selector(), op);
        // Tracr builds the selector-width head non-causal whatever the program's setting.
        return SelectorWidthBlock.build(ctx.spaceOf().apply(select.queries()), ctx.spaceOf().apply(select.keys()),
                ctx.spaceOf().apply(op), ctx.bos(), ctx.one(), UserFunctions.score(select, op, ctx),
                ctx.valueSetOf().apply(op), op.isCategorical(), false, CategoricalAttention.SOFTMAX_COLDNESS,
                ctx.mlpExactness(), op.name());
    }

    /** The selector as a plain select of categorical keys and queries, or an unsupported error. */
    private static Select categoricalSelect(Selector selector, SOp op) {
        if (!(selector instanceof Select select)) {
            throw new RaspException(ErrorKind.UNSUPPORTED, "'" + op.name() + "' uses the composite selector '"
                    + selector.name() + "' (and/or/not of selects), which cannot be compiled", selector.range());
        }
        if (!select.keys().isCategorical() || !select.queries().isCategorical()) {
            String which = !select.keys().isCategorical() ? "keys '" + select.keys().name() + "'"
                    : "queries '" + select.queries().name() + "'";
            throw new RaspException(ErrorKind.UNSUPPORTED, "select '" + select.name() + "' has numerical " + which
                    + "; selector keys and queries must be categorical", select.range());
        }
        return select;
    }
}
