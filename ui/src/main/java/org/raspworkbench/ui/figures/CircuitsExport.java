package org.raspworkbench.ui.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.circuits.CircuitsJson;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.circuits.ModelCircuits;
import org.raspworkbench.core.files.AtomicFiles;

/**
 * Writes every circuit figure of a model into a folder, with {@code circuits.json} beside them:
 * {@code L0.H1-SOP-qk.EXT} and {@code -ov.EXT} per head, {@code L2-mlp-SOP.EXT} per MLP,
 * {@code attribution.EXT} for the run, all staged and renamed into place together, so a failed
 * export leaves the folder as it was. Grids too big for a vector file are left out of SVG and PDF
 * exports and reported.
 */
public final class CircuitsExport {
    public static final String JSON = "circuits.json";

    private CircuitsExport() {
    }

    /**
     * A grid with more cells than this is not drawn as SVG or PDF (one vector rectangle per cell would
     * make a file of hundreds of megabytes); PNG draws it, and circuits.json holds its matrix.
     */
    public static final long MAX_VECTOR_CELLS = 250_000;

    /** What was written, and the figures left out with the reason. */
    public record Result(List<Path> written, List<Skipped> skipped) {
        public Result {
            written = List.copyOf(written);
            skipped = List.copyOf(skipped);
        }
    }

    public record Skipped(Path file, String reason) {
    }

    /** Writes the files at their natural size and returns their paths, JSON first. */
    public static Result write(String program, ModelCircuits circuits, Path dir, ExportFormat format, int dpi)
            throws IOException {
        return write(program, circuits, dir, format, dpi, PrintSize.NATURAL);
    }

    /** As above, each figure at {@code size} (a grid as a sheet of one, a chart scaled to it). */
    public static Result write(String program, ModelCircuits circuits, Path dir, ExportFormat format, int dpi,
                               PrintSize size) throws IOException {
        String ext = "." + format.name().toLowerCase(java.util.Locale.ROOT);
        List<Skipped> skipped = new ArrayList<>();
        try (AtomicFiles.Batch files = AtomicFiles.newBatch()) {
            files.stage(dir.resolve(JSON), out -> CircuitsJson.write(out, program, circuits));
            for (HeadGrids h : circuits.heads()) {
                String base = h.name() + "-" + safe(h.sop().name());
                for (CircuitGrid grid : List.of(CircuitFigures.qk(program, h), CircuitFigures.ov(program, h))) {
                    Path file = dir.resolve(base + (grid.title().endsWith("QK") ? "-qk" : "-ov") + ext);
                    long cells = (long) grid.rows().size() * grid.columns().size();
                    if (format != ExportFormat.PNG && cells > MAX_VECTOR_CELLS) {
                        skipped.add(new Skipped(file, grid.rows().size() + " x " + grid.columns().size()
                                + " cells are too many for a vector file; export PNG, or read the matrix in " + JSON));
                        continue;
                    }
                    files.stage(file, out -> FigureExport.write(FigureSheet.of(grid), format, out, dpi, size));
                }
            }
            for (MlpTable t : circuits.mlps()) {
                files.stage(dir.resolve("L" + t.layer() + "-mlp-" + safe(t.sop().name()) + ext),
                        out -> FigureExport.write(CircuitFigures.mlp(program, t), format, out, dpi, size));
            }
            if (circuits.run().isPresent() && !circuits.attribution().isEmpty()) {
                files.stage(dir.resolve("attribution" + ext), out -> FigureExport.write(
                        CircuitFigures.attribution(program, circuits.attribution(), circuits.run().get().input()), format, out, dpi,
                        size));
            }
            return new Result(files.commit(), skipped);
        }
    }

    /** An S-op name as a file-name part: letters, digits, {@code _} and {@code -} kept, the rest {@code _}. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
