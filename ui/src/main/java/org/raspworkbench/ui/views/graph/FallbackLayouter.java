package org.raspworkbench.ui.views.graph;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a preferred layouter and falls back to another when it fails; ELK is a large library
 * with reflective set-up, and a broken layout must never cost the user the graph.
 */
public final class FallbackLayouter implements GraphLayouter {
    private static final Logger LOG = LoggerFactory.getLogger(FallbackLayouter.class);
    private final GraphLayouter preferred;
    private final GraphLayouter fallback;

    public FallbackLayouter(GraphLayouter preferred, GraphLayouter fallback) {
        this.preferred = preferred;
        this.fallback = fallback;
    }

    /** ELK layered, falling back to the longest-path layering. */
    public static GraphLayouter standard() {
        return new FallbackLayouter(new ElkGraphLayouter(), new LongestPathLayouter());
    }

    @Override
    public GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes) {
        try {
            return preferred.layout(graph, sizes);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("the graph layout failed; drawn with the simple layering instead", e);
            return fallback.layout(graph, sizes);
        }
    }

    @Override
    public GraphLayout layout(DependencyGraph graph, List<GraphLayout.Size> sizes, List<Integer> lanes) {
        try {
            return preferred.layout(graph, sizes, lanes);
        } catch (RuntimeException | LinkageError e) {
            LOG.error("the graph layout failed; drawn with the simple layering instead", e);
            return fallback.layout(graph, sizes, lanes);
        }
    }
}
