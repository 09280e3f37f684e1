package org.raspworkbench.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.LayerBlock;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.ProgramBuilder;
import org.raspworkbench.core.testkit.Py;

class BlocksToLayersTest {
    private static CompiledModel compile(org.raspworkbench.core.rasp.RaspProgram p) {
        Compilation c = Compiler.compile(p);
        assertThat(c.diagnostics()).isEmpty();
        return c.model().orElseThrow();
    }

    private static List<String> names(LayerBlock b) {
        return b.sops().stream().map(SOp::name).toList();
    }

    @Test
    void anMlpOnlyDepthAfterAnAttentionOnlyDepthSharesItsLayer() {
        ProgramBuilder b = new ProgramBuilder();
        Select same = b.select("same", b.tokens, b.tokens, Comparison.EQ);
        SOp moved = b.aggregate("moved", same, b.tokens);
        SOp out = b.map("out", moved, a -> a.get(0));
        CompiledModel m = compile(b.program(Py.ints(1, 2), 3, out));
        assertThat(m.config().layers()).isEqualTo(1);
        assertThat(names(m.block(0, BlockKind.ATTENTION))).containsExactly("moved");
        assertThat(names(m.block(0, BlockKind.MLP))).containsExactly("out");
    }

    @Test
    void anMlpFirstLeavesTheFirstAttentionEmpty() {
        ProgramBuilder b = new ProgramBuilder();
        SOp shifted = b.map("shifted", b.tokens, a -> Py.add(a.get(0), Py.i(1)));
        Select same = b.select("same", shifted, b.tokens, Comparison.EQ);
        CompiledModel m = compile(b.program(Py.ints(1, 2), 3, b.aggregate("moved", same, b.tokens)));
        assertThat(m.config().layers()).isEqualTo(2);
        assertThat(m.block(0, BlockKind.ATTENTION).width()).isZero();
        assertThat(names(m.block(0, BlockKind.MLP))).containsExactly("shifted");
        assertThat(names(m.block(1, BlockKind.ATTENTION))).containsExactly("moved");
        assertThat(m.block(1, BlockKind.MLP).width()).isZero();
    }

    @Test
    void headsOfALayerComeInTracrsNodeOrder() {
        CompiledModel m = compile(HandBuiltPrograms.pairBalance());
        assertThat(names(m.block(1, BlockKind.ATTENTION))).containsExactly("opens", "closes");
        assertThat(m.config().heads()).isEqualTo(2);
    }

    @Test
    void aSelectorWidthFillsBothHalvesOfALayer() {
        CompiledModel m = compile(HandBuiltPrograms.hist());
        assertThat(names(m.block(0, BlockKind.ATTENTION))).containsExactly("hist");
        assertThat(names(m.block(0, BlockKind.MLP))).containsExactly("hist");
    }

    @Test
    void aProgramThatComputesNothingIsUnsupported() {
        ProgramBuilder b = new ProgramBuilder();
        Compilation c = Compiler.compile(b.program(Py.ints(1, 2), 3, b.tokens));
        assertThat(c.model()).isEmpty();
        assertThat(c.diagnostics()).extracting(Diagnostic::kind).containsExactly(ErrorKind.UNSUPPORTED);
        assertThat(c.diagnostics().get(0).message()).contains("needs no layer");
    }

    @Test
    void outputOfABuiltInPointsAtTheOutputStatementsExpression() {
        String header = "set vocab [1, 2];\nset max_seq_len 3;\nx = tokens + 1;\n";
        assertOutputError(header + "output tokens;\n", 4, 8, 4, 14);
        assertOutputError(header + "output  indices ;\n", 4, 9, 4, 16);
        // an alias of a built-in is still the built-in: the statement's expression is what names it
        assertOutputError(header + "t = tokens;\noutput t;\n", 5, 8, 5, 9);
    }

    private static void assertOutputError(String source, int line, int column, int endLine, int endColumn) {
        Compilation c = Compiler.compile(source);
        assertThat(c.model()).isEmpty();
        Diagnostic d = c.diagnostics().get(0);
        assertThat(d.kind()).isEqualTo(ErrorKind.UNSUPPORTED);
        assertThat(d.message()).contains("needs no layer");
        assertThat(List.of(d.range().start().line(), d.range().start().column(), d.range().end().line(),
                d.range().end().column())).as(source).containsExactly(line, column, endLine, endColumn);
        int start = d.range().startOffset();
        String named = source.substring(start, d.range().endOffset());
        assertThat(named).isIn("tokens", "indices", "t");
    }

    @Test
    void aProgramThatNeverReadsTokensIsUnsupported() {
        ProgramBuilder b = new ProgramBuilder();
        Compilation c = Compiler.compile(b.program(Py.ints(1, 2), 3, b.map("m", b.indices, a -> a.get(0))));
        assertThat(c.model()).isEmpty();
        assertThat(c.diagnostics().get(0).message()).contains("does not depend on tokens");
    }
}
