package org.raspworkbench.ui.figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * export leaves the folder as it was.
 */
public final class CircuitsExport {
    public static final String JSON = "circuits.json";

    private CircuitsExport() {
    }

    /** Writes the files and returns their paths, JSON first. */
    public static List<Path> write(String program, ModelCircuits circuits, Path dir, ExportFormat format, int dpi)
            throws IOException {
        String ext = "." + format.name().toLowerCase(java.util.Locale.ROOT);
        try (AtomicFiles.Batch files = AtomicFiles.newBatch()) {
            files.stage(dir.resolve(JSON), out -> out.write(CircuitsJson.document(program, circuits).getBytes(StandardCharsets.UTF_8)));
            for (HeadGrids h : circuits.heads()) {
                String base = h.name() + "-" + safe(h.sop().name());
                files.stage(dir.resolve(base + "-qk" + ext), out -> FigureExport.write(FigureSheet.of(CircuitFigures.qk(program, h)),
                        format, out, dpi, PrintSize.NATURAL));
                files.stage(dir.resolve(base + "-ov" + ext), out -> FigureExport.write(FigureSheet.of(CircuitFigures.ov(program, h)),
                        format, out, dpi, PrintSize.NATURAL));
            }
            for (MlpTable t : circuits.mlps()) {
                files.stage(dir.resolve("L" + t.layer() + "-mlp-" + safe(t.sop().name()) + ext),
                        out -> FigureExport.write(CircuitFigures.mlp(program, t), format, out, dpi));
            }
            if (circuits.run().isPresent() && !circuits.attribution().isEmpty()) {
                files.stage(dir.resolve("attribution" + ext), out -> FigureExport.write(
                        CircuitFigures.attribution(program, circuits.attribution(), circuits.run().get().input()), format, out, dpi));
            }
            return files.commit();
        }
    }

    /** An S-op name as a file-name part: letters, digits, {@code _} and {@code -} kept, the rest {@code _}. */
    static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
