package org.raspworkbench.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.program.RunResult;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.testsupport.Golden;
import org.raspworkbench.core.testsupport.ProgramFiles;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;

/**
 * The memoized evaluator gives exactly what {@link Evaluator} gives, on every sample and golden
 * program and on programs built to reach each rule: failing functions, means of ints and floats,
 * None defaults, composite selectors, causal masks; and keeps doing so across inputs and resets.
 */
class MemoizedEvaluatorTest {
    private static final int INPUTS_PER_PROGRAM = 1500;

    private static RaspProgram program(String src) {
        RunResult r = ProgramRunner.run(src);
        return r.program().orElseThrow(() -> new AssertionError(r.diagnostics()));
    }

    private static SOp sop(RaspProgram p, String name) {
        return (SOp) p.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> everySampleProgramPlainAndCausal() throws IOException {
        Path folder = ProgramFiles.samplesFolder();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.toString().endsWith(".rasp") || p.toString().endsWith(".py")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        return files.stream().flatMap(f -> {
            String name = f.getFileName().toString();
            DynamicTest plain = DynamicTest.dynamicTest(name, () -> agreesOnMany(read(f), SurfaceSyntax.of(name)));
            if (!name.endsWith(".rasp")) return Stream.of(plain);
            return Stream.of(plain, DynamicTest.dynamicTest(name + " causal",
                    () -> agreesOnMany(read(f) + "\nset causal True;\n", SurfaceSyntax.RASP)));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyGoldenProgram() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Golden.folder())) {
            files = s.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                () -> agreesOnMany(read(f), SurfaceSyntax.RASP)));
    }

    private static void agreesOnMany(String source, SurfaceSyntax syntax) {
        RunResult r = ProgramRunner.run(source, syntax);
        RaspProgram p = r.program().orElseThrow(() -> new AssertionError(r.diagnostics()));
        MemoAgreement a = MemoAgreement.checked(p, INPUTS_PER_PROGRAM, source.hashCode());
        assertThat(a.agreed).as("inputs evaluated on the fast path").isPositive();
    }

    @Test
    void aFunctionThatFailsOnSomeInputsMarksExactlyThoseAndGivesNoneThere() {
        RaspProgram p = program("set vocab [1, 2, 3];\nset max_seq_len 4;\ny = map(lambda x: 6 / (x - 2), tokens);\n"
                + "z = sequence_map(lambda a, b: a // (b - 3), tokens, tokens);\noutput y;");
        MemoAgreement a = MemoAgreement.checked(p, 1000, 1);
        assertThat(a.diagnosed).as("inputs holding 2 or 3").isPositive();
        assertThat(a.agreed).as("inputs of 1s only").isEqualTo(5);
        // the failure is remembered with its value, and an input without the failing value is clean again
        assertThat(a.memo.evaluate(new int[] {0, 1})).isFalse();
        int y = a.sops.indexOf(sop(p, "y"));
        assertThat(a.memo.value(y, a.memo.id(y, 0))).isEqualTo(FloatValue.of(-6.0));
        assertThat(a.memo.value(y, a.memo.id(y, 1))).isEqualTo(NoneValue.NONE);
        assertThat(a.memo.evaluate(new int[] {0, 0})).isTrue();
    }

    @Test
    void failingPredicatesAndAveragedStringsAreMarked() {
        RaspProgram p = program("set vocab \"ab\";\nset max_seq_len 3;\n"
                + "s = select(tokens, tokens, lambda k, q: 1 / (0 if k == 'b' and q == 'a' else 1) > 0);\n"
                + "w = selector_width(s);\nall = select(indices, indices, True);\nm = aggregate(all, tokens);\noutput w;");
        MemoAgreement a = MemoAgreement.checked(p, 1000, 2);
        assertThat(a.agreed).as("the inputs of length 1 with 'a', or 'b' alone").isEqualTo(3);
        assertThat(a.diagnosed).isPositive();
    }

    @Test
    void aFailingComparisonMarksOnlyTheInputsThatMeetIt() {
        // a built-in comparison's rows are tested whole when first met (even pairs no input holds
        // yet): a None compared with < fails there, and only inputs that compare it are diagnosed
        RaspProgram p = program("set vocab \"abc\";\nset max_seq_len 4;\n"
                + "x = map(lambda t: None if t == 'c' else (1 if t == 'a' else 2), tokens);\n"
                + "s = select(x, x, <);\nw = selector_width(s);\noutput w;");
        MemoAgreement a = MemoAgreement.checked(p, 1000, 4);
        assertThat(a.diagnosed).as("inputs holding 'c'").isPositive();
        assertThat(a.agreed).as("inputs of 'a' and 'b' alone").isPositive();
        assertThat(a.memo.evaluate(new int[] {0, 1, 0})).isTrue();
        assertThat(a.memo.evaluate(new int[] {0, 2})).isFalse();
        assertThat(a.memo.evaluate(new int[] {1, 1})).isTrue();
    }

