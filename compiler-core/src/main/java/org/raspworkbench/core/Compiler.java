package org.raspworkbench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.allocation.BasesToBlocks;
import org.raspworkbench.core.allocation.BlockBuilder;
import org.raspworkbench.core.allocation.BlocksToLayers;
import org.raspworkbench.core.allocation.CraftGraph;
import org.raspworkbench.core.allocation.LayerAllocation;
import org.raspworkbench.core.allocation.SizeGuard;
import org.raspworkbench.core.bases.GraphToBases;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.graph.ProgramToGraph;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.LayersToModel;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.validation.InputDependence;
import org.raspworkbench.core.validation.StaticValidator;
import org.raspworkbench.core.validation.TracrDifferences;
import org.raspworkbench.core.value.StrValue;

/**
 * Compiles RASP programs to transformers as Tracr's {@code compiling.py} does, one pass after
 * another: graph, static validation, value sets and bases, craft blocks, layer allocation, model.
 */
public final class Compiler {
    private Compiler() {
    }

    /** Runs the program's text with the language's runner, then compiles the program it built. */
    public static Compilation compile(String source) {
        return compile(source, SizeLimits.DEFAULT);
    }

    public static Compilation compile(String source, SizeLimits limits) {
        return compile(source, SurfaceSyntax.RASP, limits);
    }

    /** A program in either syntax: a {@code .rasp} file's, or Tracr Python's ({@code .py}). */
    public static Compilation compile(String source, SurfaceSyntax syntax) {
        return compile(source, syntax, SizeLimits.DEFAULT);
    }

    public static Compilation compile(String source, SurfaceSyntax syntax, SizeLimits limits) {
        RunResult run = ProgramRunner.run(source, syntax);
        if (run.program().isEmpty()) return new Compilation(Optional.empty(), Optional.empty(), run.diagnostics());
        return compile(run.program().get(), limits);
    }

    public static Compilation compile(RaspProgram program) {
        return compile(program, SizeLimits.DEFAULT, BlockBuilder.TRACR);
    }

    public static Compilation compile(RaspProgram program, SizeLimits limits) {
        return compile(program, limits, BlockBuilder.TRACR);
    }

    /** With another block builder: for tests of the passes around the craft blocks. */
    public static Compilation compile(RaspProgram program, SizeLimits limits, BlockBuilder builder) {
        List<Diagnostic> diagnostics = new ArrayList<>(program.warnings());
        try {
            checkSpecialTokens(program);
            ProgramGraph graph = ProgramToGraph.run(program);
            // Questions of the graph's shape first: they are cheap, the value sets may not be.
            List<Diagnostic> unsupported = new ArrayList<>(StaticValidator.run(graph));
            if (unsupported.isEmpty()) InputDependence.check(graph).ifPresent(unsupported::add);
            if (!unsupported.isEmpty()) {
                diagnostics.addAll(unsupported);
                return new Compilation(Optional.of(program), Optional.empty(), diagnostics);
            }
            WorkBudget budget = new WorkBudget(limits.maxCompileWork());
            ProgramBases bases = GraphToBases.run(graph, limits.maxResidual(), limits.maxHidden(), budget);
            SizeGuard.check(bases, limits.maxHidden(), limits.maxTotalWeights());
            CraftGraph craft = BasesToBlocks.run(bases, builder, budget);
            LayerAllocation allocation = BlocksToLayers.run(craft);
            CompiledModel model = LayersToModel.run(allocation, limits);
            diagnostics.addAll(TracrDifferences.run(model, bases));
            return new Compilation(Optional.of(program), Optional.of(model), diagnostics);
        } catch (RaspException e) {
            diagnostics.add(e.diagnostic());
        } catch (RuntimeException e) {
            // A pass must never crash the caller, nor blame the program for our bug.
            diagnostics.add(InternalErrors.report("the compiler failed on this program", e, program.output().range()));
        }
        return new Compilation(Optional.of(program), Optional.empty(), diagnostics);
    }

    /** Tracr refuses a BOS or PAD token that is also in the vocabulary. */
    private static void checkSpecialTokens(RaspProgram program) {
        CompileSettings s = program.settings();
        for (String special : List.of(s.bos(), s.pad())) {
            if (s.vocab().contains(StrValue.of(special))) {
                throw new RaspException(ErrorKind.VALUE, "the token '" + special
                        + "' is both in the vocabulary and the compiler's BOS/PAD token; rename it with set bos/pad",
                        program.output().range());
            }
        }
    }
}
