package org.raspworkbench.ui.compile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.allocation.BlockBuilder;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.ModelLayout;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.views.data.Digests;
import org.raspworkbench.ui.views.data.ExpectedValues;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/**
 * The real compiler: runs the program text, compiles the program to a model, and runs the model
 * (with the RASP evaluator alongside, so the views can compare) on the example input.
 */
public final class CoreEngine implements Engine {
    private final BlockBuilder blocks;

    public CoreEngine() {
        this(BlockBuilder.TRACR);
    }

    /** With another craft-block builder: tests inject a pass that fails. */
    public CoreEngine(BlockBuilder blocks) {
        this.blocks = blocks;
    }

    @Override
    public CompileOutcome compile(String source) {
        return compile(source, SurfaceSyntax.RASP);
    }

    @Override
    public CompileOutcome compile(String source, SurfaceSyntax syntax) {
        long start = System.nanoTime();
        try {
            return compile(source, syntax, start);
        } catch (RuntimeException e) {
            return CompileOutcome.failed(source, List.of(internal("the compiler failed on this program", e)), since(start));
        }
    }

    private CompileOutcome compile(String source, SurfaceSyntax syntax, long start) {
        RunResult ran = ProgramRunner.run(source, syntax);
        if (ran.program().isEmpty() || !ran.ok()) {
            return new CompileOutcome(source, ran.program(), Optional.empty(), Optional.empty(), ModelLayout.EMPTY,
                    ran.diagnostics(), since(start));
        }
        Compilation compiled = Compiler.compile(ran.program().get(), SizeLimits.DEFAULT, blocks);
        List<Diagnostic> diagnostics = merge(ran.diagnostics(), compiled.diagnostics());
        Optional<CompiledModel> model = compiled.model();
        Optional<ModelDigest> digest = model.map(Digests::model);
        ModelLayout layout = model.map(ModelLayouts::layout).orElse(ModelLayout.EMPTY);
        return new CompileOutcome(source, ran.program(), model, digest, layout, diagnostics, since(start));
    }

    @Override
    public RunOutcome run(CompileOutcome compiled, String inputText) {
        try {
            return runChecked(compiled, inputText);
        } catch (RuntimeException e) {
            return new RunOutcome(inputText, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    List.of(internal("the model could not be run on this input", e)));
        }
    }

    private static Diagnostic internal(String what, RuntimeException e) {
        return InternalErrors.report(what, e, SourceRange.NONE);
    }

    private RunOutcome runChecked(CompileOutcome compiled, String inputText) {
        RaspProgram program = compiled.program().orElseThrow();
        // An empty field (a program without `set example`) is no input yet, not a broken one.
        if (inputText.isBlank()) return RunOutcome.invalidInput(inputText, List.of());
        ParsedInput parsed = InputParser.parse(inputText, program.settings());
        if (parsed.values().isEmpty()) return RunOutcome.invalidInput(inputText, parsed.errors());
        List<Value> input = parsed.values().get();
        Evaluation evaluation = Evaluator.evaluate(program, input);
        if (compiled.model().isEmpty()) {
            return new RunOutcome(inputText, parsed.values(), Optional.empty(), Optional.empty(), List.of(),
                    evaluation.diagnostics());
        }
        CompiledModel model = compiled.model().get();
        ForwardTrace trace = ForwardPass.run(model, input);
        TraceDigest digest = Digests.trace(model, trace, ExpectedValues.of(evaluation));
        return new RunOutcome(inputText, parsed.values(), Optional.of(trace), Optional.of(digest), List.of(),
                merge(trace.warnings(), evaluation.diagnostics()));
    }

    @Override
    public void warmUp() {
        // The first compilation loads the parser, the compiler's classes and ND4J: do it before the user waits.
        CompileOutcome c = compile("set vocab [1];\nset max_seq_len 1;\nx = tokens;");
        if (c.isUsable()) run(c, "[1]");
    }

    /** Each diagnostic once: the compiler repeats the program's warnings in its own list. */
    private static List<Diagnostic> merge(List<Diagnostic> first, List<Diagnostic> second) {
        List<Diagnostic> all = new ArrayList<>(first);
        for (Diagnostic d : second) if (!all.contains(d)) all.add(d);
        return all;
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
