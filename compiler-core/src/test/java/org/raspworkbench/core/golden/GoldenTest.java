package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;

/**
 * Every golden case: its {@code .rasp} file compiled and run on the golden inputs must match what
 * Tracr compiled, by the same comparison as {@code shared/tools/golden_compare.py}.
 */
class GoldenTest {
    static List<String> cases() throws Exception {
        List<String> cases = GoldenFiles.cases();
        assertThat(cases).as("golden cases in " + GoldenFiles.dir()).hasSizeGreaterThanOrEqualTo(10);
        return cases;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTracr(String name) throws Exception {
        JsonNode gold = GoldenFiles.json(name);
        String source = Files.readString(GoldenFiles.dir().resolve(name + ".rasp"));
        Compilation c = Compiler.compile(source);
        assertThat(c.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        CompiledModel model = c.model().orElseThrow();
        List<ForwardTrace> runs = new ArrayList<>();
        for (JsonNode run : gold.get("runs")) runs.add(ForwardPass.run(model, TraceJson.input(run.get("input"))));
        Optional<String> diff = GoldenCompare.compare(TraceJson.of(name, model, runs), gold);
        assertThat(diff).as(name).isEmpty();
    }
}
