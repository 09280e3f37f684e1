package org.raspworkbench.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes an export directory: {@code weights.npz}, {@code config.json}, {@code vocab.json}, {@code README.md}. */
public final class ExportWriter {
    public static final String WEIGHTS = "weights.npz";
    public static final String CONFIG = "config.json";
    public static final String VOCAB = "vocab.json";
    public static final String README = "README.md";

    private ExportWriter() {
    }

    /** Writes the four files into {@code dir} (created if missing) and returns their paths. */
    public static List<Path> write(TransformerLensExport export, Path dir, DType dtype) throws IOException {
        Files.createDirectories(dir);
        Path weights = dir.resolve(WEIGHTS);
        NpzFormat.write(weights, export.weights().stateDict(), dtype);
        Path config = dir.resolve(CONFIG);
        Files.writeString(config, ExportJson.config(export.modelName(), export.weights().config()), StandardCharsets.UTF_8);
        Path vocab = dir.resolve(VOCAB);
        Files.writeString(vocab, ExportJson.vocab(export.vocab()), StandardCharsets.UTF_8);
        Path readme = dir.resolve(README);
        Files.writeString(readme, ExportReadme.text(export, dtype), StandardCharsets.UTF_8);
        return List.of(weights, config, vocab, readme);
    }
}
