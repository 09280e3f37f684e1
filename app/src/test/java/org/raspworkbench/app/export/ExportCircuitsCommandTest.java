package org.raspworkbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.app.Cli;

/** {@code rasp export circuits} and {@code rasp export weights --ground-truth}, end to end and headless. */
class ExportCircuitsCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryHeadMlpAndTheAttributionWithTheJson() throws Exception {
        Path out = dir.resolve("sort");
        Cli run = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", out.toString(), "--dpi", "72");
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.resolve("circuits.json").toFile());
        int heads = json.get("heads").size();
        int mlps = json.get("mlps").size();
        assertThat(heads).isEqualTo(2);
        assertThat(mlps).isEqualTo(2);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png"))).hasSize(2 * heads + mlps + 1);
        }
        assertThat(ImageIO.read(out.resolve("L2.H0-sort-qk.png").toFile())).isNotNull();
        assertThat(ImageIO.read(out.resolve("L1-mlp-target_pos.png").toFile())).isNotNull();
        assertThat(ImageIO.read(out.resolve("attribution.png").toFile())).isNotNull();
        assertThat(new ObjectMapper().readTree(run.out()).get("written").size()).isEqualTo(2 * heads + mlps + 2);
    }

    @Test
    void pdfKeepsTheLabelsAsTextAndAnInputIsAttributed() throws Exception {
        Path out = dir.resolve("pdf");
        Cli run = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", out.toString(), "--format", "pdf",
                "--input", "[5, 4, 3]");
        assertThat(run.exit()).as(run.out()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.resolve("L1-mlp-target_pos.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("model", "program", "step at");
        }
        JsonNode json = new ObjectMapper().readTree(out.resolve("circuits.json").toFile());
        assertThat(json.get("attribution").get("input").toString()).isEqualTo("[5,4,3]");
    }

    @Test
    void withoutOutOrWithABadInputNothingIsWritten() throws Exception {
        Cli noOut = Cli.run("export", "circuits", Cli.sample("sort").toString());
        assertThat(noOut.exit()).isEqualTo(2);
        assertThat(noOut.out()).contains("--out DIR");
        Path out = dir.resolve("bad");
        Cli badInput = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", out.toString(), "--input", "[9]");
        assertThat(badInput.exit()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(badInput.out()).get("errors")).isNotEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aPaperWidthSizesEveryFigure() throws Exception {
        Path out = dir.resolve("paper");
        Cli run = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", out.toString(), "--width", "60mm",
                "--dpi", "300");
        assertThat(run.exit()).as(run.out()).isZero();
        int want = (int) Math.round(60 / 25.4 * 300);
        for (String f : new String[] {"L2.H0-sort-ov.png", "L1-mlp-target_pos.png", "attribution.png"}) {
            assertThat(ImageIO.read(out.resolve(f).toFile()).getWidth()).as(f).isBetween(want - 2, want + 2);
        }
        Cli bad = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", out.toString(), "--width", "wide");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains("--width takes a length");
    }

    @Test
    void aGridTooBigForAVectorFileIsLeftOutAndSaidSo() throws Exception {
        // sort at n = 32: its selector width's QK grid has 1024 x 1025 cells
        StringBuilder vocab = new StringBuilder();
        for (int i = 1; i <= 32; i++) vocab.append(i == 1 ? "" : ", ").append(i);
        Path program = dir.resolve("sort32.rasp");
        Files.writeString(program, Files.readString(Cli.sample("sort")).replace("set vocab [1, 2, 3, 4, 5];", "set vocab [" + vocab + "];")
                .replace("set max_seq_len 5;", "set max_seq_len 32;").replace("n = 5;", "n = 32;"));
        Path out = dir.resolve("svg");
        Cli run = Cli.run("export", "circuits", program.toString(), "--out", out.toString(), "--format", "svg");
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode answer = new ObjectMapper().readTree(run.out());
        assertThat(answer.get("skipped")).hasSize(1);
        assertThat(answer.get("skipped").get(0).get("file").asText()).endsWith("L1.H0-target_pos-qk.svg");
        assertThat(answer.get("skipped").get(0).get("reason").asText()).contains("1024 x 1025", "circuits.json");
        assertThat(out.resolve("L1.H0-target_pos-qk.svg")).doesNotExist();
        assertThat(out.resolve("L1.H0-target_pos-ov.svg")).isRegularFile();
    }

    @Test
    void aBadFormatIsAnArgumentError() {
        Cli run = Cli.run("export", "circuits", Cli.sample("sort").toString(), "--out", dir.toString(), "--format", "gif");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("--format must be png, svg or pdf");
    }

    @Test
    void weightsWithGroundTruth() throws Exception {
        Path out = dir.resolve("w");
        Cli run = Cli.run("export", "weights", Cli.sample("sat3_verifier").toString(), "--out", out.toString(), "--ground-truth");
        assertThat(run.exit()).as(run.out()).isZero();
        JsonNode gt = new ObjectMapper().readTree(out.resolve("ground_truth.json").toFile());
        assertThat(gt.get("output").asText()).isEqualTo("satisfied");
        assertThat(gt.get("heads").size()).isPositive();
        assertThat(Files.readString(out.resolve("README.md"))).contains("## Ground truth");
    }
}
