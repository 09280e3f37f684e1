package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/**
 * Each Tracr Python sample of {@code sample-programs/} compiles to the model of its {@code .rasp}
 * twin, run on the twin's example: by label where the sample names its S-ops as the twin does, by
 * structure where it uses Tracr's lib (whose names are Tracr's) or its own.
 */
class TracrPythonSamplesTest {
    /** Samples whose .named() names are exactly the .rasp twin's assignment names. */
    private static final Set<String> SAME_NAMES = Set.of("hist", "frac_prevs", "password");

    static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolve("sample-programs");
            }
        }
        throw new IllegalStateException("no sample-programs folder above " + Path.of("").toAbsolutePath());
    }

    static Stream<String> pythonSamples() throws IOException {
        try (Stream<Path> files = Files.list(samples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    @Test
    void theNotebookAndReadmeProgramsAreThere() throws IOException {
        assertThat(pythonSamples()).contains("sort", "hist", "frac_prevs", "password", "sat3_verifier");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pythonSamples")
    void compilesToItsRaspTwinsModel(String name) throws IOException {
        Path twin = samples().resolve(name + ".rasp");
        assertThat(twin).as("every .py sample has a .rasp twin").exists();
        String rasp = Files.readString(twin);
        String example = exampleOf(rasp);
        JsonNode py = TracrPythonLibTest.trace(name, Files.readString(samples().resolve(name + ".py")),
                SurfaceSyntax.PYTHON, example);
        JsonNode gold = TracrPythonLibTest.trace(name, rasp, SurfaceSyntax.RASP, example);
        if (!SAME_NAMES.contains(name)) ((ObjectNode) gold).put("names_match", false);
        assertThat(GoldenCompare.compare(py, gold)).as(name).isEmpty();
        assertThat(py.at("/settings")).isEqualTo(gold.at("/settings"));
        if (SAME_NAMES.contains(name)) assertThat(py.at("/model/residual")).isEqualTo(gold.at("/model/residual"));
    }

    /** The twin's {@code set example [...]} (or string) as JSON input text. */
    private static String exampleOf(String rasp) {
        for (String line : List.of(rasp.split("\n"))) {
            String t = line.strip();
            if (t.startsWith("set example ")) return t.substring("set example ".length(), t.length() - 1);
        }
        throw new AssertionError("the twin has no example");
    }
}
