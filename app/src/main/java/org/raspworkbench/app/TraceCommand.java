package org.raspworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.files.AtomicFiles;
import org.raspworkbench.core.json.TraceJson;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.Severity;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rasp trace FILE [--input JSON]... [--out FILE]}: compiles the program as Tracr would and
 * runs the model on each input (default: its {@code set example}), printing the golden files'
 * schema: model configuration, residual labels, layer blocks, value sets, and per input the decoded
 * and evaluated outputs and every residual snapshot. Errors print as {@code rasp check} prints
 * them, with exit status 2; notes (where Tracr itself would fail but we compile) print to stderr.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Compile a program and trace its model's residual stream on inputs (JSON).")
public final class TraceCommand extends JsonCommand {
    @Mixin
    CommandInputs.Arguments arguments = new CommandInputs.Arguments();

    @Option(names = "--out", paramLabel = "FILE", description = "write the JSON there instead of printing it")
    Path out;

    @Option(names = "--max-d-model", paramLabel = "N", description = "largest residual width to build (default 20000)")
    int maxResidual = SizeLimits.DEFAULT.maxResidual();

    @Option(names = "--max-hidden", paramLabel = "N", description = "most MLP hidden units in a layer (default 20000)")
    int maxHidden = SizeLimits.DEFAULT.maxHidden();

    @Option(names = "--max-weights", paramLabel = "N", description = "most weights in the model (default 4e8)")
    long maxWeights = SizeLimits.DEFAULT.maxTotalWeights();

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(arguments.file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        SizeLimits limits = new SizeLimits(maxResidual, maxHidden, maxWeights, SizeLimits.DEFAULT.maxTraceValues());
        Compilation c = Compiler.compile(source.text().get(), source.syntax(), limits);
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || c.model().isEmpty()) return fail(errors);
        CompiledModel model = c.model().get();
        printNotes(c.diagnostics());
        CommandInputs parsed = arguments.parse(model.program().settings());
        if (!parsed.errors().isEmpty()) return fail(parsed.errors());
        List<ForwardTrace> traces = new ArrayList<>();
        for (List<Value> input : parsed.runs()) traces.add(ForwardPass.run(model, input));
        String name = Path.of(arguments.file).getFileName().toString().replaceFirst("\\.rasp$", "");
        String json = TraceJson.document(name, model, traces);
        if (out == null) {
            System.out.println(json);
            System.out.flush();
            return 0;
        }
        try {
            AtomicFiles.writeString(out, json + "\n");
        } catch (IOException e) {
            return fail(List.of(Diagnostic.error(ErrorKind.VALUE, "cannot write '" + out + "': " + e.getMessage(),
                    SourceRange.NONE)));
        }
        return 0;
    }

    /** Notes go to stderr, so that stdout stays the golden files' schema: {@code note: 3:5: ...}. */
    private static void printNotes(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() != Severity.NOTE) continue;
            System.err.println("note: " + d.range().start().line() + ":" + d.range().start().column() + ": "
                    + d.message());
        }
        System.err.flush();
    }
}
