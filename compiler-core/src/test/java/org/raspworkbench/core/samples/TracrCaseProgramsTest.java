package org.raspworkbench.core.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * Tracr's integration test programs ({@code test_cases.py} and {@code
 * rasp_to_transformer_integration_test.py}) in our language: each compiles, and its model gives
 * Tracr's expected outputs and what the RASP interpreter gives, on Tracr's inputs and on inputs drawn
 * from the vocab, with and without the causal mask (Tracr's expectations only where its test runs
 * the case causally); the cases Tracr rejects give our {@code unsupported} error at the right text.
 */
class TracrCaseProgramsTest {
    private static final int RANDOM_INPUTS = 12;

    @ParameterizedTest(name = "{0} causal={1}")
    @MethodSource("supportedCases")
    void modelMatchesTracrsExpectationsAndTheInterpreter(String file, boolean causal) {
        TracrCase c = TracrCase.load(file);
        Compilation compilation = Compiler.compile(causal ? c.causalSource() : c.source());
        assertThat(compilation.diagnostics()).as("diagnostics of %s", file).noneMatch(Diagnostic::isError);
        CompiledModel model = compilation.model().orElseThrow();
        assertThat(model.config().causal()).isEqualTo(causal || c.source().contains("set causal True"));

        List<String> failures = new ArrayList<>();
        // Tracr's expected outputs hold under a causal mask only for its universal cases.
        boolean expectationsApply = !causal || c.alsoCausal();
        for (TracrCase.Expectation e : expectationsApply ? c.expectations() : List.<TracrCase.Expectation>of()) {
            ModelCheck.Outcome outcome = ModelCheck.run(model, e.input());
            if (!outcome.agrees()) failures.add(e.name() + ": " + outcome.describe());
            if (e.output().isPresent()) {
                List<Value> want = e.output().get();
                if (!sameWithNones(outcome.program(), want)) {
                    failures.add(e.name() + ": the interpreter gives " + ModelCheck.reprs(outcome.program())
                            + ", Tracr expects " + ModelCheck.reprs(want));
                }
                if (!tracrAccepts(outcome.model(), want)) {
                    failures.add(e.name() + ": the model gives " + ModelCheck.reprs(outcome.model())
                            + ", Tracr expects " + ModelCheck.reprs(want));
                }
            }
        }
        for (List<Value> input : expectationsApply ? c.knownWrong() : List.<List<Value>>of()) {
            // Tracr's model is wrong here too: the debugger must show the disagreement, so ours has it.
            ModelCheck.Outcome outcome = ModelCheck.run(model, input);
            if (outcome.agrees()) {
                failures.add("known-wrong input no longer shows Tracr's mismatch: " + outcome.describe());
            }
        }
        List<List<Value>> generated = c.onlyListedInputs() ? List.of()
                : ModelCheck.inputs(model.program().settings(), RANDOM_INPUTS, file.hashCode());
        for (List<Value> input : generated) {
            ModelCheck.Outcome outcome = ModelCheck.run(model, input);
            // Beyond the value sets the compiler planned for, Tracr's model is known to differ.
            if (!outcome.agrees() && !outcome.outsideTracrsGuarantee()) failures.add("generated " + outcome.describe());
        }
        assertThat(failures).as("where the model of %s (causal=%s) is wrong", file, causal).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupportedCases")
    void unsupportedProgramsGiveAnUnsupportedErrorAtTheirText(String file) {
        TracrCase c = TracrCase.load(file);
        String text = c.unsupportedText().orElseThrow();
        Compilation compilation = Compiler.compile(c.source());
        assertThat(compilation.model()).as("model of %s", file).isEmpty();
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).as("errors of %s", file).isNotEmpty();
        Diagnostic first = errors.get(0);
        assertThat(first.kind()).as("kind of %s", first).isEqualTo(ErrorKind.UNSUPPORTED);
        String covered = c.source().substring(first.range().startOffset(), first.range().endOffset());
        assertThat(covered).as("text under %s", first).isEqualTo(text);
    }

    /**
     * Tracr's check: numbers close (Tracr compares any numeric expectation with a tolerance, whatever
     * the output's encoding), other values equal, expected None not compared.
     */
    private static boolean tracrAccepts(List<Value> model, List<Value> want) {
        if (model.size() != want.size()) return false;
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i) instanceof NoneValue) continue;
            if (!ModelCheck.same(model.get(i), want.get(i), true)) return false;
        }
        return true;
    }

    private static boolean sameWithNones(List<Value> program, List<Value> want) {
        if (program.size() != want.size()) return false;
        for (int i = 0; i < want.size(); i++) {
            Value p = program.get(i);
            Value w = want.get(i);
            if (p instanceof NumericValue a && w instanceof NumericValue b) {
                if (!ModelCheck.close(a.asDouble(), b.asDouble())) return false;
            } else if (!p.equals(w)) {
                return false;
            }
        }
        return true;
    }

    static Stream<Arguments> supportedCases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String file : allCaseFiles()) {
            TracrCase c = TracrCase.load(file);
            if (c.unsupportedText().isPresent()) continue;
            out.add(Arguments.of(file, false));
            // Every other program also runs causally, against the causal interpreter only.
            if (!c.source().contains("set causal")) out.add(Arguments.of(file, true));
        }
        return out.stream();
    }

    static Stream<String> unsupportedCases() throws IOException {
        return allCaseFiles().stream().filter(f -> TracrCase.load(f).unsupportedText().isPresent());
    }

    static List<String> allCaseFiles() throws IOException {
        List<String> all = new ArrayList<>(caseFiles(TracrCase.TRACR));
        all.addAll(caseFiles(TracrCase.VARIANTS));
        return all;
    }

    /** The {@code .rasp} files of a test resource folder, as resource paths. */
    static List<String> caseFiles(String folderName) throws IOException {
        URL url = TracrCaseProgramsTest.class.getClassLoader().getResource(folderName);
        if (url == null) throw new IllegalStateException("the test resources hold no " + folderName);
        Path folder;
        try {
            folder = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rasp"))
                    .sorted().collect(Collectors.toList());
            if (names.isEmpty()) throw new IllegalStateException("no .rasp files in " + folderName);
            return names.stream().map(n -> folderName + n).collect(Collectors.toList());
        }
    }

}
