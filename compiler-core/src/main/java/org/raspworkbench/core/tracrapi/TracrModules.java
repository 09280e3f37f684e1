package org.raspworkbench.core.tracrapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.interpreter.HasAttributes;
import org.raspworkbench.core.interpreter.Imports;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.ModuleValue;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.ParseResult;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.PythonParser;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The modules a {@code .py} file may import. Tracr's packages ({@code tracr}, {@code tracr.rasp},
 * {@code tracr.compiler}) lead to {@code tracr.rasp.rasp}, {@code tracr.compiler.lib} and
 * {@code tracr.compiler.compiling}; {@code math}, {@code typing}, {@code itertools} and
 * {@code functools} are Python's. Any other import is an {@code unsupported} error at its text.
 */
public final class TracrModules {
    private TracrModules() {
    }

    static final List<String> IMPORTABLE = List.of("tracr.rasp.rasp", "tracr.compiler.lib",
            "tracr.compiler.compiling", "tracr.compiler.assemble", "tracr.compiler.validating", "math", "typing", "itertools", "functools");

    public static final Imports IMPORTS = new Imports() {
        @Override
        public Value module(String path, SourceRange range, Interpreter interpreter) {
            return TracrModules.module(path, range, interpreter);
        }

        @Override
        public Value moduleFor(String path, List<String> names, SourceRange range, Interpreter interpreter) {
            if (!isKnown(path)) throw new RaspException(ErrorKind.UNSUPPORTED, notImportable(path, names), range);
            return TracrModules.module(path, range, interpreter);
        }
    };

    private static boolean isKnown(String path) {
        return path.equals("tracr") || path.equals("tracr.rasp") || path.equals("tracr.compiler")
                || IMPORTABLE.contains(path);
    }

    /**
     * Benchmarks ship their own copy of Tracr's library ({@code benchmark.common_programs}): where
     * every name imported is one of Tracr's, say which import to write; else say to copy them in.
     */
    static String notImportable(String path, List<String> names) {
        String head = "'" + path + "' cannot be imported: ";
        List<String> inLib = names.stream().filter(n -> TracrApi.LIB_FUNCTIONS.contains(n) || n.equals("length")).toList();
        List<String> others = names.stream().filter(n -> !inLib.contains(n)).toList();
        String allowed = "a .py program here may import " + String.join(", ", IMPORTABLE);
        if (others.contains("*") || inLib.isEmpty() && LIBRARIES.contains(path.split("\\.")[0])) {
            return head + allowed;
        }
        if (inLib.isEmpty()) {
            return head + copyIn(others) + " (" + allowed + ")";
        }
        String fromLib = String.join(", ", inLib) + (inLib.size() == 1 ? " is" : " are")
                + " in Tracr's library: write 'from tracr.compiler.lib import " + String.join(", ", inLib) + "'";
        if (others.isEmpty()) return head + fromLib;
        return head + fromLib + "; " + String.join(", ", others) + (others.size() == 1 ? " is" : " are")
                + " not in Tracr's library: " + copyIn(List.of());
    }

    /** What to do with names from the user's own modules: {@code names} empty when the message names them already. */
    private static String copyIn(List<String> names) {
        String what = names.isEmpty() ? "the definitions" : names.size() == 1 ? "the definition of " + names.get(0)
                : "the definitions of " + String.join(", ", names);
        return "copy " + what + " into this file";
    }

    /**
     * Python libraries a script may import for work around the program's (numbers, plots, the model's
     * weights); code from anywhere else is the user's own, which they can copy in.
     */
    private static final java.util.Set<String> LIBRARIES = java.util.Set.of("numpy", "torch", "jax", "haiku",
            "pandas", "matplotlib", "networkx", "einops", "transformer_lens", "os", "sys", "random", "dataclasses",
            "collections", "re", "json", "copy", "time", "datasets", "tqdm", "seaborn", "scipy", "pickle", "logging");

