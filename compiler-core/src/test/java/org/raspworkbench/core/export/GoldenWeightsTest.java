package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/**
 * Every golden program exported, read back and run with TransformerLens's forward semantics in
 * Java gives Tracr's residual stream and outputs, in float32 (the default) and float64.
 */
class GoldenWeightsTest {
    @TempDir
    Path dir;

    static Stream<String> goldenPrograms() throws IOException {
        try (Stream<Path> files = Files.list(GoldenWeightsCheck.goldenDir())) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rasp"))
                    .map(n -> n.substring(0, n.length() - ".rasp".length())).sorted().toList();
            assertThat(names).as("golden programs in " + GoldenWeightsCheck.goldenDir()).isNotEmpty();
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenPrograms")
    void exportedWeightsReproduceTracr(String name) throws IOException {
        String source = Files.readString(GoldenWeightsCheck.goldenDir().resolve(name + ".rasp"));
        Compilation c = Compiler.compile(source);
        assertThat(c.model()).as(name + ": " + c.diagnostics()).isPresent();
        CompiledModel model = c.model().get();
        for (DType t : DType.values()) {
            assertThat(GoldenWeightsCheck.check(name, model, dir.resolve(t.displayName()), t)).as(name + " " + t).isEmpty();
        }
    }
}
