package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;

/**
 * Every golden case: its {@code .rasp} file compiled, run on the golden inputs and written by the
 * shipped trace writer ({@link ShippedTrace}) must match what
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
        JsonNode mine = ShippedTrace.of(name, model, gold);
        Optional<String> diff = GoldenCompare.compare(mine, gold);
        assertThat(diff).as(name).isEmpty();
        // beyond the Python tool: Tracr's key size and every block's heads / hidden units
        assertThat(mine.at("/model/key_size")).isEqualTo(gold.at("/model/key_size"));
        JsonNode blocks = gold.at("/model/blocks");
        for (int i = 0; i < blocks.size(); i++) {
            String width = blocks.get(i).has("heads") ? "heads" : "hidden";
            assertThat(mine.at("/model/blocks").get(i).get(width)).as(name + " block " + i + " " + width)
                    .isEqualTo(blocks.get(i).get(width));
        }
    }
}
