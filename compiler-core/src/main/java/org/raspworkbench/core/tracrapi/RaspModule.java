package org.raspworkbench.core.tracrapi;

import java.util.Locale;
import org.raspworkbench.core.dag.ComparisonValue;
import org.raspworkbench.core.dag.EncodingValue;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.dag.SelectorValue;
import org.raspworkbench.core.interpreter.Builtin;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.HasAttributes;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.NativeFunction;
import org.raspworkbench.core.interpreter.Suggestions;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.TracrConstant;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's {@code tracr.rasp.rasp} for one program run: {@code rasp.tokens} is the program's
 * tokens, and each class or function builds what the {@code .rasp} primitive of the same job
 * builds, with Tracr's parameters and defaults (see {@link TracrApi}).
 */
final class RaspModule implements HasAttributes {
    private final Interpreter interpreter;

    RaspModule(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** Tracr's type names, for annotations and aliases such as {@code List[rasp.SOp]}. */
    private static final java.util.Set<String> TYPES = java.util.Set.of("SOp", "Selector", "RASPExpr", "Value",
            "NumericValue", "SelectorValue", "Predicate", "Annotations");

    @Override
    public Value attribute(String name, SourceRange range) {
        if (TYPES.contains(name)) return new PythonModules.TypingName("rasp." + name);
        TracrApi api = TracrApi.named(name).orElseThrow(() -> new RaspException(ErrorKind.NAME,
                "module 'tracr.rasp.rasp' has no attribute '" + name + "'" + Suggestions.hint(name,
                        java.util.Arrays.stream(TracrApi.values()).map(a -> a.tracrName).toList()), range));
        return switch (api) {
            case TOKENS -> interpreter.nodes().tokens();
            case INDICES -> interpreter.nodes().indices();
            case LENGTH -> length(interpreter, "rasp.length", range);
            case COMPARISON -> ComparisonNames.VALUE;
            case ENCODING -> EncodingNames.VALUE;
            default -> new Function(api);
        };
    }

    /**
     * Tracr's length primitive: its evaluator runs it, but its compiler has no block for it (basis
     * inference raises {@code ValueError: Unsupported S-Op: length}). We compile make_length() in its
     * place, the program's one length, and say so.
     */
    static Value length(Interpreter interpreter, String written, SourceRange range) {
        // our lib.py (no text of its own) builds make_length() from rasp.length; Tracr's compiles
        if (!range.isNone()) interpreter.note(org.raspworkbench.core.source.Diagnostic.note(ErrorKind.UNSUPPORTED, "Tracr cannot compile "
                + written + ": it is not a primitive of Tracr's compiler, whose basis inference raises "
                + "'ValueError: Unsupported S-Op: length'. We compile make_length() in its place (a selector_width "
                + "of an all-true select, named length); write make_length() from tracr.compiler.lib for code "
                + "that Tracr compiles", range));
        return interpreter.nodes().length();
    }

    @Override
    public java.util.List<String> publicNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (TracrApi a : TracrApi.values()) out.add(a.tracrName);
        out.addAll(TYPES);
        return out;
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module 'tracr.rasp.rasp'>";
    }

    /** A class or function of the module. */
    record Function(TracrApi api) implements NativeFunction {
        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            if (ctx.plain) throw Errors.raspInPlainFunction("rasp." + api.tracrName + "() builds RASP", args.range());
            if (api == TracrApi.ANNOTATE) return annotate(interpreter, args, ctx);
            TracrArgs a = TracrArgs.bind(api.tracrName, api.params(), args);
            return switch (api) {
                case MAP -> builtin(interpreter, Builtin.MAP, a, 3, ctx);
                case SEQUENCE_MAP -> builtin(interpreter, Builtin.SEQUENCE_MAP, a, 3, ctx);
                case LINEAR_SEQUENCE_MAP -> builtin(interpreter, Builtin.LINEAR_SEQUENCE_MAP, a, 4, ctx);
                case SELECT -> builtin(interpreter, Builtin.SELECT, a, 3, ctx);
                case AGGREGATE -> builtin(interpreter, Builtin.AGGREGATE, a, 3, ctx);
                case SELECTOR_WIDTH -> builtin(interpreter, Builtin.SELECTOR_WIDTH, a, 1, ctx);
                case NUMERICAL -> builtin(interpreter, Builtin.NUMERICAL, a, 1, ctx);
                case CATEGORICAL -> builtin(interpreter, Builtin.CATEGORICAL, a, 1, ctx);
                case SELECTOR_AND_CLASS -> interpreter.nodes().and(selector(a, 0), selector(a, 1), false, a.range());
                case SELECTOR_OR_CLASS -> interpreter.nodes().or(selector(a, 0), selector(a, 1), false, a.range());
                case SELECTOR_NOT_CLASS -> interpreter.nodes().not(selector(a, 0), false, a.range());
                case SELECTOR_AND -> interpreter.nodes().and(selector(a, 0), selector(a, 1), a.get(2).truthy(), a.range());
                case SELECTOR_OR -> interpreter.nodes().or(selector(a, 0), selector(a, 1), a.get(2).truthy(), a.range());
                case SELECTOR_NOT -> interpreter.nodes().not(selector(a, 0), a.get(1).truthy(), a.range());
                case IS_NUMERICAL -> BoolValue.of(sop(a, 0).node.encoding == Encoding.NUMERICAL);
                case IS_CATEGORICAL -> BoolValue.of(sop(a, 0).node.encoding == Encoding.CATEGORICAL);
                case GET_ENCODING -> new EncodingValue(sop(a, 0).node.encoding);
                case EVALUATE -> {
                    if (!(a.get(0) instanceof org.raspworkbench.core.dag.NodeValue)) {
                        throw Errors.type("evaluate() takes an S-op or a selector, not " + Lifting.article(a.get(0)),
                                a.rangeOf(0));
                    }
                    yield new org.raspworkbench.core.interpreter.Unevaluated(args.range(),
                            interpreter.text().slice(args.range()));
                }
                case LENGTH_TYPE -> length(interpreter, "rasp.LengthType()", a.range());
                case FULL -> interpreter.nodes().constant(
                        new TracrConstant(api.tracrName, a.get(0), false, a.range()), a.range());
                case CONSTANT_SOP -> interpreter.nodes().constant(
                        new TracrConstant(api.tracrName, sequence(a, 0), true, a.range()), a.range());
                case CONSTANT_SELECTOR -> throw new RaspException(ErrorKind.UNSUPPORTED, "rasp.ConstantSelector is "
                        + "not supported: Tracr keeps it for tests and cannot compile it; write rasp.Select with "
                        + "a predicate instead", args.range());
                default -> throw new IllegalStateException("not a function: " + api);
            };
        }

