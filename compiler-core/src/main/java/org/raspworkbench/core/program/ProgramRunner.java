package org.raspworkbench.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.raspworkbench.core.dag.DagBuilder;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.dag.Naming;
import org.raspworkbench.core.dag.Node;
import org.raspworkbench.core.dag.SOpValue;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Limits;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.settings.SettingsBuilder;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.ParseResult;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.tracrapi.PythonBuiltins;
import org.raspworkbench.core.tracrapi.TracrModules;

/**
 * Runs a program's text: parses it, checks its shape, executes it at compile time and returns the
 * RASP DAG with final names, or the diagnostics. Runs on its own thread with a large stack, so that
 * deep recursion in a program ends with a {@code limit} error rather than a crash.
 */
public final class ProgramRunner {
    /** Ample for 1,000 nested calls of deeply nested expressions; only touched pages cost memory. */
    private static final long STACK_BYTES = 128L * 1024 * 1024;

    private ProgramRunner() {
    }

    public static RunResult run(String source) {
        return run(source, Limits.DEFAULT);
    }

    /** A program written in either syntax: {@code .rasp}, or Tracr's Python API ({@code .py}). */
    public static RunResult run(String source, SurfaceSyntax syntax) {
        return run(source, Limits.DEFAULT, syntax);
    }

    public static RunResult run(String source, Limits limits) {
        return run(source, limits, SurfaceSyntax.RASP);
    }

    public static RunResult run(String source, Limits limits, SurfaceSyntax syntax) {
        AtomicReference<RunResult> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(runHere(source, limits, syntax));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "rasp-program-runner", STACK_BYTES);
        worker.setDaemon(true);
        try {
            worker.start();
        } catch (OutOfMemoryError e) {
            // No room for a big stack here: run on this thread; deep recursion still ends as a limit error.
            try {
                return runHere(source, limits, syntax);
            } catch (StackOverflowError overflow) {
                return new RunResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                        "the program's calls are nested too deeply", SourceRange.NONE)));
            }
        }
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                    "the program run was interrupted", SourceRange.NONE)));
        }
        if (failure.get() instanceof OutOfMemoryError) {
            return new RunResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                    "the program needs more memory than is available", SourceRange.NONE)));
        }
        if (failure.get() != null) {
            // A bug of ours, not of the program: still a diagnostic, never a crash.
            return new RunResult(Optional.empty(), List.of(InternalErrors.report("running the program failed",
                    failure.get(), SourceRange.NONE)));
        }
        return result.get();
    }

    static RunResult runHere(String source, Limits limits) {
        return runHere(source, limits, SurfaceSyntax.RASP);
    }

    static RunResult runHere(String source, Limits limits, SurfaceSyntax syntax) {
        boolean python = syntax == SurfaceSyntax.PYTHON;
        ParseResult parsed = syntax.parse(source);
        if (parsed.program().isEmpty()) return new RunResult(Optional.empty(), parsed.errors());
        Program program = parsed.program().get();
        List<Diagnostic> structure = StructureCheck.check(program, python);
        if (!structure.isEmpty()) return new RunResult(Optional.empty(), structure);

        Interpreter interpreter = python
                ? new Interpreter(program.text(), limits, syntax, TracrModules.IMPORTS)
                : new Interpreter(program.text(), limits);
        if (python) PythonBuiltins.define(interpreter);
        try {
            interpreter.run(program);
        } catch (RaspException e) {
            return new RunResult(Optional.empty(), List.of(e.diagnostic()));
        } catch (StackOverflowError e) {
            return new RunResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.LIMIT,
                    "the program's calls are nested too deeply", SourceRange.NONE)));
        }
        List<Diagnostic> errors = new ArrayList<>();
        SourceRange start = program.text().range(0, 0);
        if (python && !TracrModules.hasSettings(interpreter)) {
            return new RunResult(Optional.empty(), List.of(Diagnostic.error(ErrorKind.VALUE, "the script never calls "
                    + "compiling.compile_rasp_to_model(program, vocab=..., max_seq_len=...): add the call, or a "
                    + "comment such as '# rasp: vocab={1, 2, 3} max_seq_len=5' with the settings", start)));
        }
        if (python) TracrModules.tracrDefaults(interpreter);
        SettingsBuilder.Result settings = SettingsBuilder.build(interpreter.settings(), start);
        errors.addAll(settings.errors());
        SOpValue output = output(interpreter, program, errors);
        if (!errors.isEmpty() || settings.settings().isEmpty() || output == null) {
            return new RunResult(Optional.empty(), errors);
        }
        List<Node> nodes = interpreter.nodes().nodes();
        List<RaspExpr> records = DagBuilder.build(nodes, Naming.finalNames(nodes, output.node, python));
        SOp out = (SOp) records.get(output.node.id);
        SourceRange outputRange = interpreter.output() != null ? interpreter.output().range() : out.range();
        // A built-in output (tokens, indices) has no text: point at the assignment that made it the output
        if (interpreter.output() == null && outputRange.startOffset() == outputRange.endOffset()
                && interpreter.lastAssignedRange() != null) {
            outputRange = interpreter.lastAssignedRange();
        }
        return new RunResult(Optional.of(new RaspProgram(settings.settings().get(), out, records, interpreter.notes(),
                outputRange, interpreter.nodes().origins(program.text().text()))), List.of());
    }

    private static SOpValue output(Interpreter interpreter, Program program, List<Diagnostic> errors) {
        Interpreter.OutputEntry entry = interpreter.output();
        if (entry != null) {
            if (entry.value() instanceof SOpValue s) return s;
            if (entry.value() == Interpreter.LENGTH) return interpreter.nodes().length();
            errors.add(Diagnostic.error(ErrorKind.TYPE, "the output must be an S-op, not "
                    + Lifting.article(entry.value()), entry.range()));
            return null;
        }
        if (interpreter.lastAssigned() != null) return interpreter.lastAssigned();
        String message = interpreter.syntax() == SurfaceSyntax.PYTHON
                ? "the script compiles no S-op: pass the program to compiling.compile_rasp_to_model(program, ...)"
                : "the program computes no S-op: add 'output <S-op>;' or assign an S-op at the top level";
        errors.add(Diagnostic.error(ErrorKind.VALUE, message, program.text().end()));
        return null;
    }
}
