package org.raspworkbench.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's arithmetic on values: bool counts as int, int arithmetic is exact (a result beyond 64 bits
 * is a {@link PythonError.Kind#LIMIT} error), {@code /} is true division, {@code //} and {@code %}
 * floor, {@code **} gives a float for a negative exponent. Errors are {@link PythonError}s.
 */
public final class PythonOps {
    /** The longest list, tuple or string an operation may build. */
    public static final int MAX_SEQUENCE = 1_000_000;

    private PythonOps() {
    }

    public static Value add(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (isInt(x) && isInt(y)) return exact(() -> Math.addExact(x.asLong(), y.asLong()));
            return FloatValue.of(x.asDouble() + y.asDouble());
        }
        if (a instanceof StrValue x && b instanceof StrValue y) {
            checkSize((long) x.value().length() + y.value().length());
            return StrValue.of(x.value() + y.value());
        }
        if (a instanceof ListValue x && b instanceof ListValue y) return new ListValue(concat(x.items(), y.items()));
        if (a instanceof TupleValue x && b instanceof TupleValue y) return new TupleValue(concat(x.items(), y.items()));
        throw unsupported("+", a, b);
    }

    public static Value sub(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (isInt(x) && isInt(y)) return exact(() -> Math.subtractExact(x.asLong(), y.asLong()));
            return FloatValue.of(x.asDouble() - y.asDouble());
        }
        throw unsupported("-", a, b);
    }

    public static Value mul(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (isInt(x) && isInt(y)) return exact(() -> Math.multiplyExact(x.asLong(), y.asLong()));
            return FloatValue.of(x.asDouble() * y.asDouble());
        }
        if (b instanceof NumericValue n && isInt(n)) return repeat(a, n.asLong(), b);
        if (a instanceof NumericValue n && isInt(n)) return repeat(b, n.asLong(), a);
        throw unsupported("*", a, b);
    }

    private static Value repeat(Value seq, long times, Value other) {
        long n = Math.max(0, times);
        if (seq instanceof StrValue s) {
            checkSize(s.value().length() * n);
            return StrValue.of(s.value().repeat((int) n));
        }
        if (seq instanceof ListValue l) return new ListValue(repeatItems(l.items(), n));
        if (seq instanceof TupleValue t) return new TupleValue(repeatItems(t.items(), n));
        throw unsupported("*", seq, other);
    }

    private static List<Value> repeatItems(List<Value> items, long n) {
        checkSize(items.size() * n);
        List<Value> out = new ArrayList<>((int) (items.size() * n));
        for (long i = 0; i < n; i++) out.addAll(items);
        return out;
    }

    private static List<Value> concat(List<Value> a, List<Value> b) {
        checkSize((long) a.size() + b.size());
        List<Value> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    public static void checkSize(long n) {
        if (n > MAX_SEQUENCE) {
            throw PythonError.limit("a list or string of " + n + " items is larger than the limit of " + MAX_SEQUENCE);
        }
    }

    public static Value truediv(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (y.asDouble() == 0) {
                throw PythonError.arithmetic(isInt(x) && isInt(y) ? "division by zero" : "float division by zero");
            }
            if (isInt(x) && isInt(y) && (Math.abs(x.asLong()) > (1L << 53) || Math.abs(y.asLong()) > (1L << 53))) {
                // Python divides big ints exactly and rounds once.
                return FloatValue.of(new BigDecimal(x.asLong()).divide(new BigDecimal(y.asLong()),
                        MathContext.DECIMAL128).doubleValue());
            }
            return FloatValue.of(x.asDouble() / y.asDouble());
        }
        throw unsupported("/", a, b);
    }

    public static Value floordiv(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (isInt(x) && isInt(y)) {
                if (y.asLong() == 0) throw PythonError.arithmetic("integer division or modulo by zero");
                if (x.asLong() == Long.MIN_VALUE && y.asLong() == -1) throw overflow();
                return IntValue.of(Math.floorDiv(x.asLong(), y.asLong()));
            }
            if (y.asDouble() == 0) throw PythonError.arithmetic("float floor division by zero");
            return FloatValue.of(floatDivmod(x.asDouble(), y.asDouble())[0]);
        }
        throw unsupported("//", a, b);
    }

    public static Value mod(Value a, Value b) {
        if (a instanceof NumericValue x && b instanceof NumericValue y) {
            if (isInt(x) && isInt(y)) {
                if (y.asLong() == 0) throw PythonError.arithmetic("integer division or modulo by zero");
                return IntValue.of(Math.floorMod(x.asLong(), y.asLong()));
            }
            if (y.asDouble() == 0) throw PythonError.arithmetic("float modulo");
            return FloatValue.of(floatDivmod(x.asDouble(), y.asDouble())[1]);
        }
        throw unsupported("%", a, b);
    }

    /** CPython's float divmod: floor quotient and a remainder with the sign of the divisor. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    public static Value pow(Value a, Value b) {
        if (!(a instanceof NumericValue x) || !(b instanceof NumericValue y)) throw unsupported("** or pow()", a, b);
        if (isInt(x) && isInt(y) && y.asLong() >= 0) return IntValue.of(intPow(x.asLong(), y.asLong()));
        double base = x.asDouble();
        double exp = y.asDouble();
        if (base == 0 && exp < 0) throw PythonError.arithmetic("0.0 cannot be raised to a negative power");
        if (base < 0 && exp != Math.rint(exp) && Double.isFinite(exp)) {
            throw PythonError.value("a negative number raised to a fractional power is a complex number, "
                    + "which this language does not have");
        }
        double r = Math.pow(base, exp);
        if (Double.isInfinite(r) && Double.isFinite(base) && Double.isFinite(exp)) {
            throw PythonError.arithmetic("numerical result out of range");
        }
        return FloatValue.of(r);
    }

    private static long intPow(long base, long exp) {
        long result = 1;
        long b = base;
        long e = exp;
        try {
            while (e > 0) {
                if ((e & 1) == 1) result = Math.multiplyExact(result, b);
                e >>= 1;
                if (e > 0) b = Math.multiplyExact(b, b);
            }
        } catch (ArithmeticException ex) {
            throw overflow();
        }
        return result;
    }

    public static Value neg(Value a) {
        if (a instanceof FloatValue f) return FloatValue.of(-f.value());
        if (a instanceof NumericValue n) return exact(() -> Math.negateExact(n.asLong()));
        throw PythonError.type("bad operand type for unary -: '" + a.typeName() + "'");
    }

    public static Value pos(Value a) {
        if (a instanceof FloatValue) return a;
        if (a instanceof NumericValue n) return IntValue.of(n.asLong());
        throw PythonError.type("bad operand type for unary +: '" + a.typeName() + "'");
    }

    public static Value abs(Value a) {
        if (a instanceof FloatValue f) return FloatValue.of(Math.abs(f.value()));
        if (a instanceof NumericValue n) return exact(() -> Math.absExact(n.asLong()));
        throw PythonError.type("bad operand type for abs(): '" + a.typeName() + "'");
    }

    /** Python's {@code a OP b} for the six comparisons. */
    public static boolean compare(String op, Value a, Value b) {
        switch (op) {
            case "==": return a.equals(b);
            case "!=": return !a.equals(b);
            default:
                int c = Values.compare(a, b).orElseThrow(() -> PythonError.type("'" + op
                        + "' not supported between instances of '" + a.typeName() + "' and '" + b.typeName() + "'"));
                switch (op) {
                    case "<": return c < 0;
                    case "<=": return c <= 0;
                    case ">": return c > 0;
                    default: return c >= 0;
                }
        }
    }

    /** Python's {@code item in container} for plain containers. */
    public static boolean contains(Value container, Value item) {
        if (container instanceof StrValue s) {
            if (!(item instanceof StrValue i)) {
                throw PythonError.type("'in <string>' requires a string as left operand, not " + item.typeName());
            }
            return s.value().contains(i.value());
        }
        if (container instanceof ListValue l) return l.items().contains(item);
        if (container instanceof TupleValue t) return t.items().contains(item);
        if (container instanceof SetValue s) return s.items().contains(item);
        if (container instanceof DictValue d) return d.entries().containsKey(item);
        throw PythonError.type("argument of type '" + container.typeName() + "' is not iterable");
    }

    public static boolean isInt(NumericValue v) {
        return !(v instanceof FloatValue);
    }

    private interface LongOp {
        long apply();
    }

    private static Value exact(LongOp op) {
        try {
            return IntValue.of(op.apply());
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private static PythonError overflow() {
        return PythonError.limit("integer result is too large: ints in this language fit in 64 bits");
    }

    private static PythonError unsupported(String op, Value a, Value b) {
        return PythonError.type("unsupported operand type(s) for " + op + ": '" + a.typeName() + "' and '"
                + b.typeName() + "'");
    }
}
