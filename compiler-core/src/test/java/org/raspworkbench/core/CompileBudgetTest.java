package org.raspworkbench.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.SizeLimits;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/**
 * One compilation spends a bounded amount of work calling the program's functions, refuses an
 * enumeration that cannot fit before starting it, and asks the cheap questions of the graph's shape
 * before any value set is enumerated. Outcomes are asserted, never times: a budget of one step
 * proves that no function was called before an error.
 */
class CompileBudgetTest {
    /** The program (45 s before the error): 4000 x 4000 calls of a function that never reads tokens. */
    private static final String NEVER_READS_TOKENS = "set vocab [1, 2];\nset max_seq_len 4000;\n"
            + "sm = sequence_map(lambda x, y: sum(range(200)), indices, indices);\n";

    private static final SizeLimits ONE_STEP = new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L, 1);

    @Test
    void theOutputNotReadingTokensIsReportedBeforeAnyEnumeration() {
        for (SizeLimits limits : List.of(SizeLimits.DEFAULT, ONE_STEP)) {
            Diagnostic d = onlyError(Compiler.compile(NEVER_READS_TOKENS, limits));
            assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
            assertThat(d.message()).contains("'sm' does not depend on tokens");
            assertThat(text(NEVER_READS_TOKENS, d)).startsWith("sequence_map(");
        }
    }

    @Test
    void anEnumerationThatCannotFitIsRefusedBeforeItStarts() {
        String program = NEVER_READS_TOKENS + "out = sm + tokens;\n";
        // With room for the estimating call and nothing more, the refusal must come from the estimate.
        SizeLimits room = new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L, 10_000);
        for (SizeLimits limits : List.of(SizeLimits.DEFAULT, room)) {
            Diagnostic d = onlyError(Compiler.compile(program, limits));
            assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
            assertThat(d.message()).startsWith("enumerating the values of 'sm' needs 4000 values of 'indices' x 4000 of 'indices'")
                    .contains("16000000 calls", "compile budget", "lower max_seq_len");
            assertThat(text(program, d)).startsWith("sequence_map(lambda x, y: sum(range(200))");
        }
    }

    /** A sequence map of two S-ops gets a hidden unit per pair: too many is known before its values are. */
    @Test
    void aPairTableTooLargeForTheHiddenLimitIsReportedBeforeEnumerating() {
        String program = "set vocab list(range(200));\nset max_seq_len 200;\n"
                + "k = sequence_map(lambda x, i: x + i, tokens, indices);\n";
        Diagnostic d = onlyError(Compiler.compile(program, ONE_STEP));
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).isEqualTo("the MLP computing 'k' needs 200 x 200 = 40000 hidden units (one per pair of"
                + " values of 'tokens' and 'indices'), more than the limit of 20000");
        assertThat(text(program, d)).startsWith("sequence_map(");
    }

    @Test
    void workPastTheBudgetIsALimitErrorAtTheSOpThatSpentIt() {
        // 300 calls, too few to estimate first, of a 30-iteration loop: about 30,000 steps in all.
        String program = "set vocab list(range(300));\nset max_seq_len 4;\n"
                + "def slow(x) {\n  s = 0;\n  for i in range(30) {\n    s = s + x;\n  }\n  return s % 7;\n}\n"
                + "m = map(slow, tokens);\n";
        Compilation fits = Compiler.compile(program);
        assertThat(fits.model()).as(fits.diagnostics().toString()).isPresent();
        Diagnostic d = onlyError(Compiler.compile(program, new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L,
                5_000)));
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).startsWith("compiling 'm' took the program's functions past the compile budget of 5000");
        assertThat(text(program, d)).isEqualTo("map(slow, tokens)");
    }

    @Test
    void tabulatingALargeSelectPredicateCountsToo() {
        String program = "set vocab list(range(200));\nset max_seq_len 200;\n"
                + "s = select(tokens, indices, lambda k, q: k < q);\nw = selector_width(s);\n";
        Compilation fits = Compiler.compile(program);
        assertThat(fits.model()).as(fits.diagnostics().toString()).isPresent();
        Diagnostic d = onlyError(Compiler.compile(program, new SizeLimits(20_000, 20_000, 400_000_000L, 150_000_000L,
                100_000)));
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).startsWith("the attention of 'w' tabulates select 's' (200 values of 'indices' x 200 of 'tokens')");
        assertThat(text(program, d)).isEqualTo("selector_width(s)");
    }

    /** A built-in walking a long range counts a step per element, so one call cannot hide minutes of work. */
    @Test
    void builtInsCountTheElementsTheyWalk() {
        RunResult run = ProgramRunner.run("set vocab [1, 2];\nset max_seq_len 3;\n"
                + "m = map(lambda x: sum(range(2000000)) + x, tokens);\n");
        assertThat(run.program()).isPresent();
        Diagnostic d = onlyError(Compiler.compile(run.program().get()));
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.message()).contains("this function ran for more than");
    }

    private static Diagnostic onlyError(Compilation c) {
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertThat(errors).as(c.diagnostics().toString()).hasSize(1);
        assertThat(c.model()).isEmpty();
        return errors.get(0);
    }

    private static String text(String source, Diagnostic d) {
        return source.substring(d.range().startOffset(), d.range().endOffset());
    }
}
