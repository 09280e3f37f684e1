package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;

/**
 * On every sample program and every golden program, whose models all agree with their programs,
 * verification finds no disagreement (exhaustively where there are few inputs, else on a sample).
 */
class NoFalsePositivesTest {
    private static final VerificationOptions OPTIONS = VerificationOptions.defaults().withSampling(3000, 400, 1)
            .withoutFixes();

    static Stream<Path> programs() throws IOException {
        return org.raspworkbench.core.testsupport.ProgramFiles.samplesAndGolden();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void modelAgreesWithProgramOnEveryInputChecked(Path file) throws IOException {
        Compilation c = Compiler.compile(Files.readString(file));
        assertThat(c.hasErrors()).as("%s", c.diagnostics()).isFalse();
        VerificationReport r = Verifier.verify(c.model().orElseThrow(), OPTIONS, VerificationProgress.NONE,
                new Cancellation());
        assertThat(r.inputsChecked()).isEqualTo(r.plan().total()).isPositive();
        assertThat(r.counterexamples()).as("%s: %s", file.getFileName(), r.causes()).isEmpty();
        assertThat(r.disagree()).isZero();
        assertThat(r.agree()).isEqualTo(r.inputsChecked());
        assertThat(r.causes()).allSatisfy(cause -> assertThat(cause.cause()).isEqualTo(CauseKind.CAUSAL_SEMANTICS));
    }

}
