package org.raspworkbench.ui.views.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.ui.views.LengthFixture;

class GraphLayoutersTest {
    private final LengthFixture f = new LengthFixture();

    @Test
    void buildsTheGraphTheOutputDependsOn() {
        DependencyGraph g = DependencyGraphBuilder.build(f.program());
        // The output is length: half, same_index and first are not used by it.
        assertThat(g.nodes()).extracting(GraphNode::name).containsExactly("tokens", "select_all", "length");
        assertThat(g.edges()).containsExactly(new GraphEdge(0, 1), new GraphEdge(1, 2));
        assertThat(g.nodes().get(1).isSelector()).isTrue();
        assertThat(g.nodes().get(1).subtitle()).isEqualTo("select True");
        assertThat(g.nodes().get(2).subtitle()).isEqualTo("selector_width \u00b7 categorical");
    }

    @Test
    void elkPlacesInputsAboveConsumers() {
        assertLayered(new ElkGraphLayouter());
    }

    @Test
    void longestPathPlacesInputsAboveConsumers() {
        assertLayered(new LongestPathLayouter());
    }

    @Test
    void fallsBackWhenThePreferredLayouterFails() {
        GraphLayouter broken = (graph, sizes) -> {
            throw new IllegalStateException("no");
        };
        assertLayered(new FallbackLayouter(broken, new LongestPathLayouter()));
    }

    private void assertLayered(GraphLayouter layouter) {
        DependencyGraph g = DependencyGraphBuilder.build(f.firstProgram());
        List<GraphLayout.Size> sizes = new ArrayList<>();
        for (int i = 0; i < g.nodes().size(); i++) sizes.add(new GraphLayout.Size(90, 36));
        GraphLayout layout = layouter.layout(g, sizes);
        assertThat(layout.boxes()).hasSize(g.nodes().size());
        for (GraphEdge e : g.edges()) {
            assertThat(layout.boxes().get(e.from()).y()).isLessThan(layout.boxes().get(e.to()).y());
        }
        GraphLayout.Box tokens = layout.boxes().get(g.indexOf(f.tokens).orElseThrow());
        GraphLayout.Box indices = layout.boxes().get(g.indexOf(f.indices).orElseThrow());
        assertThat(tokens.y()).isEqualTo(indices.y());
        assertThat(layout.routes()).hasSize(g.edges().size());
        assertThat(layout.width()).isPositive();
    }
}
