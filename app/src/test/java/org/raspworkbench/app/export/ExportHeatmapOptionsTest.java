package org.raspworkbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.app.Cli;

/** {@code rasp export heatmap}'s paper options: size, font size, chosen snapshots, rows and heads. */
class ExportHeatmapOptionsTest {
    @TempDir
    Path dir;

    @Test
    void widthInMillimetresAtADpiGivesThatManyPixels() throws Exception {
        Path png = dir.resolve("reverse.png");
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--width", "85mm", "--dpi", "300",
                "--font-size", "7", "--out", png.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(85 / 25.4 * 300));
    }

    @Test
    void chosenSnapshotsAndSopsAreAllTheFigureShows() throws Exception {
        Path svg = dir.resolve("part.svg");
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--snapshots", "0,4",
                "--sops", "opp_idx", "--rows", "one", "--out", svg.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains(">embeddings<", ">after mlp 1<", ">one<", ">opp_idx:0<")
                .doesNotContain(">after attn 0<", ">tokens:a<", ">indices:0<", ">reverse:a<");
    }

    @Test
    void headsOfALayerAsAGridInAPdfOfTheAskedSize() throws Exception {
        Path pdf = dir.resolve("heads.pdf");
        Cli run = Cli.run("export", "heatmap", Cli.sample("sort").toString(), "--attention", "1,2",
                "--width", "7in", "--height", "3in", "--out", pdf.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(7 * 72f, within(0.5f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(3 * 72f, within(0.5f));
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("L1.H0", "L2.H0");
        }
    }

    @Test
    void badSizesAndHeadsAreArgumentErrors() throws Exception {
        String prog = Cli.sample("reverse").toString();
        String out = dir.resolve("x.png").toString();
        assertError(Cli.run("export", "heatmap", prog, "--width", "85", "--out", out), "85mm or 3.5in");
        assertError(Cli.run("export", "heatmap", prog, "--font-size", "1", "--out", out), "between 2 and 72 pt");
        assertError(Cli.run("export", "heatmap", prog, "--attention", "0.x", "--out", out), "LAYER.HEAD or LAYER");
        assertError(Cli.run("export", "heatmap", prog, "--attention", "7", "--out", out), "layers 0..");
        assertError(Cli.run("export", "heatmap", prog, "--sops", "nope", "--out", out), "nope", "opp_idx");
        assertError(Cli.run("export", "heatmap", prog, "--rows", "tokens:z", "--out", out), "tokens:z");
        assertError(Cli.run("export", "heatmap", prog, "--snapshots", "0,99", "--out", out), "snapshots 0..");
        assertError(Cli.run("export", "heatmap", prog, "--columns", "2", "--out", out), "--columns");
    }

    private static void assertError(Cli run, String... parts) throws Exception {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(run.out()).get("errors").get(0).get("message").asText()).contains(parts);
    }
}
