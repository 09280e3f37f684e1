package org.raspworkbench.app.export;

import org.raspworkbench.app.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.export.NumpyReader;
import org.raspworkbench.core.export.TransformerLensWeights;

/** The export commands on a sample program, end to end and headless. */
class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void weightsWritesTheExportDirectory() throws Exception {
        Path out = dir.resolve("reverse");
        Cli run = Cli.run("export", "weights", Cli.sample("reverse").toString(), "--out", out.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(out.resolve("weights.npz")).isRegularFile();
        JsonNode config = new ObjectMapper().readTree(out.resolve("config.json").toFile());
        TransformerLensWeights w = TransformerLensWeights.fromStateDict(NumpyReader.readNpz(out.resolve("weights.npz")), false);
        assertThat(w.config().dModel()).isEqualTo(config.get("d_model").asInt());
        JsonNode vocab = new ObjectMapper().readTree(out.resolve("vocab.json").toFile());
        assertThat(vocab.get("output_values").size()).isEqualTo(w.config().dVocabOut());
        assertThat(Files.readString(out.resolve("README.md"))).contains("assert logits[1:].argmax(-1).tolist()");
    }

    @Test
    void heatmapOfTheLastSnapshotAsPng() throws Exception {
        Path png = dir.resolve("reverse.png");
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--format", "png",
                "--dpi", "150", "--out", png.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(ImageIO.read(png.toFile())).isNotNull();
    }

    @Test
    void stripAsSvgKeepsLabelsAsText() throws Exception {
        Path svg = dir.resolve("strip.svg");
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--all",
                "--input", "\"abc\"", "--format", "svg", "--colormap", "rdbu", "--out", svg.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(svg.toFile());
        assertThat(Files.readString(svg)).contains(">tokens:a<", ">after mlp 0<", ">embeddings<");
    }

    @Test
    void attentionAsPdf() throws Exception {
        Path pdf = dir.resolve("attn.pdf");
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--attention", "0.0",
                "--format", "pdf", "--out", pdf.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("L0.H0", "BOS");
        }
    }

    @Test
    void snapshotOutOfRangeIsAnError() throws Exception {
        Cli run = Cli.run("export", "heatmap", Cli.sample("reverse").toString(), "--snapshot", "99",
                "--format", "png", "--out", dir.resolve("x.png").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("snapshots 0..");
    }

    @Test
    void programErrorsComeAsJson() throws Exception {
        Path bad = dir.resolve("bad.rasp");
        Files.writeString(bad, "set vocab {1,2};\nx = map(lambda t: t + , tokens);\noutput x;\n");
        Cli run = Cli.run("export", "weights", bad.toString(), "--out", dir.resolve("o").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(run.out()).get("errors").get(0).get("range").get("start").get("line").asInt())
                .isEqualTo(2);
    }
}
