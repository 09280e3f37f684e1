package org.raspworkbench.core.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.json.TraceJson;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.testsupport.Golden;
import org.raspworkbench.core.value.Value;

/**
 * {@code .rasp -> .rasp}: every sample and golden program, converted by the plan printer, compiles to
 * the model its source compiles to (the whole {@code rasp trace} document on its example, names,
 * value sets and residual snapshots included), and so does converting the result again.
 */
class ConvertRoundTripTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void raspToRaspGivesTheSameModel(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Conversion converted = ProgramConverter.convert(source, file.getFileName().toString(), ConvertTarget.RASP);
        assertThat(converted.errors()).as("errors converting %s", file).isEmpty();
        String text = converted.text().orElseThrow();
        dump(file, text, ".rasp");
        assertThat(trace(text)).as("trace of %s converted:\n%s", file, text).isEqualTo(trace(source));

        Conversion again = ProgramConverter.convert(text, file.getFileName().toString(), ConvertTarget.RASP);
        assertThat(trace(again.text().orElseThrow())).as("converting %s twice", file).isEqualTo(trace(source));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void raspToTracrConverts(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Conversion converted = ProgramConverter.convert(source, file.getFileName().toString(), ConvertTarget.TRACR);
        assertThat(converted.errors()).as("errors converting %s", file).isEmpty();
        dump(file, converted.text().orElseThrow(), ".py");
    }

    /** The trace document of the program's model on its example. */
    static String trace(String source) {
        Compilation c = Compiler.compile(source);
        assertThat(c.diagnostics()).as("diagnostics of\n%s", source).noneMatch(d -> d.isError());
        CompiledModel model = c.model().orElseThrow();
        List<ForwardTrace> runs = new ArrayList<>();
        List<Value> example = model.program().settings().example().orElseThrow();
        runs.add(ForwardPass.run(model, example));
        return TraceJson.document("p", model, runs);
    }

    private static void dump(Path file, String text, String ext) throws IOException {
        Path out = Paths.get("target", "convert-out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(file.getFileName().toString().replace(".rasp", "") + ext), text);
    }

    static List<Path> programs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(samples(), Golden.folder())) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".rasp")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    static Path samples() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs"))) return p.resolve("sample-programs");
        }
        throw new IllegalStateException("sample-programs not found");
    }
}
