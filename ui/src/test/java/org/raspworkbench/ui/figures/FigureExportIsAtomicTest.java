package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export replaces the previous file instead of rewriting it in place: a viewer that has the old
 * file open (here: a second hard link to it) keeps a whole old figure, never a half-written one.
 */
class FigureExportIsAtomicTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void everyFormatReplacesTheFileInsteadOfWritingIntoIt() throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("figure." + format.name().toLowerCase(java.util.Locale.ROOT));
            Files.writeString(file, "previous export");
            Path openByAViewer = dir.resolve("viewer-" + file.getFileName());
            Files.createLink(openByAViewer, file);

            FigureExport.write(FigureSamples.heatmap(), format, file, 96);

            assertThat(new String(Files.readAllBytes(openByAViewer), java.nio.charset.StandardCharsets.ISO_8859_1)).as(format.name()).isEqualTo("previous export");
            assertThat(Files.size(file)).as(format.name()).isGreaterThan(100);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