    @Test
    void meansOfIntsAndFloatsAreTheEvaluatorsToTheBit() {
        // 1e16 + 1 + 1 differs from 1 + 1 + 1e16 in floats: the memo keys on the sum as Python adds it
        RaspProgram p = program("set vocab [1, 2, 3, 4];\nset max_seq_len 5;\n"
                + "x = numerical(map(lambda t: 0.1 if t == 1 else (1e16 if t == 2 else (True if t == 3 else 7)), tokens));\n"
                + "prevs = select(indices, indices, <=);\nm = numerical(aggregate(prevs, x, 0));\n"
                // rows that grow by a key before those of the previous row: summed afresh, in key order
                + "late = select(indices, indices, lambda k, q: k > 0 or q > 0);\nl = numerical(aggregate(late, x, 0));\n"
                + "suffix = select(indices, indices, >=);\ns = numerical(aggregate(suffix, x, 0));\n"
                + "c = aggregate(prevs, tokens);\noutput m;");
        MemoAgreement a = MemoAgreement.checked(p, 2000, 3);
        assertThat(a.diagnosed).isZero();
        assertThat(a.agreed).isGreaterThan(1300);
    }

    @Test
    void sumsThatLeave64BitsFailInBothAndFloatsAfterThemDoNotRescueThem() {
        // 2^62 + 2^62 overflows; 2^62 + 1.5 is a float sum; -2^62 - 2^62 is exactly Long.MIN_VALUE
        RaspProgram p = program("set vocab [4611686018427387904, -4611686018427387904, 1.5, 3];\nset max_seq_len 3;\n"
                + "all = numerical(aggregate(select(indices, indices, True), numerical(map(lambda x: x, tokens)), 0));\n"
                + "output all;");
        MemoAgreement a = MemoAgreement.checked(p, 100, 10);
        assertThat(a.diagnosed).as("inputs holding 2^62 twice").isPositive();
        assertThat(a.agreed).isPositive();
        assertThat(a.memo.evaluate(new int[] {0, 0, 2})).isFalse();
        assertThat(a.memo.evaluate(new int[] {1, 1})).isTrue();
        Evaluation e = Evaluator.evaluate(p, List.of(p.settings().vocab().get(0), p.settings().vocab().get(0)));
        assertThat(e.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).contains("does not fit in 64 bits"));
    }

    @Test
    void noneDefaultsAndNoneArgumentsAsTheEvaluator() {
        RaspProgram p = program("set vocab [1, 2, 3];\nset max_seq_len 5;\n"
                + "prev = aggregate(select(indices, indices, lambda k, q: k == q - 1), tokens);\n"
                + "later = numerical(aggregate(select(tokens, tokens, >), numerical(tokens == 3), 0));\n"
                + "a = map(lambda x: x * 10, prev);\nb = sequence_map(lambda x, y: x + y, prev, tokens);\noutput b;");
        MemoAgreement a = MemoAgreement.checked(p, 400, 4);
        assertThat(a.diagnosed).isZero();
        assertThat(a.memo.evaluate(new int[] {0, 1})).isTrue();
        int b = a.sops.indexOf(sop(p, "b"));
        assertThat(a.memo.value(b, a.memo.id(b, 0))).isEqualTo(NoneValue.NONE);
        assertThat(a.memo.value(b, a.memo.id(b, 1))).isEqualTo(IntValue.of(3));
    }

    @Test
    void valuesPythonHoldsEqualKeepTheirTypes() {
        RaspProgram p = program("set vocab [1, 2, 3];\nset max_seq_len 3;\n"
                + "a = map(lambda x: True if x == 1 else (1.0 if x == 2 else 1), tokens);\n"
                + "b = map(lambda x: [x], a);\nc = map(lambda x: str(x), a);\noutput c;");
        MemoAgreement a = MemoAgreement.checked(p, 100, 5);
        assertThat(a.diagnosed).isZero();
        assertThat(a.memo.distinctValues(a.sops.indexOf(sop(p, "a")))).isEqualTo(3);
    }

    @Test
    void compositeSelectorsPlainAndCausal() {
        String body = "set vocab [1, 2, 3];\nset max_seq_len 5;\n"
                + "both = select(tokens, tokens, ==) & select(indices, indices, <);\n"
                + "either = select(tokens, tokens, <) | select(indices, indices, >);\n"
                + "neither = ~(both | either);\n"
                + "w = selector_width(neither);\nv = selector_width(both);\nm = aggregate(either, tokens);\n"
                + "f = numerical(aggregate(neither, numerical(tokens == 2), 0));\noutput w;";
        for (String causal : List.of("", "set causal True;\n")) {
            RaspProgram p = program(body + causal);
            assertThat(p.nodes()).anyMatch(n -> n instanceof SelectorAnd).anyMatch(n -> n instanceof SelectorOr)
                    .anyMatch(n -> n instanceof SelectorNot);
            MemoAgreement a = MemoAgreement.checked(p, 800, 6);
            assertThat(a.agreed).isPositive();
        }
    }

    @Test
    void longInputsSpanSeveralWordsOfBits() {
        RaspProgram p = program("set vocab [0, 1];\nset max_seq_len 150;\nset causal True;\n"
                + "prevs = select(indices, indices, <=);\nfrac = numerical(aggregate(prevs, numerical(tokens == 1), 0));\n"
                + "odd = ~(select(tokens, tokens, ==) & select(indices, indices, >));\nw = selector_width(odd);\n"
                + "all = numerical(aggregate(select(indices, indices, True), numerical(tokens == 1), 0));\n"
                + "ones = numerical(aggregate(select(tokens, tokens, ==), numerical(tokens == 1), 0));\noutput frac;");
        MemoAgreement a = new MemoAgreement(p);
        java.util.Random r = new java.util.Random(7);
        for (int len : new int[] {63, 64, 65, 128, 150, 3, 129}) {
            int[] in = new int[len];
            for (int i = 0; i < len; i++) in[i] = r.nextInt(2);
            a.check(in);
        }
        assertThat(a.agreed).isEqualTo(7);
    }

    @Test
    void tablesGrowOnlyWithNewValuesAndResetStartsAfresh() {
        RaspProgram p = program(read(ProgramFiles.samplesFolder().resolve("sort.rasp")));
        MemoAgreement a = new MemoAgreement(p);
        List<int[]> inputs = MemoAgreement.inputs(p, 600, 8);
        a.checkAll(inputs);
        long warm = a.memo.size();
        assertThat(warm).isPositive();
        a.checkAll(inputs);
        assertThat(a.memo.size()).as("the same inputs again add nothing").isEqualTo(warm);
        a.memo.reset();
        assertThat(a.memo.size()).isLessThan(warm);
        a.checkAll(inputs.subList(inputs.size() / 2, inputs.size()));
        a.checkAll(inputs);
        int tokens = a.sops.indexOf(sop(p, "tokens"));
        for (int t = 0; t < p.settings().vocab().size(); t++) {
            assertThat(a.memo.value(tokens, t)).as("the tokens' ids are vocabulary indices").isEqualTo(p.settings().vocab().get(t));
        }
    }

    @Test
    void tokensOutsideTheVocabularyAndPositionsPastTheInputAreRefused() {
        RaspProgram p = program("set vocab [1, 2];\nset max_seq_len 3;\nx = tokens + 1;");
        MemoizedEvaluator m = new MemoizedEvaluator(p, List.of(p.output()));
        assertThatThrownBy(() -> m.evaluate(new int[] {0, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThat(m.evaluate(new int[] {})).isTrue();
        assertThat(m.evaluate(new int[] {1, 0})).isTrue();
        assertThat(m.value(0, m.id(0, 0))).isEqualTo(IntValue.of(3));
        // positions past the last input are not left over from a longer one
        assertThat(m.evaluate(new int[] {0})).isTrue();
        assertThatThrownBy(() -> m.id(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aProgramThatNeverReadsItsTokensStillRunsOnEachLength() {
        RaspProgram p = program("set vocab [1, 2];\nset max_seq_len 4;\nx = map(lambda i: i * 2, indices);\n"
                + "w = selector_width(select(indices, indices, <));\noutput w;");
        MemoAgreement a = MemoAgreement.checked(p, 100, 11);
        assertThat(a.agreed).isEqualTo(31);
    }

    @Test
    void aggregatesOfSeveralEqualCategoricalValuesAverageAsTheEvaluator() {
        RaspProgram p = program("set vocab [1, 2];\nset max_seq_len 4;\nall = select(indices, indices, True);\n"
                + "m = aggregate(all, tokens);\noutput m;");
        assertThat(p.nodes()).anyMatch(n -> n instanceof AggregateOp);
        MemoAgreement a = MemoAgreement.checked(p, 100, 9);
        assertThat(a.agreed).isEqualTo(31);
    }


    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
