package org.raspworkbench.ui.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Files written headless open as PNG (with DPI), SVG and PDF, labels as text. Copies stay in target/figures. */
class FigureExportTest {
    private static final Path OUT = Paths.get("target", "figures");

    @BeforeAll
    static void headless() throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(OUT);
    }

    @Test
    void pngDecodesAndRecordsItsDpi() throws Exception {
        Path file = OUT.resolve("heatmap-300dpi.png");
        FigureExport.write(FigureSamples.heatmap(), ExportFormat.PNG, file, 300);
        BufferedImage image = ImageIO.read(file.toFile());
        java.awt.Dimension size = FigureRenderer.preferredSize(FigureSamples.heatmap());
        assertThat(image.getWidth()).isEqualTo(Math.round(size.width * 300 / 96.0));
        assertThat(pixelsPerMetre(file.toFile())).isEqualTo(Math.round(300 / 0.0254));
    }

    @Test
    void everyFigureKindExportsToPng() throws Exception {
        for (Figure f : new Figure[] {FigureSamples.strip(), FigureSamples.attention()}) {
            Path file = OUT.resolve((f instanceof SnapshotStrip ? "strip" : "attention") + ".png");
            FigureExport.write(f, ExportFormat.PNG, file, 96);
            assertThat(ImageIO.read(file.toFile())).isNotNull();
            assertThat(pixelsPerMetre(file.toFile())).isEqualTo(Math.round(96 / 0.0254));
        }
    }

    @Test
    void svgIsXmlWithLabelsAsText() throws Exception {
        Path file = OUT.resolve("strip.svg");
        FigureExport.write(FigureSamples.strip(), ExportFormat.SVG, file, 96);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The SVG 1.1 doctype names a DTD on the web; the test machine has no network.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) all.append(((Element) texts.item(i)).getTextContent()).append('\n');
        assertThat(all.toString()).contains("tokens:BOS", "length:3", "one", "frac", "BOS", "after mlp 0",
                "length: all snapshots", "position", "residual direction");
    }

    @Test
    void pdfLoadsWithLabelsAsText() throws Exception {
        Path file = OUT.resolve("heatmap.pdf");
        FigureExport.write(FigureSamples.heatmap(), ExportFormat.PDF, file, 96);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("tokens:BOS", "indices:2", "length:1", "BOS", "length: residual after mlp 0");
        }
    }

    @Test
    void attentionPdfCarriesItsTitle() throws Exception {
        Path file = OUT.resolve("attention.pdf");
        FigureExport.write(FigureSamples.attention(), ExportFormat.PDF, file, 96);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // "query" reads upwards; the stripper splits rotated text, so only upright labels are checked.
            assertThat(new PDFTextStripper().getText(doc)).contains("L0.H0: length", "key", "0.25");
        }
    }

    @Test
    void longTokensAreTurnedAndStillDecode() throws Exception {
        java.util.List<String> tokens = java.util.List.of("BOS", "(True, False)", "password", "x");
        double[][] w = new double[4][4];
        for (int q = 0; q < 4; q++) w[q][q] = 1;
        Path file = OUT.resolve("attention-long-tokens.png");
        FigureExport.write(new AttentionPattern("L1.H0: matched", tokens, tokens, w), ExportFormat.PNG, file, 144);
        assertThat(ImageIO.read(file.toFile())).isNotNull();
    }

    /** A model as wide as the 3-SAT verifier's, all snapshots: written at preferred size and squeezed small. */
    @Test
    void largeStripStaysReadableAndSqueezes() throws Exception {
        java.util.List<DirectionGroup> groups = new java.util.ArrayList<>();
        for (int g = 0; g < 30; g++) {
            java.util.List<String> labels = new java.util.ArrayList<>();
            for (int v = 0; v < 4; v++) labels.add("clause_" + g + ":" + (v % 2 == 0 ? "True" : "False" + v));
            groups.add(new DirectionGroup("clause_" + g, labels));
        }
        java.util.List<String> positions = java.util.List.of("BOS", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8");
        java.util.List<SnapshotValues> snaps = new java.util.ArrayList<>();
        java.util.Random rnd = new java.util.Random(1);
        for (int k = 0; k < 19; k++) {
            double[][] v = new double[9][120];
            for (double[] row : v) for (int d = 0; d < 120; d++) row[d] = rnd.nextInt(3) == 0 ? 1 : 0;
            snaps.add(new SnapshotValues(k == 0 ? "embeddings" : "after " + (k % 2 == 1 ? "attn " : "mlp ") + (k - 1) / 2, v));
        }
        SnapshotStrip strip = new SnapshotStrip("sat3: residual stream", positions, groups, snaps);
        FigureExport.write(strip, ExportFormat.PNG, OUT.resolve("large-strip.png"), 96);
        FigureExport.png(strip, OUT.resolve("large-strip-squeezed.png"), 96, 900, 500);
        FigureExport.write(strip, ExportFormat.PDF, OUT.resolve("large-strip.pdf"), 96);
        assertThat(ImageIO.read(OUT.resolve("large-strip-squeezed.png").toFile()).getWidth()).isEqualTo(900);
    }

    @Test
    void hugeImagesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> FigureExport.image(FigureSamples.strip(), 20000, 1000, 1000))
                .hasMessageContaining("lower DPI");
    }

    private static long pixelsPerMetre(File png) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(png)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Element root = (Element) meta.getAsTree("javax_imageio_png_1.0");
            Element phys = (Element) root.getElementsByTagName("pHYs").item(0);
            assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
            assertThat(phys.getAttribute("pixelsPerUnitYAxis")).isEqualTo(phys.getAttribute("pixelsPerUnitXAxis"));
            return Long.parseLong(phys.getAttribute("pixelsPerUnitXAxis"));
        }
    }
}
