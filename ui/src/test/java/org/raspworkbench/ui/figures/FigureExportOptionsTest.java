package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/** Export sizes in mm and inches, label size in points, the bundled font, chosen snapshots, rows and heads. */
class FigureExportOptionsTest {
    private static final Path OUT = Paths.get("target", "figures", "options");

    @BeforeAll
    static void headless() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(OUT);
    }

    @Test
    void widthInMillimetresGivesThePixelsOfThatWidthAtTheDpi() throws Exception {
        Path png = OUT.resolve("85mm-300dpi.png");
        PrintSize size = PrintSize.NATURAL.withWidth(Length.mm(85));
        FigureExport.write(FigureSheet.of(FigureSamples.strip()), ExportFormat.PNG, png, 300, size);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(85 / 25.4 * 300));
        Path small = OUT.resolve("85mm-150dpi.png");
        FigureExport.write(FigureSheet.of(FigureSamples.strip()), ExportFormat.PNG, small, 150, size);
        assertThat(ImageIO.read(small.toFile()).getWidth()).isEqualTo((int) Math.round(85 / 25.4 * 150));
    }

    @Test
    void widthAndHeightInInchesGiveThePdfPageInPoints() throws Exception {
        Path pdf = OUT.resolve("3.5x2in.pdf");
        PrintSize size = PrintSize.NATURAL.withWidth(Length.inches(3.5)).withHeight(Length.inches(2));
        FigureExport.write(FigureSheet.of(FigureSamples.heatmap()), ExportFormat.PDF, pdf, 300, size);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(3.5f * 72, within(0.5f));
            assertThat(page.getHeight()).isCloseTo(2f * 72, within(0.5f));
        }
        Path png = OUT.resolve("3.5x2in.png");
        FigureExport.write(FigureSheet.of(FigureSamples.heatmap()), ExportFormat.PNG, png, 200, size);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(700);
        assertThat(image.getHeight()).isEqualTo(400);
    }

    /** Without a height the figure is as tall as its rows need at that width; the old default gave sat3 20.7 in. */
    @Test
    void heightFollowsTheRowsWhenOnlyTheWidthIsGiven() {
        FigureSheet sheet = FigureSheet.of(FigureSamples.heatmap());
        java.awt.Dimension natural = FigureExport.pageSize(sheet, PrintSize.NATURAL);
        assertThat(natural).isEqualTo(FigureRenderer.preferredSize(FigureSamples.heatmap()));
        java.awt.Dimension wide = FigureExport.pageSize(sheet, PrintSize.NATURAL.withWidth(Length.mm(170)));
        assertThat(wide.width).isEqualTo((int) Math.round(170 / 25.4 * 96));
        assertThat(wide.height).isCloseTo(natural.height, within(3));
        java.awt.Dimension bigFont = FigureExport.pageSize(sheet, PrintSize.NATURAL.withWidth(Length.mm(170)).withFontPt(16.5));
        assertThat(bigFont.height).isCloseTo(2 * natural.height, within(6));
    }

    @Test
    void labelsPrintAtTheChosenPointSizeInTheEmbeddedBundledFont() throws Exception {
        Path pdf = OUT.resolve("9pt.pdf");
        PrintSize size = PrintSize.NATURAL.withWidth(Length.mm(120)).withFontPt(9);
        FigureExport.write(FigureSheet.of(FigureSamples.heatmap()), ExportFormat.PDF, pdf, 300, size);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<float[]> labelSizes = new ArrayList<>();
            List<float[]> titleSizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    // The text rendering matrix holds font size, text matrix and the page's scaling.
                    float pt = positions.get(0).getYScale();
                    if (text.contains("tokens:BOS")) labelSizes.add(new float[] {pt});
                    if (text.contains("length: residual")) titleSizes.add(new float[] {pt});
                }
            };
            stripper.getText(doc);
            assertThat(labelSizes).isNotEmpty();
            assertThat(labelSizes.get(0)[0]).isCloseTo(9f, within(0.05f));
            assertThat(titleSizes.get(0)[0]).isCloseTo(9f * 14 / 11, within(0.05f));
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty();
            for (PDFont f : fonts) {
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                assertThat(f.getName()).contains("DejaVuSans");
            }
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("DejaVuSans-Bold"))
                    .anyMatch(n -> n.endsWith("DejaVuSans-Oblique"));
        }
    }

    @Test
    void svgTextUsesTheBundledFontFamily() throws Exception {
        Path svg = OUT.resolve("strip-80mm.svg");
        FigureExport.write(FigureSheet.of(FigureSamples.strip()), ExportFormat.SVG, svg, 96,
                PrintSize.NATURAL.withWidth(Length.mm(80)));
        String text = Files.readString(svg);
        Matcher families = Pattern.compile("font-family: ?([^;'\"]+)").matcher(text);
        int n = 0;
        while (families.find()) {
            n++;
            assertThat(families.group(1)).startsWith("DejaVu Sans,");
        }
        assertThat(n).isPositive();
        Matcher width = Pattern.compile("<svg[^>]* width=['\"]([0-9.]+)(px)?['\"]").matcher(text);
        assertThat(width.find()).isTrue();
        assertThat(Double.parseDouble(width.group(1))).isCloseTo(80 / 25.4 * 96, within(1.0));
    }

    @Test
    void chosenSnapshotsAndRowsMakeTheFigure() throws Exception {
        List<BasisDirection> residual = List.of(new BasisDirection("indices", IntValue.of(0)),
                new BasisDirection("indices", IntValue.of(1)), BasisDirection.of("one"),
                new BasisDirection("length", IntValue.of(2)), new BasisDirection("length", IntValue.of(3)));
        List<double[][]> snapshots = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            double[][] s = new double[3][5];
            for (double[] p : s) p[2] = 1;
            s[1][3] = k;
            snapshots.add(s);
        }
        List<Value> input = List.of(IntValue.of(1), IntValue.of(2));
        List<Integer> rows = ResidualSelection.rowsOf(residual, Set.of("length"), Set.of("one"));
        assertThat(rows).containsExactly(2, 3, 4);
        Emphasis shown = new Emphasis(Optional.of("indices"), Set.of(0, 3));
        Figure f = TraceFigures.residual("prog", residual, input, "BOS", snapshots,
                new ResidualSelection(List.of(1, 4), rows), new Scale(ColorMap.VIRIDIS, 0, 4), shown);
        SnapshotStrip strip = (SnapshotStrip) f;
        assertThat(strip.snapshots()).extracting(SnapshotValues::name).containsExactly("after attn 0", "after mlp 1");
        assertThat(strip.groups()).extracting(DirectionGroup::sop).containsExactly("one", "length");
        assertThat(strip.snapshots().get(1).values()[1]).containsExactly(1, 4, 0);
        // The selected group is not shown any more; the written row 3 is now the figure's row 1.
        assertThat(strip.emphasis().selectedSop()).isEmpty();
        assertThat(strip.emphasis().writtenDirections()).containsExactly(1);
        Figure one = TraceFigures.residual("prog", residual, input, "BOS", snapshots,
                new ResidualSelection(List.of(2), ResidualSelection.allRows(5)), new Scale(ColorMap.VIRIDIS, 0, 4),
                Emphasis.NONE);
        assertThat(((ResidualHeatmap) one).snapshot().name()).isEqualTo("after mlp 0");
        assertThatThrownBy(() -> TraceFigures.residual("prog", residual, input, "BOS", snapshots,
                new ResidualSelection(List.of(9), rows), new Scale(ColorMap.VIRIDIS, 0, 1), Emphasis.NONE))
                .hasMessageContaining("snapshot 9 does not exist");
    }

    @Test
    void headsOfALayerExportAsAGrid() throws Exception {
        List<AttentionPattern> heads = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            heads.add(new AttentionPattern("prog L1.H" + h + ": s" + h, FigureSamples.POSITIONS, FigureSamples.POSITIONS,
                    FigureSamples.attention().weights()));
        }
        FigureSheet sheet = FigureSheet.grid(heads);
        assertThat(sheet.columns()).isEqualTo(3);
        Path svg = OUT.resolve("heads-grid.svg");
        FigureExport.write(sheet, ExportFormat.SVG, svg, 96, PrintSize.NATURAL.withWidth(Length.mm(170)));
        assertThat(Files.readString(svg)).contains(">prog L1.H0: s0<", ">prog L1.H1: s1<", ">prog L1.H2: s2<");
        Path png = OUT.resolve("heads-grid.png");
        FigureExport.write(sheet, ExportFormat.PNG, png, 150, PrintSize.NATURAL.withWidth(Length.mm(170)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(170 / 25.4 * 150));
        SheetLayout layout = SheetLayout.of(sheet, PrintSize.NATURAL.withWidth(Length.mm(170)));
        FigureLayout cells = FigureLayout.fit(Grid.of(heads.get(0)), layout.cellWidth, layout.cellHeight);
        assertThat(cells.cellHeight).as("attention cells stay square").isCloseTo(cells.cellWidth, within(0.5));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(layout.pageHeight * 150 / 96));
        FigureSheet two = new FigureSheet(List.copyOf(heads), 2);
        assertThat(two.rows()).isEqualTo(2);
        assertThat(FigureExport.pageSize(two, PrintSize.NATURAL).height)
                .isGreaterThan(FigureExport.pageSize(sheet, PrintSize.NATURAL).height * 2 - 10);
    }

    /** sat3's title ran off an 85 mm figure: a narrow export drops the input from the title, then cuts it. */
    @Test
    void titlesFitNarrowFigures() throws Exception {
        ResidualHeatmap h = FigureSamples.heatmap();
        ResidualHeatmap titled = new ResidualHeatmap(h.title() + " on [1, 2, 3, 1, 2, 3, 1, 2, 3]", h.positions(), h.groups(),
                h.snapshot(), h.scale(), h.emphasis());
        Path wide = OUT.resolve("title-wide.svg");
        FigureExport.write(FigureSheet.of(titled), ExportFormat.SVG, wide, 96, PrintSize.NATURAL.withWidth(Length.mm(170)));
        assertThat(Files.readString(wide)).contains(">length: residual after mlp 0 on [1, 2, 3, 1, 2, 3, 1, 2, 3]<");
        Path narrow = OUT.resolve("title-narrow.svg");
        FigureExport.write(FigureSheet.of(titled), ExportFormat.SVG, narrow, 96, PrintSize.NATURAL.withWidth(Length.mm(75)));
        assertThat(Files.readString(narrow)).contains(">length: residual after mlp 0<").doesNotContain(" on [1, 2");
        assertThat(TitleFit.shortest("sat3_verifier L1.H3: averaged_2", 230)).isEqualTo("L1.H3: averaged_2");
        assertThat(TitleFit.shortest("sat3_verifier: residual after mlp 1 on [0, 1, 0, 1]", 200))
                .isEqualTo("residual after mlp 1");
        String cut = TitleFit.shortest("a very long program name: residual after mlp 12", 80);
        assertThat(cut).endsWith("\u2026");
        assertThat(FigureStyle.width(FigureStyle.TITLE, cut)).isLessThanOrEqualTo(80);
    }

    @Test
    void lengthsParseAndSizesValidate() {
        assertThat(Length.parse("85mm")).contains(Length.mm(85));
        assertThat(Length.parse(" 3.5 in")).contains(Length.inches(3.5));
        assertThat(Length.parse("85")).isEmpty();
        assertThat(Length.parse("0mm")).isEmpty();
        assertThat(Length.parse("-2in")).isEmpty();
        assertThat(Length.mm(25.4).toInches()).isCloseTo(1, within(1e-12));
        assertThatThrownBy(() -> PrintSize.NATURAL.withFontPt(1)).hasMessageContaining("between 2 and 72 pt");
        assertThatThrownBy(() -> FigureExport.pageSize(FigureSheet.of(FigureSamples.strip()),
                PrintSize.NATURAL.withWidth(Length.mm(5)).withFontPt(40))).hasMessageContaining("wider figure");
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        collect(doc.getPage(0).getResources(), out);
        return out;
    }

    /** Fonts of a page and of the form XObjects it draws (PdfBoxGraphics2D draws into a form). */
    private static void collect(PDResources resources, List<PDFont> out) throws IOException {
        if (resources == null) return;
        for (COSName n : resources.getFontNames()) out.add(resources.getFont(n));
        for (COSName n : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(n);
            if (x instanceof PDFormXObject form) collect(form.getResources(), out);
        }
    }
}
