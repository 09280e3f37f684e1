package org.raspworkbench.app;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.json.DiagnosticJson;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.ValueJson;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rasp eval FILE [--input JSON]...}: the program's output on each input (default: its
 * {@code set example}) as computed by the RASP evaluator. Program or input errors print
 * {@code {"errors": [...]}} and exit 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a program's output on inputs with the RASP interpreter.")
public final class EvalCommand extends JsonCommand {
    @Mixin
    CommandInputs.Arguments arguments = new CommandInputs.Arguments();

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(arguments.file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        RunResult run = ProgramRunner.run(source.text().get(), source.syntax());
        if (!run.ok()) return fail(run.errors());
        RaspProgram program = run.program().get();
        CommandInputs parsed = arguments.parse(program.settings());
        if (!parsed.errors().isEmpty()) return fail(parsed.errors());
        List<Evaluation> evaluations = new ArrayList<>();
        for (List<Value> input : parsed.runs()) evaluations.add(Evaluator.evaluate(program, input));
        boolean failed = evaluations.stream().anyMatch(e -> !e.diagnostics().isEmpty());
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("runs");
            for (Evaluation e : evaluations) {
                g.writeStartObject();
                g.writeFieldName("input");
                ValueJson.writeArray(g, e.input());
                g.writeFieldName("evaluated");
                ValueJson.writeArray(g, e.output());
                if (!e.diagnostics().isEmpty()) DiagnosticJson.writeErrorsField(g, e.diagnostics());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
        System.out.flush();
        return failed ? 2 : 0;
    }
}
