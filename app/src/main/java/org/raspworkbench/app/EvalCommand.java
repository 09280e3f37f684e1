package org.raspworkbench.app;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.app.json.DiagnosticJson;
import org.raspworkbench.app.json.Json;
import org.raspworkbench.app.json.ValueJson;
import org.raspworkbench.core.evaluation.Evaluation;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.program.InputParser;
import org.raspworkbench.core.program.ParsedInput;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp eval FILE [--input JSON]...}: the program's output on each input (default: its
 * {@code set example}) as computed by the RASP evaluator. Program or input errors print
 * {@code {"errors": [...]}} and exit 2.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a program's output on inputs with the RASP interpreter.")
public final class EvalCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "a RASP program file")
    String file;

    @Option(names = "--input", paramLabel = "JSON",
            description = "an input: a JSON list such as [1,2,3] or a JSON string such as \"abc\" (repeatable)")
    List<String> inputs = new ArrayList<>();

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        RunResult run = ProgramRunner.run(source.text().get());
        if (!run.ok()) return fail(run.errors());
        RaspProgram program = run.program().get();
        List<List<Value>> runs = new ArrayList<>();
        List<Diagnostic> inputErrors = new ArrayList<>();
        for (String json : inputs) {
            ParsedInput parsed = InputParser.parse(json, program.settings());
            if (parsed.values().isPresent()) runs.add(parsed.values().get());
            inputErrors.addAll(parsed.errors());
        }
        if (!inputErrors.isEmpty()) return fail(inputErrors);
        if (inputs.isEmpty()) {
            if (program.settings().example().isEmpty()) {
                return fail(List.of(Diagnostic.error(ErrorKind.VALUE,
                        "no input: give --input or add 'set example ...;' to the program", SourceRange.NONE)));
            }
            runs.add(program.settings().example().get());
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (List<Value> input : runs) evaluations.add(Evaluator.evaluate(program, input));
        boolean failed = evaluations.stream().anyMatch(e -> !e.diagnostics().isEmpty());
        System.out.println(Json.line(g -> {
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
