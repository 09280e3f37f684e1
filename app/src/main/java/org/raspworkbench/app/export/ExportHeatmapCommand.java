package org.raspworkbench.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.app.CommandInputs;
import org.raspworkbench.app.JsonCommand;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp export heatmap FILE [--input JSON] [--snapshot K | --all] [--attention L.H] --format
 * png|svg|pdf [--dpi N] [--colormap NAME] --out FILE}: the IDE's figures, drawn by the same code,
 * without a display.
 */
@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = "Draw the residual stream (one snapshot or all) or an attention pattern to PNG, SVG or PDF.")
public final class ExportHeatmapCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the RASP program")
    String file;

    @Option(names = "--input", paramLabel = "JSON", description = "input as a JSON list (or string); default: the program's example")
    String input;

    @Option(names = "--snapshot", paramLabel = "K",
            description = "residual snapshot: 0 embeddings, 2L+1 after attn L, 2L+2 after mlp L (default: the last)")
    Integer snapshot;

    @Option(names = "--all", description = "all snapshots side by side")
    boolean all;

    @Option(names = "--attention", paramLabel = "L.H", description = "attention pattern of head H in layer L")
    String attention;

    @Option(names = "--format", paramLabel = "FORMAT", description = "png, svg or pdf (default: from --out's extension)")
    String format;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300", description = "PNG resolution (default 300)")
    int dpi;

    @Option(names = "--colormap", paramLabel = "NAME",
            description = "viridis, magma, greys, blues, rdbu (red-white-blue), bwr; default: by the values' sign")
    String colormap;

    @Option(names = "--out", paramLabel = "FILE", description = "file to write (required)")
    Path out;

    @Override
    protected int run() {
        // Before any AWT class loads: figures are drawn on machines without a display.
        System.setProperty("java.awt.headless", "true");
        // Argument mistakes are checked here rather than by picocli so that they print as JSON errors too.
        if (out == null) return CliErrors.argument("give the file to write with --out FILE");
        if (all && snapshot != null) return CliErrors.argument("--snapshot and --all exclude each other");
        Optional<ExportFormat> fmt = format != null ? ExportFormat.byName(format) : ExportFormat.byName(extension(out));
        if (fmt.isEmpty()) {
            return CliErrors.argument(format != null
                    ? "--format must be png, svg or pdf, not " + format
                    : "give --format png|svg|pdf (the extension of " + out + " does not say)");
        }
        if (dpi < 1 || dpi > 2400) return CliErrors.argument("--dpi must be between 1 and 2400, not " + dpi);
        Optional<ColorMap> map = Optional.empty();
        if (colormap != null) {
            map = ColorMap.byName(colormap);
            if (map.isEmpty()) {
                return CliErrors.argument("unknown colour map " + colormap + "; choose one of "
                        + String.join(", ", ColorMap.names()));
            }
        }
        Optional<int[]> head = Optional.empty();
        if (attention != null) {
            head = HeatmapRequest.parseHead(attention);
            if (head.isEmpty()) return CliErrors.argument("--attention takes LAYER.HEAD, e.g. 0.0, not " + attention);
            if (all || snapshot != null) {
                return CliErrors.argument("--attention draws one head; it does not combine with --snapshot or --all");
            }
        }
        HeatmapRequest request = new HeatmapRequest(snapshot == null ? -1 : snapshot, all, head, map);
        LoadedProgram program = LoadedProgram.load(file);
        if (program.failed()) return fail(program.errors());
        Optional<String> problem = request.problem(program.model());
        if (problem.isPresent()) return CliErrors.argument(problem.get());
        CommandInputs inputs = CommandInputs.parse(input == null ? List.of() : List.of(input),
                program.model().program().settings());
        if (!inputs.errors().isEmpty()) return fail(inputs.errors());
        List<Value> values = inputs.runs().get(0);
        try {
            ForwardTrace trace = ForwardPass.run(program.model(), values);
            Figure figure = request.figure(program.name(), program.model(), trace);
            FigureExport.write(figure, fmt.get(), out, dpi);
        } catch (IOException e) {
            return CliErrors.argument("cannot write " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return CliErrors.argument(e.getMessage());
        }
        return Written.print(List.of(out));
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
