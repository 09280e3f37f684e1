package org.raspworkbench.ui.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspProgram;

/** The call lines that tell apart S-ops one piece of text made several times. */
class CallSiteLabelsTest {
    private static final String HEADER = "set vocab [1, 2, 3];\nset max_seq_len 5;\n";

    private static RaspProgram run(String source) {
        return ProgramRunner.run(HEADER + source).program().orElseThrow();
    }

    /** The call lines of the graph's nodes named {@code prefix}, {@code prefix_2}, ... in node order. */
    private static List<String> labelsOf(RaspProgram p, String prefix) {
        DependencyGraph g = DependencyGraphBuilder.build(p);
        List<String> labels = CallSiteLabels.of(p, g);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            if (g.nodes().get(i).name().matches(prefix + "(_\\d+)?")) out.add(labels.get(i));
        }
        return out;
    }

    @Test
    void differentCallsAreNamedByTheirText() {
        RaspProgram p = run("def inc(x, k) { m = x + k; return m; }\na = inc(tokens, 1);\nb = inc(tokens, 2);\n"
                + "output a + b;");
        assertThat(labelsOf(p, "a")).containsExactly("inc(tokens, 1) line 4");
        assertThat(labelsOf(p, "b")).containsExactly("inc(tokens, 2) line 5");
    }

    @Test
    void aCallInALoopIsNumberedAtTheLoopAndKeepsItsInnerCalls() {
        RaspProgram p = run("def inner(x) { s = x + 1; return s; }\n"
                + "def outer(x) { return inner(x) + x; }\n"
                + "xs = [outer(tokens) for i in range(2)];\n"
                + "output xs[0] + xs[1];");
        assertThat(labelsOf(p, "s")).containsExactly(
                "inner(x) line 4\n\u2190 outer(tokens) #1 line 5",
                "inner(x) line 4\n\u2190 outer(tokens) #2 line 5");
    }

    @Test
    void aLoopWithoutCallsNumbersItsS_ops() {
        RaspProgram p = run("ys = [tokens + i for i in range(3)];\noutput ys[0] + ys[1] + ys[2];");
        DependencyGraph g = DependencyGraphBuilder.build(p);
        List<String> labels = CallSiteLabels.of(p, g);
        List<String> twins = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) {
            if (p.output().range().startOffset() > g.nodes().get(i).expr().range().startOffset()
                    && !g.nodes().get(i).expr().range().isNone()) {
                twins.add(labels.get(i));
            }
        }
        assertThat(twins).containsExactly("#1 of 3", "#2 of 3", "#3 of 3");
    }

    @Test
    void aSingleS_opOfItsTextHasNoCallLine() {
        RaspProgram p = run("def inc(x) { return x + 1; }\ny = inc(tokens);\noutput y;");
        assertThat(labelsOf(p, "y")).containsExactly("");
    }

    @Test
    void longCallTextsShowTheFunctionName() {
        RaspProgram p = run("def inc(x, k) { m = x + k; return m; }\n"
                + "a = inc(tokens, 1 + 1 + 1 + 1 + 1 + 1 + 1);\nb = inc(tokens, 2);\noutput a + b;");
        assertThat(labelsOf(p, "a")).containsExactly("inc(\u2026) line 4");
    }
}
