package org.raspworkbench.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.app.CommandInputs;
import org.raspworkbench.app.JsonCommand;
import org.raspworkbench.core.circuits.ModelCircuits;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.ui.figures.CircuitsExport;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.PrintSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp export circuits FILE --out DIR [--format png|svg|pdf] [--dpi N] [--width LENGTH] [--font-size PT]
 * [--input JSON]}: every
 * head's QK and OV grid, every MLP's function table and the direct attribution of one input as
 * figures, and {@code circuits.json} with the matrices and labels, without a display.
 */
@Command(name = "circuits", mixinStandardHelpOptions = true,
        description = "Draw every head's QK/OV circuit, every MLP's function table and the attribution of an input "
                + "into DIR, with circuits.json (matrices and labels).")
public final class ExportCircuitsCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the RASP program")
    String file;

    @Option(names = "--out", paramLabel = "DIR", description = "directory to write, created if missing (required)")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "png", description = "png (default), svg or pdf")
    String format;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "150", description = "PNG resolution (default 150)")
    int dpi;

    @Option(names = "--width", paramLabel = "LENGTH",
            description = "printed width of each figure, e.g. 85mm or 3.5in (default: natural size)")
    String width;

    @Option(names = "--font-size", paramLabel = "PT", description = "label size in points (default 8.25)")
    Double fontSize;

    @Option(names = "--input", paramLabel = "JSON",
            description = "the input attributed, a JSON list (or string); default: the program's example, else none")
    String input;

    @Override
    protected int run() {
        // Before any AWT class loads: figures are drawn on machines without a display.
        System.setProperty("java.awt.headless", "true");
        if (out == null) return CliErrors.argument("give the directory to write with --out DIR");
        Optional<ExportFormat> fmt = ExportFormat.byName(format);
        if (fmt.isEmpty()) return CliErrors.argument("--format must be png, svg or pdf, not " + format);
        if (dpi < 1 || dpi > 2400) return CliErrors.argument("--dpi must be between 1 and 2400, not " + dpi);
        Optional<PrintSize> size = PrintSizeOptions.parse(fontSize, width, null);
        if (size.isEmpty()) return 2;
        LoadedProgram program = LoadedProgram.load(file);
        if (program.failed()) return fail(program.errors());
        Optional<ForwardTrace> run = Optional.empty();
        boolean hasExample = program.model().program().settings().example().isPresent();
        if (input != null || hasExample) {
            CommandInputs inputs = CommandInputs.parse(input == null ? List.of() : List.of(input),
                    program.model().program().settings());
            if (!inputs.errors().isEmpty()) return fail(inputs.errors());
            run = Optional.of(ForwardPass.run(program.model(), inputs.runs().get(0)));
        }
        try {
            ModelCircuits circuits = ModelCircuits.of(program.model(), run);
            CircuitsExport.Result result = CircuitsExport.write(program.name(), circuits, out, fmt.get(), dpi, size.get());
            return Written.print(result.written(), result.skipped().stream()
                    .map(s -> new Written.Skipped(s.file(), s.reason())).toList());
        } catch (IOException e) {
            return CliErrors.argument("cannot write " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return CliErrors.argument(e.getMessage());
        }
    }
}
