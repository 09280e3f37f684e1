package org.raspworkbench.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.Severity;

/** Tracr's key size, and the notes for programs on which Tracr itself stops. */
class TracrDifferencesTest {
    private static Compilation compile(String body) {
        return Compiler.compile("set vocab \"ab\";\nset max_seq_len 4;\n" + body);
    }

    private static List<Diagnostic> notes(Compilation c) {
        return c.diagnostics().stream().filter(d -> d.severity() == Severity.NOTE).toList();
    }

    @Test
    void keySizeIsTheWidestQueryKeyMatrixAsInTracr() {
        Compilation c = compile("s = select(tokens, tokens, ==);\na = aggregate(s, indices);\n");
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.model().orElseThrow().config().keySize()).isEqualTo(4);
        assertThat(notes(c)).isEmpty();
    }

    @Test
    void aValueWiderThanTracrsKeySizeWidensItAndSaysSo() {
        // qk: tokens x tokens (+BOS) is 2 x 3; the value is 4 indices -> Tracr's assembly fails
        Compilation c = Compiler.compile("set vocab \"ab\";\nset max_seq_len 6;\n"
                + "s = select(tokens, tokens, ==);\na = aggregate(s, indices);\n");
        CompiledModel m = c.model().orElseThrow();
        assertThat(m.config().keySize()).as(notes(c).toString()).isEqualTo(7);
        assertThat(notes(c)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("key_size 4").contains("'a'").contains("6 value directions")
                    .contains("1/sqrt(7)");
            assertThat(d.range().start().line()).isEqualTo(4);
        });
    }

    @Test
    void aZeroDivisionInACategoricalMlpIsANoteNotAnError() {
        Compilation c = compile("m = 1 / length;\n");
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.model()).isPresent();
        assertThat(notes(c)).singleElement().satisfies(d -> {
            assertThat(d.message()).contains("ZeroDivisionError").contains("'m'").contains("0");
            assertThat(d.range().start().line()).isEqualTo(3);
        });
    }

    @Test
    void aNumericalMlpIgnoresArithmeticErrorsInTracrTooSoNoNote() {
        // (a map of a map would fuse into one categorical map of tokens, as Tracr's Map does)
        Compilation c = compile("f = numerical(map(lambda t: 1 if t == \"a\" else 0, tokens));\n"
                + "x = numerical(aggregate(select(tokens, tokens, ==), f));\n"
                + "m = numerical(map(lambda v: 1 / v, x));\n");
        assertThat(c.hasErrors()).as(c.diagnostics().toString()).isFalse();
        assertThat(notes(c)).isEmpty();
    }

    @Test
    void aSequenceMapOfOneSopTwiceOnlyFailsInTracrOnTheDiagonal() {
        Compilation ok = compile("t = map(lambda x: 1 if x == \"a\" else 2, tokens);\n"
                + "d = sequence_map(lambda x, y: 1 / (x - y + 1) if x != y else 1, t, t);\n");
        assertThat(ok.hasErrors()).as(ok.diagnostics().toString()).isFalse();
        assertThat(notes(ok)).isEmpty();
        Compilation bad = compile("t = map(lambda x: 1 if x == \"a\" else 2, tokens);\n"
                + "d = sequence_map(lambda x, y: 1 / (x - y), t, indices);\n");
        assertThat(bad.hasErrors()).as(bad.diagnostics().toString()).isFalse();
        assertThat(notes(bad)).singleElement().satisfies(d -> assertThat(d.message()).contains("ZeroDivisionError"));
    }

    @Test
    void tracrsOwnOvTestCasesAreTheOnesThatNeedWidening() throws java.io.IOException {
        // Later Tracr added these cases with the fix that counts w_ov in key_size; 9ce2b8c fails on them
        try (var in = getClass().getClassLoader().getResourceAsStream("tracr-cases/ov_test_case_1.rasp")) {
            Compilation c = Compiler.compile(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(c.model().orElseThrow().config().keySize()).isEqualTo(9);
            assertThat(notes(c)).singleElement().satisfies(d -> assertThat(d.message()).contains("key_size 3"));
        }
    }
}
