package org.raspworkbench.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.app.CommandInputs;
import org.raspworkbench.app.JsonCommand;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.FigureExport;
import org.raspworkbench.ui.figures.FigureSheet;
import org.raspworkbench.ui.figures.PrintSize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp export heatmap FILE [--input JSON] [--snapshot K | --snapshots K,K | --all] [--sops
 * NAMES] [--rows LABELS] [--attention L.H|L,...] [--columns N] [--width 85mm] [--height 2in]
 * [--font-size PT] --format png|svg|pdf [--dpi N] [--colormap NAME] --out FILE}: the IDE's figures,
 * drawn by the same code, without a display, sized for a paper.
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

    @Option(names = "--snapshots", paramLabel = "K,K,...", description = "several snapshots side by side, in this order")
    String snapshots;

    @Option(names = "--all", description = "all snapshots side by side")
    boolean all;

    @Option(names = "--sops", paramLabel = "NAME,...", description = "only the residual rows of these S-ops (with --rows: both)")
    String sops;

    @Option(names = "--rows", paramLabel = "LABEL,...", description = "only these residual rows, labelled as in the figure, e.g. tokens:a,one")
    String rows;

    @Option(names = "--attention", paramLabel = "L.H|L,...",
            description = "attention patterns: head H of layer L, or every head layer L uses; several in a grid")
    String attention;

    @Option(names = "--columns", paramLabel = "N", description = "heads side by side in an attention grid (default: up to 4)")
    Integer columns;

    @Option(names = "--width", paramLabel = "LENGTH", description = "printed width, e.g. 85mm or 3.5in (default: natural size)")
    String width;

    @Option(names = "--height", paramLabel = "LENGTH", description = "printed height (default: what the rows need at that width)")
    String height;

    @Option(names = "--font-size", paramLabel = "PT",
            description = "label size in points; titles and axis names in proportion (default 8.25)")
    Double fontSize;

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
        List<HeatmapRequest.HeadChoice> heads = List.of();
        if (attention != null) {
            Optional<List<HeatmapRequest.HeadChoice>> parsed = HeatmapRequest.parseHeads(attention);
            if (parsed.isEmpty()) {
                return CliErrors.argument("--attention takes LAYER.HEAD or LAYER (every head it uses), comma-separated,"
                        + " e.g. 0.0 or 1 or 0.0,1.1; not " + attention);
            }
            if (all || snapshot != null || snapshots != null || sops != null || rows != null) {
                return CliErrors.argument("--attention draws heads; it does not combine with --snapshot, --snapshots,"
                        + " --all, --sops or --rows");
            }
            heads = parsed.get();
        }
        if (columns != null && (attention == null || columns < 1)) {
            return CliErrors.argument("--columns takes a positive number of heads side by side, with --attention");
        }
        List<Integer> chosen = new ArrayList<>();
        if (snapshot != null) chosen.add(snapshot);
        if (snapshots != null) {
            if (all || snapshot != null) return CliErrors.argument("--snapshots excludes --snapshot and --all");
            Optional<List<Integer>> parsed = HeatmapRequest.parseSnapshots(snapshots);
            if (parsed.isEmpty()) return CliErrors.argument("--snapshots takes whole numbers, e.g. 0,2,4; not " + snapshots);
            chosen.addAll(parsed.get());
        }
        Optional<PrintSize> size = printSize();
        if (size.isEmpty()) return 2;
        HeatmapRequest request = new HeatmapRequest(chosen, all, heads, map, HeatmapRequest.names(sops),
                HeatmapRequest.names(rows), columns == null ? 0 : columns);
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
            FigureSheet sheet = request.sheet(program.name(), program.model(), trace);
            FigureExport.write(sheet, fmt.get(), out, dpi, size.get());
        } catch (IOException e) {
            return CliErrors.argument("cannot write " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return CliErrors.argument(e.getMessage());
        }
        return Written.print(List.of(out));
    }

    /** The printed size from --width, --height and --font-size; empty (after printing the error) when one is wrong. */
    private Optional<PrintSize> printSize() {
        return PrintSizeOptions.parse(fontSize, width, height);
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }
}
