package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of sort n = 64's first MLP (4096 rows) as a PNG: at the dialog's 300 DPI it is past the
 * pixel limit, and the message must say which DPI does fit (it said "choose a lower DPI" and left
 * the user to guess), and that DPI must fit.
 */
class TallChartExportTest {
    @TempDir
    Path dir;

    @Test
    void aPngTooLargeAtTheDpiAskedSaysTheLargestDpiThatFits() throws Exception {
        List<FunctionTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < 4096; i++) {
            rows.add(new FunctionTable.Row(List.of(String.valueOf(i / 64 + 1), String.valueOf(i % 64),
                    String.valueOf(i / 64 + 1 + (i % 64) / 64.0), String.valueOf(i / 64 + 1 + (i % 64) / 64.0)),
                    FunctionTable.Mark.AGREES));
        }
        FunctionTable table = new FunctionTable("sort64 L0 MLP: keys (sequence map)", List.of("tokens", "indices", "model",
                "program"), rows, List.of());
        Path file = dir.resolve("table.png");
        String message = "";
        try {
            FigureExport.write(table, ExportFormat.PNG, file, 300);
        } catch (IllegalArgumentException e) {
            message = e.getMessage();
        }
        assertThat(message).contains("too large");
        Matcher m = Pattern.compile("at most (\\d+) DPI").matcher(message);
        assertThat(m.find()).as("the message names a DPI that fits: " + message).isTrue();
        int dpi = Integer.parseInt(m.group(1));
        assertThat(dpi).isBetween(1, 299);
        // That DPI fits (drawing it would take 600 MB, so the size is checked, not drawn) and one more does not.
        java.awt.Dimension d = ChartRenderer.preferredSize(table);
        double scale = dpi / SheetLayout.UNITS_PER_INCH;
        assertThat(Math.round(d.width * scale) * Math.round(d.height * scale)).isLessThanOrEqualTo(FigureExport.MAX_PIXELS);
        assertThat(Files.exists(file)).isFalse();
        assertThatThrownBy(() -> FigureExport.write(table, ExportFormat.PNG, new ByteArrayOutputStream(), dpi + 1))
                .hasMessageContaining("too large");
    }
}
