package org.raspworkbench.core.program;

import org.raspworkbench.core.syntax.Expr.BinaryOp;
import org.raspworkbench.core.syntax.Expr.CompareOp;
import org.raspworkbench.core.syntax.Expr.UnaryOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.PythonOps;
import org.raspworkbench.core.value.Value;

/** The language's operators on plain values, with Python's meaning. Errors are {@link PythonError}s. */
final class PlainOps {
    private PlainOps() {
    }

    static Value binary(BinaryOp op, Value a, Value b) {
        switch (op) {
            case ADD: return PythonOps.add(a, b);
            case SUB: return PythonOps.sub(a, b);
            case MUL: return PythonOps.mul(a, b);
            case DIV: return PythonOps.truediv(a, b);
            case FLOORDIV: return PythonOps.floordiv(a, b);
            case MOD: return PythonOps.mod(a, b);
            default: return PythonOps.pow(a, b);
        }
    }

    static Value unary(UnaryOp op, Value a) {
        switch (op) {
            case NEG: return PythonOps.neg(a);
            case POS: return PythonOps.pos(a);
            default: return BoolValue.of(!a.truthy());
        }
    }

    static boolean compare(CompareOp op, Value a, Value b) {
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
    static Value logical(boolean and, Value a, Value b) {
        if (and) return a.truthy() ? b : a;
        return a.truthy() ? a : b;
    }
}
