package org.raspworkbench.ui.views.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;

/** A verified fix lands in a Tracr Python script's compile call, and the script still runs. */
class CompileCallEditTest {
    private static final String SCRIPT = "from tracr.compiler import compiling, lib\n"
            + "m = compiling.compile_rasp_to_model(lib.make_hist(), vocab={1, 2}, max_seq_len=4,\n"
            + "                                    mlp_exactness=100)\n";

    @Test
    void replacesAKeywordArgument() {
        String fixed = CompileCallEdit.apply(SCRIPT, "mlp_exactness", IntValue.of(1000));
        assertThat(fixed).contains("mlp_exactness=1000)").doesNotContain("=100)");
        assertThat(ProgramRunner.run(fixed, SurfaceSyntax.PYTHON).program().orElseThrow().settings().mlpExactness())
                .isEqualTo(1000.0);
    }

    @Test
    void addsAMissingOneInTracrsName() {
        String fixed = CompileCallEdit.apply(SCRIPT, "bos", StrValue.of("BOS"));
        assertThat(fixed).contains("mlp_exactness=100, compiler_bos='BOS')");
        assertThat(ProgramRunner.run(fixed, SurfaceSyntax.PYTHON).program().orElseThrow().settings().bos())
                .isEqualTo("BOS");
        String spread = CompileCallEdit.apply(SCRIPT.replace("max_seq_len=4", "max_seq_len=len([1, 2, 3, 4])"),
                "max_seq_len", IntValue.of(6));
        assertThat(spread).contains("max_seq_len=6,");
    }

    @Test
    void aScriptWithoutTheCallIsLeftAlone() {
        String script = "# rasp: vocab={1} max_seq_len=2\nfrom tracr.compiler import lib\nx = lib.make_hist()\n";
        assertThat(CompileCallEdit.apply(script, "mlp_exactness", IntValue.of(5))).isEqualTo(script);
    }
}
