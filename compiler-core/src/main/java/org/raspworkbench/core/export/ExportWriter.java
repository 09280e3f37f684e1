package org.raspworkbench.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.files.AtomicFiles;
import org.raspworkbench.core.model.CompiledModel;

/**
 * Writes an export directory: {@code weights.npz}, {@code config.json}, {@code vocab.json},
 * {@code README.md}, and when asked {@code ground_truth.json}. All of them are written to temporary
 * files in the folder first and renamed into
 * place only when every one is complete, so a failed, cancelled or interrupted export leaves the
 * previous export (or nothing) behind, never a truncated {@code weights.npz} beside a
 * {@code config.json} of another model.
 */
public final class ExportWriter {
    public static final String WEIGHTS = "weights.npz";
    public static final String CONFIG = "config.json";
    public static final String VOCAB = "vocab.json";
    public static final String README = "README.md";
    public static final String GROUND_TRUTH = "ground_truth.json";

    private ExportWriter() {
    }

    /** Writes the four files into {@code dir} (created if missing) and returns their paths. */
    public static List<Path> write(TransformerLensExport export, Path dir, DType dtype) throws IOException {
        return write(export, dir, dtype, ExportListener.NONE);
    }

    /**
     * As above, telling {@code listener} how many array values are written; a cancelled export
     * throws {@link java.util.concurrent.CancellationException} and changes nothing in {@code dir}.
     */
    public static List<Path> write(TransformerLensExport export, Path dir, DType dtype, ExportListener listener)
            throws IOException {
        return write(export, Optional.empty(), dir, dtype, listener);
    }

    /**
     * As above; with {@code groundTruthOf} (the model the export was made from) also
     * {@code ground_truth.json}, which the README then shows how to use.
     */
    public static List<Path> write(TransformerLensExport export, Optional<CompiledModel> groundTruthOf, Path dir, DType dtype,
                                   ExportListener listener) throws IOException {
        try (AtomicFiles.Batch files = AtomicFiles.newBatch()) {
            files.stage(dir.resolve(CONFIG), out -> out.write(ExportJson.config(export.modelName(), export.config())
                    .getBytes(StandardCharsets.UTF_8)));
            files.stage(dir.resolve(VOCAB), out -> out.write(ExportJson.vocab(export.vocab()).getBytes(StandardCharsets.UTF_8)));
            files.stage(dir.resolve(README), out -> out.write(ExportReadme.text(export, dtype, groundTruthOf.isPresent())
                    .getBytes(StandardCharsets.UTF_8)));
            if (groundTruthOf.isPresent()) {
                files.stage(dir.resolve(GROUND_TRUTH), out -> out.write(GroundTruthJson.document(export.modelName(),
                        groundTruthOf.get()).getBytes(StandardCharsets.UTF_8)));
            }
            files.stage(dir.resolve(WEIGHTS), out -> NpzFormat.write(out, export.stateDict(), dtype, listener));
            files.commit();
            List<Path> written = new java.util.ArrayList<>(List.of(dir.resolve(WEIGHTS), dir.resolve(CONFIG),
                    dir.resolve(VOCAB), dir.resolve(README)));
            if (groundTruthOf.isPresent()) written.add(dir.resolve(GROUND_TRUTH));
            return List.copyOf(written);
        }
    }
}
