package org.raspworkbench.ui.views.graph;

import java.util.Optional;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Selector;

/** One node of the dependency graph: an S-op or a selector, with the kind it shows. */
public record GraphNode(RaspExpr expr, String kind) {
    public String name() {
        return expr.name();
    }

    public boolean isSelector() {
        return expr instanceof Selector;
    }

    public Optional<Encoding> encoding() {
        return expr instanceof SOp s ? Optional.of(s.encoding()) : Optional.empty();
    }

    /** The second line of the node: kind, and the encoding for an S-op. */
    public String subtitle() {
        return encoding().map(e -> kind + " \u00b7 " + e.label()).orElse(kind);
    }
}
