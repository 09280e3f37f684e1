package org.raspworkbench.app.export;

import org.raspworkbench.app.Cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in an export command prints JSON errors and exits with status 2. */
class ExportCommandErrorsTest {
    @TempDir
    Path dir;

    private static JsonNode firstError(Cli run) throws Exception {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode e = root.get("errors").get(0);
        assertThat(e.get("range").get("start").get("line").asInt()).isPositive();
        return e;
    }

    @Test
    void missingFile() throws Exception {
        JsonNode e = firstError(Cli.run("export", "weights", dir.resolve("nope.rasp").toString(), "--out",
                dir.resolve("x").toString()));
        assertThat(e.get("kind").asText()).isEqualTo("value");
        assertThat(e.get("message").asText()).contains("does not exist");
    }

    @Test
    void unknownDtype() throws Exception {
        JsonNode e = firstError(Cli.run("export", "weights", "p.rasp", "--out", dir.toString(), "--dtype", "int8"));
        assertThat(e.get("message").asText()).contains("float32 or float64");
    }

    @Test
    void unknownColourMap() throws Exception {
        JsonNode e = firstError(Cli.run("export", "heatmap", "p.rasp", "--format", "png", "--colormap", "jet",
                "--out", dir.resolve("a.png").toString()));
        assertThat(e.get("message").asText()).contains("jet", "viridis");
    }

    @Test
    void unknownFormat() throws Exception {
        JsonNode e = firstError(Cli.run("export", "heatmap", "p.rasp", "--out", dir.resolve("a.gif").toString()));
        assertThat(e.get("message").asText()).contains("--format");
    }

    @Test
    void attentionNeedsLayerDotHead() throws Exception {
        JsonNode e = firstError(Cli.run("export", "heatmap", "p.rasp", "--attention", "1.", "--out",
                dir.resolve("a.svg").toString()));
        assertThat(e.get("message").asText()).contains("LAYER.HEAD");
    }

    @Test
    void attentionDoesNotCombineWithAll() throws Exception {
        JsonNode e = firstError(Cli.run("export", "heatmap", "p.rasp", "--attention", "0.0", "--all", "--out",
                dir.resolve("a.svg").toString()));
        assertThat(e.get("message").asText()).contains("does not combine");
    }

    @Test
    void outIsRequired() throws Exception {
        assertThat(firstError(Cli.run("export", "weights", "p.rasp")).get("message").asText()).contains("--out");
        assertThat(firstError(Cli.run("export", "heatmap", "p.rasp", "--format", "png")).get("message").asText())
                .contains("--out");
    }

    @Test
    void snapshotAndAllExcludeEachOther() throws Exception {
        JsonNode e = firstError(Cli.run("export", "heatmap", "p.rasp", "--snapshot", "1", "--all", "--out",
                dir.resolve("a.svg").toString()));
        assertThat(e.get("message").asText()).contains("exclude each other");
    }
}
