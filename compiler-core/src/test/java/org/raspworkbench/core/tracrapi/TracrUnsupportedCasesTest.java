package org.raspworkbench.core.tracrapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.syntax.SurfaceSyntax;

/** The programs of Tracr's UNSUPPORTED_TEST_CASES, written in Tracr Python, are refused as Tracr refuses them. */
class TracrUnsupportedCasesTest {
    static Stream<String> programs() {
        String all = "rasp.Select(rasp.tokens, rasp.tokens, rasp.Comparison.TRUE)";
        String num = "rasp.numerical(rasp.Map(lambda x: x, rasp.tokens))";
        return Stream.of(
                "rasp.Aggregate(" + all + ", " + num + ")",
                "rasp.numerical(rasp.Aggregate(" + all + ", rasp.tokens))",
                "rasp.numerical(rasp.Aggregate(" + all + ", " + num + ", default=0))",
                "rasp.numerical(rasp.Aggregate(rasp.Select(rasp.indices, rasp.indices, rasp.Comparison.EQ), rasp.tokens, "
                        + "default=1))",
                "rasp.SelectorWidth(rasp.Select(" + num + ", " + num + ", rasp.Comparison.LT))",
                "rasp.numerical(rasp.SequenceMap(lambda x, y: x + y, rasp.numerical(rasp.Map(lambda x: x, "
                        + "rasp.indices)), " + num + "))",
                "rasp.categorical(rasp.LinearSequenceMap(rasp.categorical(rasp.Map(lambda x: x, rasp.indices)), "
                        + "rasp.categorical(rasp.Map(lambda x: x, rasp.tokens)), 1, 1))");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void refusedAsUnsupported(String program) {
        String script = "from tracr.rasp import rasp\nfrom tracr.compiler import compiling\np = " + program
                + "\ncompiling.compile_rasp_to_model(p, vocab={1, 2, 3}, max_seq_len=5)\n";
        Compilation c = Compiler.compile(script, SurfaceSyntax.PYTHON);
        assertThat(c.model()).isEmpty();
        assertThat(c.diagnostics()).filteredOn(Diagnostic::isError).first()
                .satisfies(d -> {
                    assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
                    assertThat(d.range().start().line()).isEqualTo(3);
                });
    }
}
