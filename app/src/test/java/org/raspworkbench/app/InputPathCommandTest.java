package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --input} and {@code set example} take the same inputs and reject the same JSON at its place. */
class InputPathCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LETTERS = "set vocab [\"a\", \"b\"];\nset max_seq_len 4;\n";

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("p.rasp");
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode firstError(CommandLineRun run) throws IOException {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        return JSON.readTree(run.out()).get("errors").get(0);
    }

    @Test
    void aPaddedExampleRunsLikeTheSamePaddedInput() throws IOException {
        Path p = write(LETTERS + "set example [\"a\", \"b\", \"PAD\"];\noutput tokens == \"a\";\n");
        CommandLineRun example = CommandLineRun.of("trace", p.toString());
        CommandLineRun input = CommandLineRun.of("trace", p.toString(), "--input", "[\"a\",\"b\",\"PAD\"]");
        assertThat(example.exit()).as(example.out()).isEqualTo(0);
        assertThat(input.exit()).as(input.out()).isEqualTo(0);
        assertThat(example.out()).isEqualTo(input.out());
        JsonNode run = JSON.readTree(example.out()).get("runs").get(0);
        assertThat(run.get("input").toString()).isEqualTo("[\"a\",\"b\",\"PAD\"]");
        assertThat(run.get("evaluated").toString()).isEqualTo("[true,false,null]");
        assertThat(CommandLineRun.of("eval", p.toString()).exit()).isEqualTo(0);
    }

    @Test
    void padInsideTheExampleIsTheErrorItIsInAnInput() throws IOException {
        Path p = write(LETTERS + "set example [\"a\", \"PAD\", \"b\"];\noutput tokens;\n");
        JsonNode fromExample = firstError(CommandLineRun.of("check", p.toString()));
        Path plain = write(LETTERS + "output tokens;\n");
        JsonNode fromInput = firstError(CommandLineRun.of("eval", plain.toString(), "--input", "[\"a\",\"PAD\",\"b\"]"));
        assertThat(fromExample.get("message").asText()).isEqualTo("the example does not fit: "
                + fromInput.get("message").asText());
        assertThat(fromExample.at("/range/start/line").asInt()).isEqualTo(3);
    }

    @Test
    void invalidJsonInputsAreRejectedAtTheirPlace() throws IOException {
        Path p = write("set vocab [0, 1];\nset max_seq_len 4;\noutput tokens == 1;\n");
        String[][] cases = {{"[01]", "3"}, {"[1.]", "3"}, {"[\"\\q\"]", "3"}, {"[1, 0", "6"}};
        for (String[] c : cases) {
            JsonNode e = firstError(CommandLineRun.of("eval", p.toString(), "--input", c[0]));
            assertThat(e.get("kind").asText()).as(c[0]).isEqualTo("syntax");
            assertThat(e.get("message").asText()).as(c[0]).startsWith("the input is not valid JSON at column " + c[1] + ": ");
            assertThat(e.at("/range/start/line").asInt()).as(c[0]).isEqualTo(1);
            assertThat(e.at("/range/start/column").asText()).as(c[0]).isEqualTo(c[1]);
            assertThat(firstError(CommandLineRun.of("trace", p.toString(), "--input", c[0]))).isEqualTo(e);
        }
    }

    @Test
    void aLeadingZeroInTheExampleIsRejectedAtItsPlaceInTheProgram() throws IOException {
        Path p = write("set vocab [0, 1];\nset max_seq_len 4;\nset example [1, 01];\noutput tokens;\n");
        JsonNode e = firstError(CommandLineRun.of("check", p.toString()));
        assertThat(e.get("kind").asText()).isEqualTo("syntax");
        assertThat(e.at("/range/start/line").asInt()).isEqualTo(3);
        assertThat(e.at("/range/start/column").asInt()).isEqualTo(17);
    }
}
