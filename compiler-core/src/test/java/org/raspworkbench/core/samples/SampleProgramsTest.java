package org.raspworkbench.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.testsupport.ProgramFiles;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.value.Value;

/**
 * Every program in {@code sample-programs/} compiles without errors, and its model computes what
 * the RASP interpreter computes: on the sample's example and on inputs drawn from its vocab.
 */
class SampleProgramsTest {
    private static final int RANDOM_INPUTS = 8;

    @Test
    void theSamplesFolderHoldsPrograms() throws IOException {
        assertThat(sampleFiles()).as("sample programs in %s", ProgramFiles.samplesFolder()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void compilesAndAgreesWithTheInterpreter(String fileName) throws IOException {
        String source = Files.readString(ProgramFiles.samplesFolder().resolve(fileName), StandardCharsets.UTF_8);
        Compilation compilation = Compiler.compile(source);
        assertThat(compilation.diagnostics()).as("diagnostics of %s", fileName)
                .noneMatch(d -> d.isError());
        assertThat(compilation.model()).as("model of %s", fileName).isPresent();
        CompiledModel model = compilation.model().get();
        assertThat(model.program().settings().example()).as("example of %s", fileName).isPresent();

        List<String> failures = new ArrayList<>();
        long compared = 0;
        for (List<Value> input : ModelCheck.inputs(model.program().settings(), RANDOM_INPUTS, fileName.hashCode())) {
            ModelCheck.Outcome outcome = ModelCheck.run(model, input);
            compared += outcome.compared();
            if (!outcome.agrees()) failures.add(outcome.describe());
        }
        ModelCheck.Outcome onExample = ModelCheck.run(model, model.program().settings().example().get());
        // An example whose output is all None would show nothing worth checking (or debugging).
        assertThat(onExample.compared()).as("positions of the example of %s where the program has a value", fileName)
                .isPositive();
        assertThat(compared).as("positions compared for %s", fileName).isPositive();
        assertThat(failures).as("inputs where the model of %s disagrees with the program", fileName).isEmpty();
    }

    /** The causal model agrees with the causal interpreter (every selector masked to keys <= query). */
    @ParameterizedTest(name = "{0} causal")
    @MethodSource("sampleFiles")
    void causalModelAgreesWithTheCausalInterpreter(String fileName) throws IOException {
        String source = Files.readString(ProgramFiles.samplesFolder().resolve(fileName), StandardCharsets.UTF_8);
        Compilation compilation = Compiler.compile(source + "\nset causal True;\n");
        assertThat(compilation.diagnostics()).as("diagnostics of %s", fileName).noneMatch(d -> d.isError());
        CompiledModel model = compilation.model().orElseThrow();
        assertThat(model.config().causal()).isTrue();
        List<String> failures = new ArrayList<>();
        for (List<Value> input : ModelCheck.inputs(model.program().settings(), RANDOM_INPUTS, fileName.hashCode())) {
            ModelCheck.Outcome outcome = ModelCheck.run(model, input);
            if (!outcome.agrees()) failures.add(outcome.describe());
        }
        assertThat(failures).as("inputs where the causal model of %s disagrees", fileName).isEmpty();
    }

    static List<String> sampleFiles() throws IOException {
        Path folder = ProgramFiles.samplesFolder();
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rasp")).sorted()
                    .collect(Collectors.toList());
        }
    }

}