    /** Our lib.py, parsed once; it runs once per program run that imports it. */
    private static volatile Program libProgram;

    static Value module(String path, SourceRange range, Interpreter interpreter) {
        return switch (path) {
            case "tracr" -> new Package("tracr", Map.of("rasp", "tracr.rasp", "compiler", "tracr.compiler"), interpreter);
            case "tracr.rasp" -> new Package("tracr.rasp", Map.of("rasp", "tracr.rasp.rasp"), interpreter);
            case "tracr.compiler" -> new Package("tracr.compiler", Map.of("lib", "tracr.compiler.lib", "compiling",
                    "tracr.compiler.compiling", "assemble", "tracr.compiler.assemble", "validating",
                    "tracr.compiler.validating"), interpreter);
            case "tracr.rasp.rasp" -> rasp(interpreter);
            case "tracr.compiler.lib" -> lib(interpreter);
            case "tracr.compiler.compiling" -> CompilingModule.VALUE;
            case "tracr.compiler.assemble" -> Assemble.VALUE;
            case "tracr.compiler.validating" -> Validating.VALUE;
            case "math" -> interpreter.math();
            case "typing" -> PythonModules.Typing.VALUE;
            case "itertools" -> PythonModules.Itertools.VALUE;
            case "functools" -> PythonModules.Functools.VALUE;
            default -> throw new RaspException(ErrorKind.UNSUPPORTED, "'" + path + "' cannot be imported: a .py "
                    + "program here may import " + String.join(", ", IMPORTABLE), range);
        };
    }

    private static Value rasp(Interpreter interpreter) {
        return interpreter.module("tracr.rasp.rasp", () -> new RaspModule(interpreter));
    }

    private static Value lib(Interpreter interpreter) {
        return interpreter.module("tracr.compiler.lib",
                () -> new Lib(interpreter.runModule("tracr.compiler.lib", libProgram()), interpreter));
    }

    /**
     * Our lib.py, plus Tracr's module-level {@code lib.length}: the program's one length, made only
     * when a program uses it, so that importing the library adds nothing to a program's graph.
     */
    private record Lib(ModuleValue module, Interpreter interpreter) implements HasAttributes {
        @Override
        public Value attribute(String name, SourceRange range) {
            return name.equals("length") ? interpreter.nodes().length() : module.attribute(name, range);
        }

        /** Tracr's lib exports its functions and length (not the names it imports, such as rasp). */
        @Override
        public List<String> publicNames() {
            List<String> out = new java.util.ArrayList<>(TracrApi.LIB_FUNCTIONS);
            out.add("length");
            return out;
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return module.repr();
        }
    }

