package org.raspworkbench.core.interpreter;


import java.util.List;
import java.util.Locale;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.PythonError;
import org.raspworkbench.core.value.Value;

/**
 * Python's {@code math} module, the part programs use: {@code math.log(x[, base])}, {@code exp},
 * {@code sqrt}, {@code floor}, ... with Python's results and errors ({@code ValueError: math domain
 * error} outside the domain, {@code OverflowError: math range error} past the float range; the
 * latter is an arithmetic error, which value-set inference drops as Tracr does).
 */
public final class MathModule implements HostObject {
    static final MathModule VALUE = new MathModule();

    /** The module's functions. */
    enum Fn {
        LOG, LOG2, LOG10, LOG1P, EXP, EXPM1, SQRT, POW, FLOOR, CEIL, TRUNC, FABS, SIN, COS, TAN, ASIN, ACOS, ATAN,
        ATAN2, SINH, COSH, TANH, HYPOT, DEGREES, RADIANS, ISNAN, ISINF, ISFINITE, GCD, FACTORIAL, COPYSIGN;

        final String pyName = name().toLowerCase(Locale.ROOT);
    }

    /** {@code math.f} as a callable value. */
    public record Function(Fn fn) implements HostObject {
        @Override public String typeName() { return "builtin_function_or_method"; }
        @Override public String repr() { return "<built-in function " + fn.pyName + ">"; }
        @Override public String toString() { return repr(); }
    }

    private MathModule() {
    }

    @Override public String typeName() { return "module"; }
    @Override public String repr() { return "<module 'math' (built-in)>"; }
    @Override public String toString() { return repr(); }

    static Value attribute(String name) {
        switch (name) {
            case "pi": return FloatValue.of(Math.PI);
            case "e": return FloatValue.of(Math.E);
            case "tau": return FloatValue.of(2 * Math.PI);
            case "inf": return FloatValue.of(Double.POSITIVE_INFINITY);
            case "nan": return FloatValue.of(Double.NaN);
            default:
                for (Fn f : Fn.values()) if (f.pyName.equals(name)) return new Function(f);
                throw PythonError.type("module 'math' has no attribute '" + name + "'");
        }
    }

