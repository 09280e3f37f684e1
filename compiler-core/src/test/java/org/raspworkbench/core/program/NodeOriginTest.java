package org.raspworkbench.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.program;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CallSite;
import org.raspworkbench.core.rasp.NodeOrigin;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;

/** Where a node was named and which calls made it, so that views can tell same-text nodes apart. */
class NodeOriginTest {
    @Test
    void theNameRangeIsTheAssignedName() {
        String src = HEADER + "shifted = tokens + 1;\noutput shifted;";
        RaspProgram p = program(src);
        NodeOrigin o = p.origin(p.output());
        assertThat(src.substring(o.nameRange().startOffset(), o.nameRange().endOffset())).isEqualTo("shifted");
        assertThat(o.nameRange().start().line()).isEqualTo(3);
        assertThat(o.calls()).isEmpty();
        assertThat(o.line()).isEqualTo("shifted = tokens + 1;");
        assertThat(p.origin(p.nodes().get(0)).nameRange().isNone()).isTrue();
    }

    @Test
    void theCallersAssignmentGivesTheNameRange() {
        String src = HEADER + "def f(x) { inner = x + 1; return inner; }\nouter = f(tokens);\noutput outer;";
        RaspProgram p = program(src);
        NodeOrigin o = p.origin(p.output());
        assertThat(src.substring(o.nameRange().startOffset(), o.nameRange().endOffset())).isEqualTo("outer");
        // The line is where the S-op's own text is, inside the function.
        assertThat(o.line()).isEqualTo("def f(x) { inner = x + 1; return inner; }");
    }

    @Test
    void nodesMadeBySameTextDifferInTheirCalls() {
        String src = HEADER
                + "def g(x, k) { m = x + k; return m; }\n"
                + "def f(x) { a = g(x, 1); b = g(x, 2); return a + b; }\n"
                + "outs = [f(tokens) for i in range(2)];\n"
                + "output outs[0] + outs[1];";
        RaspProgram p = program(src);
        List<RaspExpr> made = p.nodes().stream().filter(n -> n.range().start().line() == 3
                && src.substring(n.range().startOffset(), n.range().endOffset()).equals("x + k")).toList();
        assertThat(made).hasSize(4);
        List<List<CallSite>> calls = made.stream().map(n -> p.origin(n).calls()).toList();
        assertThat(calls).doesNotHaveDuplicates();
        List<CallSite> first = calls.get(0);
        assertThat(first).extracting(CallSite::function).containsExactly("g", "f");
        assertThat(first).extracting(CallSite::text).containsExactly("g(x, 1)", "f(tokens)");
        assertThat(first.get(1).range().start().line()).isEqualTo(5);
        // The comprehension calls f twice from the same text: the occurrence tells the iterations apart.
        assertThat(calls).extracting(c -> c.get(1).occurrence()).containsExactly(1, 1, 2, 2);
        assertThat(calls).extracting(c -> c.get(0).text()).containsExactly("g(x, 1)", "g(x, 2)", "g(x, 1)", "g(x, 2)");
    }

    @Test
    void plainValueCallsLeaveNoCallSite() {
        String src = HEADER + "def inc(v) { return v + 1; }\ny = map(inc, tokens);\noutput y;";
        RaspProgram p = program(src);
        assertThat(p.origin(p.output()).calls()).isEmpty();
    }
}
