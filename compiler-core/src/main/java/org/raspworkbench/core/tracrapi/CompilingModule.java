package org.raspworkbench.core.tracrapi;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.interpreter.CallArgs;
import org.raspworkbench.core.interpreter.Context;
import org.raspworkbench.core.interpreter.Errors;
import org.raspworkbench.core.interpreter.HasAttributes;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Iteration;
import org.raspworkbench.core.interpreter.NativeFunction;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's {@code tracr.compiler.compiling}: {@code compile_rasp_to_model(program, vocab, max_seq_len,
 * ...)} says which S-op the file compiles and with which settings (its parameters become the
 * {@code .rasp} settings of {@link TracrApi.CompileParam}); the model it returns stands for the
 * compiled model, and its first {@code apply([bos, ...])} gives the example input.
 */
final class CompilingModule implements HasAttributes {
    static final CompilingModule VALUE = new CompilingModule();
    private static final List<String> PARAMS = List.of("program", "vocab", "max_seq_len", "causal=False",
            "compiler_bos=\"compiler_bos\"", "compiler_pad=\"compiler_pad\"", "mlp_exactness=100");

    @Override
    public Value attribute(String name, SourceRange range) {
        return switch (name) {
            case "compile_rasp_to_model" -> Compile.VALUE;
            case "COMPILER_BOS" -> StrValue.of(TracrApi.COMPILER_BOS);
            case "COMPILER_PAD" -> StrValue.of(TracrApi.COMPILER_PAD);
            default -> throw new RaspException(ErrorKind.NAME, "module 'tracr.compiler.compiling' has no attribute '"
                    + name + "'; it has compile_rasp_to_model, COMPILER_BOS and COMPILER_PAD", range);
        };
    }

    @Override
    public List<String> publicNames() {
        return List.of("compile_rasp_to_model", "COMPILER_BOS", "COMPILER_PAD");
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public String repr() {
        return "<module 'tracr.compiler.compiling'>";
    }

    static final class Compile implements NativeFunction {
        static final Compile VALUE = new Compile();

        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            TracrArgs a = TracrArgs.bind("compile_rasp_to_model", PARAMS, args);
            if (!(a.get(0) instanceof SOpValue)) {
                throw Errors.type("compile_rasp_to_model() compiles an S-op, not " + Lifting.article(a.get(0)),
                        a.rangeOf(0));
            }
            if (interpreter.output() != null) {
                // Tracr compiles every call; the workbench shows one model, the first
                interpreter.note(Diagnostic.note(ErrorKind.UNSUPPORTED, "this script compiles more than one program; "
                        + "the workbench compiles and shows the first (line " + interpreter.output().range().start()
                        .line() + "), and the model this call returns gives no example. To work on this program, "
                        + "compile it first", args.range()));
                return new Model(false);
            }
            TracrApi.CompileParam[] params = TracrApi.CompileParam.values();
            for (int i = 1; i < params.length; i++) {
                boolean given = i < args.size() || args.keyword(params[i].tracrName) != null;
                if (!given) continue;
                interpreter.addSetting(new Interpreter.SettingEntry(params[i].setting, a.get(i), a.rangeOf(i),
                        a.rangeOf(i), List.of()));
            }
            interpreter.output(new Interpreter.OutputEntry(a.get(0), a.rangeOf(0)));
            return new Model(true);
        }

        @Override
        public String repr() {
            return "<function compile_rasp_to_model>";
        }
    }

    /**
     * What compile_rasp_to_model returns: the model, whose {@code apply} sets the example when it is
     * the model the workbench compiles ({@code shown}, the script's first).
     */
    record Model(boolean shown) implements HasAttributes {
        @Override
        public Value attribute(String name, SourceRange range) {
            // residual_labels, model_config, ...: the workbench shows them once the script has compiled
            return name.equals("apply") ? (shown ? Apply.SHOWN : Apply.OTHER) : new Opaque("model." + name);
        }

        @Override
        public String typeName() {
            return "AssembledTransformerModel";
        }

        @Override
        public String repr() {
            return "<AssembledTransformerModel>";
        }
    }

    /** {@code model.apply([bos, x1, x2, ...])}: the first such call gives the example input (without the BOS). */
    static final class Apply implements NativeFunction {
        static final Apply SHOWN = new Apply(true);
        static final Apply OTHER = new Apply(false);
        private final boolean shown;

        private Apply(boolean shown) {
            this.shown = shown;
        }

        @Override
        public Value call(Interpreter interpreter, CallArgs args, Context ctx) {
            TracrArgs a = TracrArgs.bind("apply", List.of("tokens"), args);
            boolean first = shown && interpreter.settings().stream().noneMatch(e -> e.name().equals("example"));
            if (first) {
                List<Value> tokens = new ArrayList<>(Iteration.list(a.get(0), a.rangeOf(0)));
                if (!tokens.isEmpty() && tokens.get(0).equals(StrValue.of(bos(interpreter)))) tokens.remove(0);
                interpreter.addSetting(new Interpreter.SettingEntry("example", new ListValue(tokens), a.rangeOf(0),
                        a.rangeOf(0), List.of()));
            }
            return new Output();
        }

        private static String bos(Interpreter interpreter) {
            for (Interpreter.SettingEntry e : interpreter.settings()) {
                if (e.name().equals("bos") && e.value() instanceof StrValue s) return s.value();
            }
            return TracrApi.COMPILER_BOS;
        }

        @Override
        public String repr() {
            return "<bound method apply>";
        }
    }

    /** What apply returns; its values are computed by the workbench, not while the script runs. */
    static final class Output implements org.raspworkbench.core.interpreter.Placeholder {
        @Override
        public Value attribute(String name, SourceRange range) {
            return new Opaque("model.apply(...)." + name);
        }

        @Override
        public String typeName() {
            return "AssembledTransformerModelOutput";
        }

        @Override
        public String repr() {
            return "<AssembledTransformerModelOutput>";
        }
    }

    /** A value the script can pass to print but not compute with. */
    record Opaque(String what) implements org.raspworkbench.core.interpreter.Placeholder {
        @Override
        public String typeName() {
            return "model output";
        }

        @Override
        public String repr() {
            return "<" + what + ": computed when the model runs>";
        }
    }

    static Value none() {
        return NoneValue.NONE;
    }
}
