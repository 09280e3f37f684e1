package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.testsupport.Golden;

/** Mangled versions of the golden programs never crash the runner: every outcome is a program or diagnostics. */
class BrokenProgramsTest {
    private static final String ALPHABET = "(){}[];:,.=+-*/%<>!#'\"abcxyz019 \n\tlambda if else for in def return not";

    @Test
    void mangledProgramsGiveDiagnosticsNotCrashes() throws IOException {
        List<Path> programs;
        try (Stream<Path> files = Files.list(Golden.folder())) {
            programs = files.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
        }
        Random random = new Random(42);
        int runs = 0;
        for (Path p : programs) {
            String text = Files.readString(p);
            for (int i = 0; i < 40; i++) {
                String mangled = mangle(text, random);
                RunResult r = ProgramRunner.run(mangled);
                runs++;
                for (Diagnostic d : r.diagnostics()) {
                    assertThat(d.message()).as(mangled).doesNotContain("internal error");
                    assertThat(d.range().startOffset()).isBetween(0, mangled.length());
                    assertThat(d.range().endOffset()).isBetween(d.range().startOffset(), mangled.length());
                }
                if (r.ok()) {
                    var program = r.program().get();
                    program.settings().example().ifPresent(ex -> Evaluator.evaluate(program, ex));
                } else {
                    assertThat(r.diagnostics()).as(mangled).isNotEmpty();
                }
            }
        }
        assertThat(runs).isGreaterThan(300);
    }

    private static String mangle(String text, Random random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (at < sb.length()) sb.deleteCharAt(at);
                }
                case 1 -> sb.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> {
                    int end = Math.min(sb.length(), at + random.nextInt(12));
                    sb.delete(at, end);
                }
            }
        }
        return sb.toString();
    }
}
