package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class CheckAndEvalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Path golden() {
        Path here = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("golden");
            if (Files.isDirectory(candidate)) return candidate;
        }
        throw new IllegalStateException("../shared/golden not found from " + here);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void checkPrintsOneLinePerFileAndExitsTwoOnErrors() throws IOException {
        Path good = write("good.rasp", "set vocab [1];\nset max_seq_len 2;\noutput tokens + 1;\n");
        Path bad = write("bad.rasp", "set vocab [1];\nset max_seq_len 2;\nx = tokens +;\ny = 1 / 0;\n");
        CommandLineRun run = CommandLineRun.of("check", good.toString(), bad.toString(), dir.resolve("missing.rasp")
                .toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode first = JSON.readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo(good.toString());
        assertThat(first.get("ok").asBoolean()).isTrue();
        assertThat(first.get("errors")).isEmpty();
        JsonNode second = JSON.readTree(lines.get(1));
        assertThat(second.get("ok").asBoolean()).isFalse();
        JsonNode e = second.get("errors").get(0);
        assertThat(e.get("kind").asText()).isEqualTo("syntax");
        assertThat(e.get("message").asText()).isEqualTo("expected an expression after '+' but found ';'");
        assertThat(e.at("/range/start/line").asInt()).isEqualTo(3);
        assertThat(e.at("/range/start/column").asInt()).isEqualTo(13);
        assertThat(e.at("/range/end/column").asInt()).isEqualTo(14);
        JsonNode third = JSON.readTree(lines.get(2));
        assertThat(third.get("errors").get(0).get("message").asText()).contains("does not exist");
        assertThat(CommandLineRun.of("check", good.toString()).exit()).isEqualTo(0);
    }

    @Test
    void checkAlsoReportsWhatTheCompilerCannotBuild() throws IOException {
        Path p = write("unsupported.rasp", "set vocab [1, 2];\nset max_seq_len 2;\nx = numerical(tokens == 1);\n"
                + "s = select(x, indices, ==);\ny = aggregate(s, tokens);\n");
        CommandLineRun run = CommandLineRun.of("check", p.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode e = JSON.readTree(run.out()).get("errors").get(0);
        assertThat(e.get("kind").asText()).isEqualTo("unsupported");
        assertThat(e.at("/range/start/line").asInt()).isEqualTo(4);
    }

    /** The 45-second check: the structural error now comes before any value set is enumerated. */
    @Test
    void checkReportsAnOutputThatNeverReadsTokensBeforeEnumerating() throws IOException {
        Path p = write("slow.rasp", "set vocab [1, 2];\nset max_seq_len 4000;\n"
                + "sm = sequence_map(lambda x, y: sum(range(200)), indices, indices);\n");
        CommandLineRun run = CommandLineRun.of("check", p.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode errors = JSON.readTree(run.out()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("kind").asText()).isEqualTo("unsupported");
        assertThat(errors.get(0).get("message").asText()).contains("'sm' does not depend on tokens");
        assertThat(errors.get(0).at("/range/start/line").asInt()).isEqualTo(3);
    }

    @Test
    void evalUsesTheExampleByDefaultAndPrintsJsonValues() throws IOException {
        Path p = write("p.rasp", "set vocab [1, 2, 3];\nset max_seq_len 4;\nset example [1, 2];\n"
                + "y = numerical(aggregate(select(indices, indices, <=), numerical(tokens == 2), 0));\n"
                + "z = map(lambda v: (v, str(v), None if v == 0 else v), y);\n");
        CommandLineRun run = CommandLineRun.of("eval", p.toString());
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out().strip()).isEqualTo("{\"runs\":[{\"input\":[1,2],\"evaluated\":[[false,\"False\",null],"
                + "[0.5,\"0.5\",0.5]]}]}");
        CommandLineRun two = CommandLineRun.of("eval", p.toString(), "--input", "[3]", "--input", "[2, 2, 2]");
        JsonNode runs = JSON.readTree(two.out()).get("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(1).get("evaluated").get(2).get(0).asDouble()).isEqualTo(1.0);
    }

    @Test
    void evalErrorsPrintTheErrorsObject() throws IOException {
        Path p = write("p.rasp", "set vocab [1, 2];\nset max_seq_len 2;\noutput tokens;\n");
        CommandLineRun noInput = CommandLineRun.of("eval", p.toString());
        assertThat(noInput.exit()).isEqualTo(2);
        assertThat(JSON.readTree(noInput.out()).get("errors").get(0).get("message").asText()).startsWith("no input");
        CommandLineRun badInput = CommandLineRun.of("eval", p.toString(), "--input", "[1, 7]");
        assertThat(badInput.exit()).isEqualTo(2);
        assertThat(JSON.readTree(badInput.out()).get("errors").get(0).get("message").asText())
                .isEqualTo("the token 7 at position 1 is not in the vocab {1, 2}");
        Path broken = write("b.rasp", "set vocab [1];\nset max_seq_len 2;\noutput nope;\n");
        CommandLineRun programError = CommandLineRun.of("eval", broken.toString());
        assertThat(programError.exit()).isEqualTo(2);
        JsonNode err = JSON.readTree(programError.out()).get("errors").get(0);
        assertThat(err.get("kind").asText()).isEqualTo("name");
        assertThat(CommandLineRun.of("eval", dir.resolve("none.rasp").toString()).exit()).isEqualTo(2);
    }

    @Test
    void evalReportsFailingFunctionsPerRun() throws IOException {
        Path p = write("p.rasp", "set vocab [1, 2];\nset max_seq_len 2;\ny = map(lambda v: 1 / (v - 1), tokens);\n");
        CommandLineRun run = CommandLineRun.of("eval", p.toString(), "--input", "[1, 2]");
        assertThat(run.exit()).isEqualTo(2);
        JsonNode r = JSON.readTree(run.out()).get("runs").get(0);
        assertThat(r.get("evaluated").toString()).isEqualTo("[null,1.0]");
        assertThat(r.get("errors").get(0).get("message").asText()).contains("division by zero");
    }

    @TestFactory
    Stream<DynamicTest> evalGivesTheGoldenEvaluatedLists() throws IOException {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(golden())) {
            files.filter(f -> f.toString().endsWith(".rasp")).sorted().forEach(programs::add);
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(10);
        return programs.stream().map(rasp -> DynamicTest.dynamicTest(rasp.getFileName().toString(), () -> {
            JsonNode golden = JSON.readTree(rasp.resolveSibling(rasp.getFileName().toString().replace(".rasp", ".json"))
                    .toFile());
            List<String> args = new ArrayList<>(List.of("eval", rasp.toString()));
            for (JsonNode r : golden.get("runs")) {
                args.add("--input");
                args.add(r.get("input").toString());
            }
            CommandLineRun run = CommandLineRun.of(args.toArray(new String[0]));
            assertThat(run.exit()).isEqualTo(0);
            JsonNode runs = JSON.readTree(run.out()).get("runs");
            for (int i = 0; i < golden.get("runs").size(); i++) {
                assertThat(runs.get(i).get("evaluated")).isEqualTo(golden.get("runs").get(i).get("evaluated"));
                assertThat(runs.get(i).get("input")).isEqualTo(golden.get("runs").get(i).get("input"));
            }
        }));
    }
}
