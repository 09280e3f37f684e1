package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * Every golden case written as Tracr code (a {@code .py} file using Tracr's API and, where its
 * names are the golden file's, Tracr's lib) compiles through the Python front end to the model
 * Tracr compiled: the same comparison as {@link GoldenTest}, which runs the {@code .rasp} twins.
 */
class TracrPythonGoldenTest {
    static List<String> cases() throws IOException {
        List<String> cases = GoldenFiles.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases;
    }

    static String python(String name) throws IOException {
        try (InputStream in = TracrPythonGoldenTest.class.getResourceAsStream("/tracr-python/" + name + ".py")) {
            assertThat(in).as("a Tracr Python twin of the golden case " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void matchesTracr(String name) throws Exception {
        JsonNode gold = GoldenFiles.json(name);
        Compilation c = Compiler.compile(python(name), SurfaceSyntax.PYTHON);
        assertThat(c.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        CompiledModel model = c.model().orElseThrow();
        JsonNode mine = ShippedTrace.of(name, model, gold);
        Optional<String> diff = GoldenCompare.compare(mine, gold);
        assertThat(diff).as(name).isEmpty();
        assertThat(mine.at("/model/key_size")).isEqualTo(gold.at("/model/key_size"));
        assertThat(mine.at("/settings")).isEqualTo(gold.at("/settings"));
        JsonNode blocks = gold.at("/model/blocks");
        for (int i = 0; i < blocks.size(); i++) {
            String width = blocks.get(i).has("heads") ? "heads" : "hidden";
            assertThat(mine.at("/model/blocks").get(i).get(width)).as(name + " block " + i + " " + width)
                    .isEqualTo(blocks.get(i).get(width));
        }
    }
}
