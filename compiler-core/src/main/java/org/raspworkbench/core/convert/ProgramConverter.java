package org.raspworkbench.core.convert;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.bases.GraphToBases;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.graph.ProgramToGraph;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.syntax.ParseResult;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * {@code rasp convert}: runs the program, infers its value sets (a function that must be written as
 * a table is written over them), plans the converted program and prints it in the target syntax.
 * The program's own errors come back with their ranges; a failure of ours as an internal error.
 */
public final class ProgramConverter {
    private ProgramConverter() {
    }

    /**
     * Converts a program's text, written in the syntax its file name says ({@code .py}: Tracr
     * Python, else {@code .rasp}); {@code sourceName} is also named in the output's header.
     */
    public static Conversion convert(String text, String sourceName, ConvertTarget target) {
        SurfaceSyntax syntax = SurfaceSyntax.of(sourceName);
        RunResult run = ProgramRunner.run(text, syntax);
        if (!run.ok()) return Conversion.failed(run.errors());
        ParseResult parsed = syntax.parse(text);
        if (parsed.program().isEmpty()) return Conversion.failed(parsed.errors());
        SourceIndex index = SourceIndex.of(parsed.program().get(), syntax.highlight(text));
        return convert(run.program().get(), index, sourceName, target);
    }

    static Conversion convert(RaspProgram program, SourceIndex index, String sourceName, ConvertTarget target) {
        try {
            SizeLimits limits = SizeLimits.DEFAULT;
            ProgramBases bases = GraphToBases.run(ProgramToGraph.run(program), limits.maxResidual(), limits.maxHidden(),
                    new WorkBudget(limits.maxCompileWork()));
            ConversionPlan plan = ProgramToPlan.run(program, bases, index, target);
            String out = target == ConvertTarget.RASP ? PlanToRasp.print(plan, sourceName) : PlanToTracr.print(plan, sourceName);
            return new Conversion(Optional.of(out), program.warnings());
        } catch (RaspException e) {
            return Conversion.failed(List.of(e.diagnostic()));
        } catch (RuntimeException e) {
            return Conversion.failed(List.of(InternalErrors.report("converting the program failed", e,
                    program.outputRange())));
        }
    }
}
