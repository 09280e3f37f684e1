package org.raspworkbench.core.interpreter;

import java.util.LinkedHashSet;
import java.util.Set;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.dag.SelectorValue;
import org.raspworkbench.core.syntax.Expr.BinaryOp;
import org.raspworkbench.core.syntax.Expr.CompareOp;
import org.raspworkbench.core.syntax.Expr.UnaryOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.Value;

/** The language's operators on plain values, with Python's meaning. Errors are {@link PythonError}s. */
public final class PlainOps {
    private PlainOps() {
    }

    public static Value binary(BinaryOp op, Value a, Value b) {
        switch (op) {
            case ADD: return PythonOps.add(a, b);
            case SUB: return PythonOps.sub(a, b);
            case MUL: return PythonOps.mul(a, b);
            case DIV: return PythonOps.truediv(a, b);
            case FLOORDIV: return PythonOps.floordiv(a, b);
            case MOD: return a instanceof org.raspworkbench.core.value.StrValue s ? StringFormatting.percent(s.value(), b)
                    : PythonOps.mod(a, b);
            case BITAND: return bitwise(BinaryOp.BITAND, a, b);
            case BITOR: return bitwise(BinaryOp.BITOR, a, b);
            default: return PythonOps.pow(a, b);
        }
    }

    /** Python's {@code &} and {@code |}: bool with bool gives a bool, ints bitwise, sets intersect / join. */
    private static Value bitwise(BinaryOp op, Value a, Value b) {
        boolean and = op == BinaryOp.BITAND;
        if (a instanceof BoolValue x && b instanceof BoolValue y) {
            return BoolValue.of(and ? x.value() && y.value() : x.value() || y.value());
        }
        if (isInt(a) && isInt(b)) {
            long x = ((NumericValue) a).asLong();
            long y = ((NumericValue) b).asLong();
            return IntValue.of(and ? x & y : x | y);
        }
        if (a instanceof SetValue x && b instanceof SetValue y) {
            Set<Value> out = new LinkedHashSet<>(x.items());
            if (and) out.retainAll(y.items());
            else out.addAll(y.items());
            return new SetValue(out);
        }
        throw PythonError.type("unsupported operand type(s) for " + op.text() + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }

    private static boolean isInt(Value v) {
        return v instanceof IntValue || v instanceof BoolValue;
    }

    public static Value unary(UnaryOp op, Value a) {
        switch (op) {
            case NEG: return PythonOps.neg(a);
            case POS: return PythonOps.pos(a);
            case INVERT:
                if (isInt(a)) return IntValue.of(~((NumericValue) a).asLong());
                throw PythonError.type("bad operand type for unary ~: '" + a.typeName() + "'");
            default: return BoolValue.of(!a.truthy());
        }
    }

    public static boolean compare(CompareOp op, Value a, Value b) {
        switch (op) {
            case IN: return contains(b, a);
            case NOT_IN: return !contains(b, a);
            default: return PythonOps.compare(op.text(), a, b);
        }
    }

    static boolean contains(Value container, Value item) {
        if (container instanceof RangeValue r) return r.contains(item);
        if (container instanceof SOpValue || container instanceof SelectorValue) {
            throw PythonError.type("'in' cannot look inside a " + container.typeName());
        }
        return PythonOps.contains(container, item);
    }

    /** Python's {@code x and y} / {@code x or y}: one of the operands, chosen by truthiness. */
    public static Value logical(boolean and, Value a, Value b) {
        if (and) return a.truthy() ? b : a;
        return a.truthy() ? a : b;
    }
}