    static Value call(Fn f, List<Value> a) {
        switch (f) {
            case LOG: {
                arity(f, a, 1, 2);
                double x = log(real(f, a.get(0)));
                return FloatValue.of(a.size() == 1 ? x : x / log(real(f, a.get(1))));
            }
            case LOG2: arity(f, a, 1, 1); return FloatValue.of(log(real(f, a.get(0))) / Math.log(2));
            case LOG10: arity(f, a, 1, 1); return FloatValue.of(domain(real(f, a.get(0)) > 0, Math.log10(real(f, a.get(0)))));
            case LOG1P: arity(f, a, 1, 1); return FloatValue.of(domain(real(f, a.get(0)) > -1, Math.log1p(real(f, a.get(0)))));
            case EXP: return range(f, a, Math.exp(unary(f, a)));
            case EXPM1: return range(f, a, Math.expm1(unary(f, a)));
            case SQRT: {
                double x = unary(f, a);
                return FloatValue.of(domain(x >= 0 || Double.isNaN(x), Math.sqrt(x)));
            }
            case POW: {
                arity(f, a, 2, 2);
                double x = real(f, a.get(0));
                double y = real(f, a.get(1));
                if (x == 0 && y < 0) throw PythonError.value("math domain error");
                if (x < 0 && y != Math.rint(y) && Double.isFinite(y)) throw PythonError.value("math domain error");
                double r = Math.pow(x, y);
                if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
                    throw PythonError.arithmetic("math range error");
                }
                return FloatValue.of(r);
            }
            case FLOOR: case CEIL: case TRUNC: {
                arity(f, a, 1, 1);
                if (a.get(0) instanceof IntValue || a.get(0) instanceof BoolValue) {
                    return IntValue.of(((NumericValue) a.get(0)).asLong());
                }
                double x = real(f, a.get(0));
                if (Double.isNaN(x)) throw PythonError.value("cannot convert float NaN to integer");
                if (Double.isInfinite(x)) throw PythonError.arithmetic("cannot convert float infinity to integer");
                double r = f == Fn.FLOOR ? Math.floor(x) : f == Fn.CEIL ? Math.ceil(x) : (x < 0 ? Math.ceil(x) : Math.floor(x));
                if (Math.abs(r) >= 9.2e18) throw PythonError.limit("the integer " + r + " does not fit in 64 bits");
                return IntValue.of((long) r);
            }
            case FABS: return FloatValue.of(Math.abs(unary(f, a)));
            case SIN: return FloatValue.of(finiteArg(f, a, Math::sin));
            case COS: return FloatValue.of(finiteArg(f, a, Math::cos));
            case TAN: return FloatValue.of(finiteArg(f, a, Math::tan));
            case ASIN: { double x = unary(f, a); return FloatValue.of(domain(Math.abs(x) <= 1 || Double.isNaN(x), Math.asin(x))); }
            case ACOS: { double x = unary(f, a); return FloatValue.of(domain(Math.abs(x) <= 1 || Double.isNaN(x), Math.acos(x))); }
            case ATAN: return FloatValue.of(Math.atan(unary(f, a)));
            case ATAN2: arity(f, a, 2, 2); return FloatValue.of(Math.atan2(real(f, a.get(0)), real(f, a.get(1))));
            case SINH: return range(f, a, Math.sinh(unary(f, a)));
            case COSH: return range(f, a, Math.cosh(unary(f, a)));
            case TANH: return FloatValue.of(Math.tanh(unary(f, a)));
            case HYPOT: {
                double sum = 0;
                for (Value v : a) sum = Math.hypot(sum, real(f, v));
                return FloatValue.of(sum);
            }
            case DEGREES: return FloatValue.of(Math.toDegrees(unary(f, a)));
            case RADIANS: return FloatValue.of(Math.toRadians(unary(f, a)));
            case ISNAN: return BoolValue.of(Double.isNaN(unary(f, a)));
            case ISINF: return BoolValue.of(Double.isInfinite(unary(f, a)));
            case ISFINITE: return BoolValue.of(Double.isFinite(unary(f, a)));
            case COPYSIGN: arity(f, a, 2, 2); return FloatValue.of(Math.copySign(real(f, a.get(0)), real(f, a.get(1))));
            case GCD: {
                long g = 0;
                for (Value v : a) g = gcd(g, Math.abs(integer(f, v)));
                return IntValue.of(g);
            }
            default: {
                arity(f, a, 1, 1);
                long n = integer(f, a.get(0));
                if (n < 0) throw PythonError.value("factorial() not defined for negative values");
                if (n > 20) throw PythonError.limit("factorial(" + n + ") does not fit in 64 bits");
                long r = 1;
                for (long i = 2; i <= n; i++) r *= i;
                return IntValue.of(r);
            }
        }
    }

    private static double log(double x) {
        return domain(x > 0 || Double.isNaN(x), Math.log(x));
    }

    private static double domain(boolean ok, double r) {
        if (!ok) throw PythonError.value("math domain error");
        return r;
    }

    private static Value range(Fn f, List<Value> a, double r) {
        if (Double.isInfinite(r) && Double.isFinite(real(f, a.get(0)))) throw PythonError.arithmetic("math range error");
        return FloatValue.of(r);
    }

    private static double finiteArg(Fn f, List<Value> a, java.util.function.DoubleUnaryOperator op) {
        double x = unary(f, a);
        if (Double.isInfinite(x)) throw PythonError.value("math domain error");
        return op.applyAsDouble(x);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static double unary(Fn f, List<Value> a) {
        arity(f, a, 1, 1);
        return real(f, a.get(0));
    }

    private static double real(Fn f, Value v) {
        if (v instanceof NumericValue n) return n.asDouble();
        throw PythonError.type("must be real number, not " + v.typeName());
    }

    private static long integer(Fn f, Value v) {
        if (v instanceof IntValue || v instanceof BoolValue) return ((NumericValue) v).asLong();
        throw PythonError.type("'" + v.typeName() + "' object cannot be interpreted as an integer");
    }

    private static void arity(Fn f, List<Value> a, int min, int max) {
        if (a.size() < min || a.size() > max) {
            throw PythonError.type(f.pyName + "() takes " + (min == max ? "exactly " + min + " argument"
                    + (min == 1 ? "" : "s") : "from " + min + " to " + max + " arguments") + " (" + a.size()
                    + " given)");
        }
    }
}
