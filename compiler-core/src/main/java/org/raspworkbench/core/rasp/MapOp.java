package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** {@code map(f, inner)}: f applied at every position. Maps of maps are already fused. */
public record MapOp(int id, String name, Encoding encoding, SourceRange range, SOp inner, RaspFunction fn)
        implements SOp {
    @Override public List<RaspExpr> children() { return List.of(inner); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitMap(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
