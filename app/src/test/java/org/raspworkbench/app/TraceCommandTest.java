package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVERSE = """
            set vocab [1, 2, 3];
            set max_seq_len 5;
            set example [1, 2, 3];
            opp_index = length - indices;
            opp_index_1 = opp_index - 1;
            flip = select(indices, opp_index_1, ==);
            reverse = aggregate(flip, tokens);
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsTheGoldenSchema() throws Exception {
        Cli r = Cli.run("trace", write("reverse.rasp", REVERSE).toString(), "--input", "[3, 1]");
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("program").asText()).isEqualTo("reverse");
        assertThat(doc.at("/settings/max_seq_len").asInt()).isEqualTo(5);
        assertThat(doc.at("/settings/mlp_exactness").isIntegralNumber()).isTrue();
        JsonNode model = doc.get("model");
        assertThat(model.get("d_model").asInt()).isEqualTo(41);
        assertThat(model.get("layers").asInt()).isEqualTo(4);
        assertThat(model.get("residual")).hasSize(41);
        assertThat(model.get("blocks")).hasSize(8);
        assertThat(model.at("/blocks/0/heads").asInt()).isEqualTo(1);
        assertThat(model.at("/blocks/1/hidden").asInt()).isEqualTo(12);
        assertThat(model.at("/value_sets/opp_index")).hasSize(10);
        assertThat(model.at("/output/encoding").asText()).isEqualTo("categorical");
        JsonNode run = doc.at("/runs/0");
        assertThat(run.get("decoded").toString()).isEqualTo("[\"BOS\",1,3]");
        assertThat(run.get("evaluated").toString()).isEqualTo("[1,3]");
        assertThat(run.get("residuals")).hasSize(9);
        assertThat(run.at("/residuals/0")).hasSize(3);
        assertThat(run.at("/residuals/0/0")).hasSize(41);
    }

    @Test
    void defaultsToTheExampleAndWritesToAFile() throws Exception {
        Path out = dir.resolve("trace.json");
        Cli r = Cli.run("trace", write("reverse.rasp", REVERSE).toString(), "--out", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode doc = JSON.readTree(out.toFile());
        assertThat(doc.at("/runs/0/decoded").toString()).isEqualTo("[\"BOS\",3,2,1]");
    }

    @Test
    void anUnsupportedProgramPrintsErrorsAndExits2() throws Exception {
        String text = "set vocab [1, 2];\nset max_seq_len 3;\nx = numerical(tokens + 1);\n"
                + "s = select(x, tokens, ==);\nw = selector_width(s);\n";
        Cli r = Cli.run("trace", write("bad.rasp", text).toString(), "--input", "[1]");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode err = JSON.readTree(r.out()).at("/errors/0");
        assertThat(err.get("kind").asText()).isEqualTo("unsupported");
        assertThat(err.get("message").asText()).contains("numerical keys");
        assertThat(err.at("/range/start/line").asInt()).isEqualTo(4);
    }

    @Test
    void aModelPastTheLimitsIsALimitError() throws Exception {
        Cli r = Cli.run("trace", write("reverse.rasp", REVERSE).toString(), "--max-d-model", "40");
        assertThat(r.exit()).isEqualTo(2);
        JsonNode err = JSON.readTree(r.out()).at("/errors/0");
        assertThat(err.get("kind").asText()).isEqualTo("limit");
        assertThat(err.get("message").asText()).contains("41");
    }

    @Test
    void aBadInputPrintsErrorsAndExits2() throws Exception {
        Cli r = Cli.run("trace", write("reverse.rasp", REVERSE).toString(), "--input", "[9]");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(JSON.readTree(r.out()).at("/errors/0/kind").asText()).isEqualTo("value");
    }
}
