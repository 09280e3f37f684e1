package org.raspworkbench.core.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.testkit.HandBuiltPrograms;
import org.raspworkbench.core.testkit.ProgramBuilder;
import org.raspworkbench.core.testkit.Py;

class ProgramToGraphTest {
    @Test
    void nodesComeInTracrsBreadthFirstOrder() {
        ProgramGraph g = ProgramToGraph.run(HandBuiltPrograms.reverse());
        assertThat(g.nodes().stream().map(RaspExpr::name)).containsExactly("reverse", "flip", "tokens", "indices",
                "opp_index_1", "opp_index", "length", "all_true_selector");
        assertThat(g.sources().stream().map(SOp::name)).containsExactly("tokens", "indices");
        assertThat(g.sink().name()).isEqualTo("reverse");
    }

    @Test
    void leavesOutWhatTheOutputDoesNotNeed() {
        ProgramBuilder b = new ProgramBuilder();
        b.map("unused", b.indices, a -> a.get(0));
        SOp out = b.map("out", b.tokens, a -> a.get(0));
        ProgramGraph g = ProgramToGraph.run(b.program(Py.ints(1, 2), 3, out));
        assertThat(g.nodes().stream().map(RaspExpr::name)).containsExactly("out", "tokens");
        assertThat(g.readersOf(b.tokens)).extracting(RaspExpr::name).containsExactly("out");
    }

    @Test
    void aSequenceMapOfOneSopTwiceHasOneEdge() {
        ProgramBuilder b = new ProgramBuilder();
        SOp out = b.sequenceMap("twice", b.tokens, b.tokens, a -> a.get(0));
        ProgramGraph g = ProgramToGraph.run(b.program(Py.ints(1, 2), 3, out));
        assertThat(g.dag().edgeSet()).hasSize(1);
        assertThat(g.nodes()).hasSize(2);
        assertThat(List.copyOf(g.sops())).extracting(SOp::name).containsExactly("twice", "tokens");
    }
}
