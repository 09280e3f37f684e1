package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** {@code selector_width(selector)}: how many keys each query selects. */
public record SelectorWidthOp(int id, String name, Encoding encoding, SourceRange range, Selector selector)
        implements SOp {
    @Override public List<RaspExpr> children() { return List.of(selector); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitSelectorWidth(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
