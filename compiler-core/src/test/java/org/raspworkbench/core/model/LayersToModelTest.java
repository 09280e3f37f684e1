package org.raspworkbench.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.ProgramBuilder;
import org.raspworkbench.core.testkit.Py;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class LayersToModelTest {
    private static CompiledModel compile(RaspProgram p) {
        Compilation c = Compiler.compile(p);
        assertThat(c.diagnostics()).isEmpty();
        return c.model().orElseThrow();
    }

    @Test
    void reverseHasTracrsConfigAndResidual() {
        CompiledModel m = compile(HandBuiltPrograms.reverse());
        assertThat(m.config()).isEqualTo(new ModelConfig(4, 1, 12, 30, 41, false));
        assertThat(m.residual().get(0).label()).isEqualTo("indices:0");
        assertThat(m.residual()).contains(BasisDirection.of("one"), BasisDirection.of("length_selector_width_attn_output"));
        assertThat(m.tokenOrder()).containsExactly(IntValue.of(1), IntValue.of(2), IntValue.of(3), StrValue.of("BOS"),
                StrValue.of("PAD"));
        assertThat(m.output().unembedding()).extracting(BasisDirection::label)
                .containsExactly("reverse:1", "reverse:2", "reverse:3");
    }

    @Test
    void groupsCoverTheResidualAndNameTheirOwners() {
        CompiledModel m = compile(HandBuiltPrograms.reverse());
        int next = 0;
        for (ResidualGroup g : m.groups()) {
            assertThat(g.from()).isEqualTo(next);
            next = g.to();
        }
        assertThat(next).isEqualTo(m.config().dModel());
        ResidualGroup tokens = m.groups().stream().filter(g -> g.name().equals("tokens")).findFirst().orElseThrow();
        assertThat(tokens.size()).isEqualTo(5);
        assertThat(tokens.owner().map(SOp::name)).contains("tokens");
        ResidualGroup scratch = m.groups().stream().filter(g -> g.role() == GroupRole.SCRATCH).findFirst()
                .orElseThrow();
        assertThat(scratch.name()).isEqualTo("length_selector_width_attn_output");
        assertThat(scratch.owner().map(SOp::name)).contains("length");
        assertThat(m.groups()).filteredOn(g -> g.role() == GroupRole.ONE).hasSize(1);
        SOp opp = m.valueSets().stream().map(SOpValueSet::sop).filter(s -> s.name().equals("opp_index")).findFirst()
                .orElseThrow();
        assertThat(m.groupOf(opp).map(ResidualGroup::size)).contains(10);
        assertThat(m.valueSetOf(opp).orElseThrow()).hasSize(10);
    }

    @Test
    void selectorWidthsInOneLayerShareTracrsBosCleanUpUnit() {
        ProgramBuilder b = new ProgramBuilder();
        SOp hist = b.selectorWidth("hist", b.select("same", b.tokens, b.tokens, Comparison.EQ));
        SOp length = b.length();
        SOp out = b.sequenceMap("out", hist, length, a -> Py.sub(a.get(0), a.get(1)));
        CompiledModel m = compile(b.program(Py.ints(1, 2), 3, out));
        LayerBlock mlp = m.block(0, BlockKind.MLP);
        assertThat(mlp.sops()).extracting(SOp::name).containsExactlyInAnyOrder("hist", "length");
        assertThat(mlp.hiddenUnits()).filteredOn(d -> d.name().equals("_hidden_clean_bos_")).hasSize(1);
        int separate = 0;
        for (MlpPart p : m.circuits().get(0).mlp()) separate += p.hidden().length;
        assertThat(mlp.width()).isEqualTo(separate - 1);
        // The shared unit sees the BOS twice and subtracts both heads' BOS output twice, as in Tracr.
        ForwardTrace t = ForwardPass.run(m, Py.ints(1));
        int attnOut = m.indexOf(BasisDirection.of("hist_selector_width_attn_output"));
        assertThat(t.snapshots().get(1)[0][attnOut]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(t.snapshots().get(2)[0][attnOut]).isEqualTo(-1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aModelPastTheSizeLimitsIsALimitError() {
        RaspProgram p = HandBuiltPrograms.sort(5);
        for (SizeLimits limits : List.of(new SizeLimits(40, 1000, 1_000_000), new SizeLimits(1000, 10, 1_000_000),
                new SizeLimits(1000, 1000, 5000))) {
            Compilation c = Compiler.compile(p, limits);
            assertThat(c.model()).isEmpty();
            assertThat(c.diagnostics()).extracting(Diagnostic::kind).containsExactly(ErrorKind.LIMIT);
        }
    }

    @Test
    void aBosTokenInTheVocabularyIsAValueError() {
        ProgramBuilder b = new ProgramBuilder();
        List<Value> vocab = List.of(StrValue.of("a"), StrValue.of("BOS"));
        CompileSettings s = new CompileSettings(vocab, 3, Optional.empty(), false, "BOS", "PAD", 100);
        Compilation c = Compiler.compile(b.program(s, b.map("m", b.tokens, a -> a.get(0))));
        assertThat(c.diagnostics()).extracting(Diagnostic::kind).containsExactly(ErrorKind.VALUE);
        assertThat(c.diagnostics().get(0).message()).contains("'BOS'");
    }

    @Test
    void valueSetsDropArithmeticErrorsAndNone() {
        ProgramBuilder b = new ProgramBuilder();
        SOp inv = b.map("inv", b.indices, a -> {
            long i = ((IntValue) a.get(0)).value();
            if (i == 0) throw new org.raspworkbench.core.source.ArithmeticFailure("division by zero",
                    org.raspworkbench.core.source.SourceRange.NONE);
            return i == 1 ? org.raspworkbench.core.value.NoneValue.NONE : IntValue.of(12 / i);
        });
        SOp out = b.sequenceMap("out", inv, b.tokens, a -> a.get(0));
        Compilation c = Compiler.compile(b.program(Py.ints(1), 4, out));
        CompiledModel m = c.model().orElseThrow();
        assertThat(m.valueSetOf(inv).orElseThrow()).containsExactly(IntValue.of(4), IntValue.of(6));
        // Tracr's categorical MLP calls the function on 0 without ignoring the error: a note says so
        assertThat(c.diagnostics()).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(
                org.raspworkbench.core.source.Severity.NOTE));
    }
}
