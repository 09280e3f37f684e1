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
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.testsupport.Golden;
import org.raspworkbench.core.value.Value;

/**
 * Round trips through both syntaxes: every sample and golden program, converted, compiles to the
 * model its source compiles to, and so does converting the result back: the whole
 * {@code rasp trace} document on the program's example (settings, residual labels, blocks, value
 * sets, every residual snapshot, decoded and evaluated outputs) is the same text.
 */
class ConvertRoundTripTest {
    @ParameterizedTest(name = "{0}")
    @MethodSource("raspPrograms")
    void raspToRaspGivesTheSameModel(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expected = trace(source, file.getFileName().toString());
        String rasp = convert(source, file.getFileName().toString(), ConvertTarget.RASP);
        assertThat(trace(rasp, "x.rasp")).as("trace of %s as .rasp:\n%s", file, rasp).isEqualTo(expected);
        String again = convert(rasp, file.getFileName().toString(), ConvertTarget.RASP);
        assertThat(trace(again, "x.rasp")).as("trace of %s converted twice:\n%s", file, again).isEqualTo(expected);
        assertThat(header(again)).as("the header of %s converted twice", file).isEqualTo(header(rasp));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("raspPrograms")
    void raspToTracrToRaspGivesTheSameModel(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expected = trace(source, file.getFileName().toString());
        String py = convert(source, file.getFileName().toString(), ConvertTarget.TRACR);
        dump(file, py, ".py");
        assertThat(trace(py, "x.py")).as("trace of %s as Tracr Python:\n%s", file, py).isEqualTo(expected);
        String back = convert(py, "x.py", ConvertTarget.RASP);
        assertThat(trace(back, "x.rasp")).as("trace of %s back as .rasp:\n%s", file, back).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pythonPrograms")
    void tracrToRaspToTracrGivesTheSameModel(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        String expected = trace(source, file.getFileName().toString());
        String rasp = convert(source, file.getFileName().toString(), ConvertTarget.RASP);
        dump(file, rasp, ".rasp");
        assertThat(trace(rasp, "x.rasp")).as("trace of %s as .rasp:\n%s", file, rasp).isEqualTo(expected);
        String back = convert(rasp, "x.rasp", ConvertTarget.TRACR);
        assertThat(trace(back, "x.py")).as("trace of %s back as Tracr Python:\n%s", file, back).isEqualTo(expected);
    }

    /** The comment lines a file opens with, up to the list of nodes left out (a second conversion has none). */
    private static List<String> header(String text) {
        return text.lines().takeWhile(l -> l.startsWith("#") && !l.startsWith("# " + SourceIndex.LEFT_OUT)).toList();
    }

    private static String convert(String text, String name, ConvertTarget target) {
        Conversion c = ProgramConverter.convert(text, name, target);
        assertThat(c.errors()).as("errors converting %s to %s", name, target).isEmpty();
        return c.text().orElseThrow();
    }

    /** The trace document of the program's model on its example; {@code name} says its syntax. */
    static String trace(String source, String name) {
        RunResult run = ProgramRunner.run(source, SurfaceSyntax.of(name));
        assertThat(run.errors()).as("errors running\n%s", source).isEmpty();
        Compilation c = Compiler.compile(run.program().orElseThrow());
        assertThat(c.diagnostics()).as("diagnostics of\n%s", source).noneMatch(d -> d.isError());
        CompiledModel model = c.model().orElseThrow();
        List<ForwardTrace> runs = new ArrayList<>();
        // a script without model.apply runs on its vocabulary, repeated to the longest input
        List<Value> vocab = model.program().settings().vocab();
        List<Value> filler = new ArrayList<>();
        for (int i = 0; i < model.program().settings().maxSeqLen(); i++) filler.add(vocab.get(i % vocab.size()));
        List<Value> example = model.program().settings().example().orElse(filler);
        runs.add(ForwardPass.run(model, example));
        // a warning points at the text that made the S-op, which differs between the two texts
        return TraceJson.document("p", model, runs).replaceAll(
                ",\"range\":\\{\"start\":\\{[^}]*\\},\"end\":\\{[^}]*\\}\\}", "");
    }

    private static void dump(Path file, String text, String ext) throws IOException {
        Path out = Paths.get("target", "convert-out");
        Files.createDirectories(out);
        String base = file.getFileName().toString().replaceFirst("\\.(rasp|py)$", "");
        Files.writeString(out.resolve(file.getParent().getFileName() + "-" + base + ext), text);
    }

    static List<Path> raspPrograms() throws IOException {
        return files(List.of(samples(), Golden.folder()), ".rasp");
    }

    static List<Path> pythonPrograms() throws IOException {
        return files(List.of(samples(), Paths.get("src", "test", "resources", "tracr-python")), ".py");
    }

    private static List<Path> files(List<Path> dirs, String ext) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(ext)).sorted().forEach(out::add);
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
