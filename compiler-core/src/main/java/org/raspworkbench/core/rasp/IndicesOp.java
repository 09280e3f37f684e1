package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** The positions 0..n-1; always named {@code indices}. */
public record IndicesOp(int id, String name, Encoding encoding, SourceRange range) implements SOp {
    @Override public List<RaspExpr> children() { return List.of(); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitIndices(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