    static Program libProgram() {
        Program p = libProgram;
        if (p != null) return p;
        try (InputStream in = TracrModules.class.getResourceAsStream("lib.py")) {
            if (in == null) throw new IllegalStateException("lib.py is missing from the build");
            ParseResult parsed = PythonParser.parseLibrary(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!parsed.errors().isEmpty()) throw new IllegalStateException("lib.py does not parse: " + parsed.errors());
            p = parsed.program().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        libProgram = p;
        return p;
    }

    /** Whether the script said how to compile: a compile_rasp_to_model call, or a '# rasp:' comment. */
    public static boolean hasSettings(Interpreter interpreter) {
        return interpreter.settings().stream().anyMatch(e -> e.name().equals("vocab") || e.name().equals("max_seq_len"));
    }

    /** Tracr's own special tokens, where the script names none. */
    public static void tracrDefaults(Interpreter interpreter) {
        boolean bos = interpreter.settings().stream().anyMatch(e -> e.name().equals("bos"));
        boolean pad = interpreter.settings().stream().anyMatch(e -> e.name().equals("pad"));
        if (!bos) interpreter.addSetting(new Interpreter.SettingEntry("bos", StrValue.of(TracrApi.COMPILER_BOS),
                SourceRange.NONE, SourceRange.NONE, List.of()));
        if (!pad) interpreter.addSetting(new Interpreter.SettingEntry("pad", StrValue.of(TracrApi.COMPILER_PAD),
                SourceRange.NONE, SourceRange.NONE, List.of()));
    }

    /**
     * Tracr's {@code tracr.compiler.assemble}, for the type scripts annotate the compiled model with
     * ({@code model: AssembledTransformerModel = compile_rasp_to_model(...)}); assembling is ours.
     */
    private enum Assemble implements HasAttributes {
        VALUE;

        private static final String MODEL = "AssembledTransformerModel";

        @Override
        public Value attribute(String name, SourceRange range) {
            if (name.equals(MODEL)) return new PythonModules.TypingName("tracr.compiler.assemble." + MODEL);
            throw new RaspException(ErrorKind.UNSUPPORTED, "'tracr.compiler.assemble." + name + "' is not "
                    + "supported: a .py program here takes only " + MODEL + " from tracr.compiler.assemble, for "
                    + "annotations; compile_rasp_to_model assembles the model", range);
        }

        @Override
        public List<String> publicNames() {
            return List.of(MODEL);
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module 'tracr.compiler.assemble'>";
        }
    }

    /**
     * Tracr's {@code tracr.compiler.validating}: {@code validate(program, inputs=None)} lists what
     * Tracr cannot compile. The workbench reports that itself, as errors at the text, whenever the
     * program compiles; the call stands for that list, as a placeholder.
     */
    private enum Validating implements HasAttributes {
        VALUE;

        @Override
        public Value attribute(String name, SourceRange range) {
            if (name.equals("validate")) return Validate.VALUE;
            throw new RaspException(ErrorKind.UNSUPPORTED, "'tracr.compiler.validating." + name + "' is not "
                    + "supported: a .py program here takes only validate from tracr.compiler.validating (check and "
                    + "the IDE report what Tracr cannot compile, at its text)", range);
        }

        @Override
        public List<String> publicNames() {
            return List.of("validate");
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module 'tracr.compiler.validating'>";
        }
    }

    private enum Validate implements org.raspworkbench.core.interpreter.NativeFunction {
        VALUE;

        @Override
        public Value call(Interpreter interpreter, org.raspworkbench.core.interpreter.CallArgs args,
                          org.raspworkbench.core.interpreter.Context ctx) {
            TracrArgs a = TracrArgs.bind("validate", List.of("program", "inputs=None"), args);
            if (!(a.get(0) instanceof org.raspworkbench.core.dag.SOpValue)) {
                throw org.raspworkbench.core.interpreter.Errors.type("validate() takes an S-op, not "
                        + org.raspworkbench.core.dag.Lifting.article(a.get(0)), a.rangeOf(0));
            }
            return new Validation();
        }

        @Override
        public String repr() {
            return "<function validate>";
        }
    }

    /** What validate returns here: the list exists once the program has compiled (check's errors). */
    private record Validation() implements org.raspworkbench.core.interpreter.Placeholder {
        @Override
        public String typeName() {
            return "list";
        }

        @Override
        public String repr() {
            return "<validate(...): what Tracr cannot compile is reported by rasp check and the IDE, at its text>";
        }
    }

    /** A package: its attributes are its modules. */
    private record Package(String name, Map<String, String> children, Interpreter interpreter) implements HasAttributes {
        @Override
        public Value attribute(String attribute, SourceRange range) {
            String child = children.get(attribute);
            if (child == null) {
                throw new RaspException(ErrorKind.UNSUPPORTED, "'" + name + "." + attribute + "' cannot be imported: "
                        + "a .py program here may import " + String.join(", ", IMPORTABLE), range);
            }
            return module(child, range, interpreter);
        }

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public String repr() {
            return "<module '" + name + "'>";
        }
    }
}
