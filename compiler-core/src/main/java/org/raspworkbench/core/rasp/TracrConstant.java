package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * The function of Tracr's constant S-ops, which its evaluator runs and its compiler cannot build
 * ({@code Expression ... cannot be translated to a model component}): {@code rasp.Full(fill)} is a
 * map of the tokens to {@code fill}, {@code rasp.ConstantSOp(values)} a map of the indices to
 * {@code values[i]}. The compiler refuses any map with this function, at the constant's text.
 *
 * @param tracrClass  {@code Full} or {@code ConstantSOp}
 * @param value       the fill, or the sequence of values
 * @param perPosition whether {@code value} is a sequence indexed by position (ConstantSOp)
 * @param range       the constant's text, for a sequence too short for the input
 */
public record TracrConstant(String tracrClass, Value value, boolean perPosition, SourceRange range)
        implements RaspFunction {
    @Override
    public Value apply(List<Value> args) {
        if (!perPosition) return value;
        List<Value> items = value instanceof ListValue l ? l.items() : ((TupleValue) value).items();
        long i = ((IntValue) args.get(0)).value();
        if (i >= items.size()) {
            throw new RaspException(ErrorKind.VALUE, "rasp." + tracrClass + " has " + items.size()
                    + " values, fewer than the input's positions: its length must match the input's", range);
        }
        return items.get((int) i);
    }

    /**
     * What Tracr's compiler says of it, and what compiles instead. Basis inference gives Full the
     * value set {fill} and its craft step then has no block for it; any other ConstantSOp already
     * stops basis inference.
     */
    public String compileError() {
        String tracrSays = perPosition
                ? "its basis inference raises 'ValueError: Unsupported S-Op'"
                : "its compiler stops with 'NotImplementedError: Expression Full(...) cannot be translated to a "
                        + "model component'";
        String instead = perPosition
                ? "a rasp.Map of rasp.indices to the values"
                : "rasp.Map(lambda x: " + value.repr() + ", rasp.tokens)";
        return "rasp." + tracrClass + " cannot be compiled: Tracr evaluates it, but " + tracrSays
                + "; for a constant S-op that compiles, write " + instead;
    }
}
