package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.testsupport.Dags;
import org.raspworkbench.core.testsupport.Golden;

/**
 * The DAG each golden program builds has the S-ops Tracr compiled: the same names (where the golden
 * file says names match) and the same encodings, with maps already fused.
 */
class GoldenDagTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> goldenDagsMatchTracr() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(Golden.folder())) {
            programs = files.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
        }
        assertThat(programs).isNotEmpty();
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path rasp) throws IOException {
        RaspProgram program = ProgramRunner.run(Files.readString(rasp)).program().orElseThrow();
        JsonNode golden = JSON.readTree(rasp.resolveSibling(rasp.getFileName().toString().replace(".rasp", ".json"))
                .toFile());
        JsonNode model = golden.get("model");
        Set<String> residual = new HashSet<>();
        model.get("residual").forEach(n -> residual.add(n.asText()));
        List<SOp> sops = Dags.reachable(program).stream().filter(e -> e instanceof SOp).map(e -> (SOp) e).toList();
        long numerical = sops.stream().filter(SOp::isNumerical).count();
        long goldenNumerical = 0;
        for (JsonNode n : model.get("residual")) {
            String label = n.asText();
            if (!label.contains(":") && !label.equals("one") && !label.endsWith("_selector_width_attn_output")) {
                goldenNumerical++;
            }
        }
        assertThat(numerical).as("numerical S-ops").isEqualTo(goldenNumerical);
        if (!golden.get("names_match").asBoolean()) {
            return;
        }
        Set<String> names = new TreeSet<>();
        for (RaspExpr e : sops) names.add(e.name());
        Set<String> expected = new TreeSet<>();
        model.get("value_sets").fieldNames().forEachRemaining(expected::add);
        assertThat(names).isEqualTo(expected);
        for (SOp s : sops) {
            if (s.name().equals("tokens") || s.name().equals("indices")) continue;
            assertThat(residual.contains(s.name())).as(s.name() + " numerical").isEqualTo(s.isNumerical());
        }
    }
}