        private static Value builtin(Interpreter interpreter, Builtin b, TracrArgs a, int count, Context ctx) {
            return interpreter.callValue(b.value(), a.positional(count), ctx);
        }

        /** {@code rasp.annotate(expr, name=..., encoding=...)}. */
        private static Value annotate(Interpreter interpreter, CallArgs args, Context ctx) {
            if (args.size() != 1) throw Errors.type("annotate() takes the expression and keyword annotations", args.range());
            CallArgs rest = new CallArgs(java.util.List.of(), java.util.List.of(), args.keywords(), args.range());
            return interpreter.primitives().annotated(args.get(0), rest, ctx);
        }

        private static Value sequence(TracrArgs a, int i) {
            if (a.get(i) instanceof org.raspworkbench.core.value.ListValue
                    || a.get(i) instanceof org.raspworkbench.core.value.TupleValue) {
                return a.get(i);
            }
            throw Errors.type("ConstantSOp() takes a list of values, not " + Lifting.article(a.get(i)), a.rangeOf(i));
        }

        private SelectorValue selector(TracrArgs a, int i) {
            if (a.get(i) instanceof SelectorValue s) return s;
            throw Errors.type(api.tracrName + "() takes selectors, not " + Lifting.article(a.get(i)), a.rangeOf(i));
        }

        private SOpValue sop(TracrArgs a, int i) {
            if (a.get(i) instanceof SOpValue s) return s;
            throw Errors.type(api.tracrName + "() takes an S-op, not " + Lifting.article(a.get(i)), a.rangeOf(i));
        }

        @Override
        public String repr() {
            return "<class 'tracr.rasp.rasp." + api.tracrName + "'>";
        }
    }

    /** {@code rasp.Comparison}: its members are the comparisons a Select takes. */
    static final class ComparisonNames implements HasAttributes {
        static final ComparisonNames VALUE = new ComparisonNames();

        @Override
        public Value attribute(String name, SourceRange range) {
            for (TracrApi.ComparisonName c : TracrApi.ComparisonName.values()) {
                if (c.name().equals(name)) return new ComparisonValue(Comparison.valueOf(name));
            }
            throw new RaspException(ErrorKind.NAME, "Comparison has no member '" + name + "'; the members are EQ, "
                    + "LT, LEQ, GT, GEQ, NEQ, TRUE and FALSE", range);
        }

        @Override
        public String typeName() {
            return "EnumMeta";
        }

        @Override
        public String repr() {
            return "<enum 'Comparison'>";
        }
    }

    /** {@code rasp.Encoding.NUMERICAL} and {@code CATEGORICAL}. */
    static final class EncodingNames implements HasAttributes {
        static final EncodingNames VALUE = new EncodingNames();

        @Override
        public Value attribute(String name, SourceRange range) {
            try {
                return new EncodingValue(Encoding.valueOf(name.toUpperCase(Locale.ROOT).equals(name) ? name : "?"));
            } catch (IllegalArgumentException e) {
                throw new RaspException(ErrorKind.NAME, "Encoding has no member '" + name + "'; the members are "
                        + "NUMERICAL and CATEGORICAL", range);
            }
        }

        @Override
        public String typeName() {
            return "EnumMeta";
        }

        @Override
        public String repr() {
            return "<enum 'Encoding'>";
        }
    }
}
