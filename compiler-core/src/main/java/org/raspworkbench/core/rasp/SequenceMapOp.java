package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** {@code sequence_map(f, first, second)}: f of the two values at every position. */
public record SequenceMapOp(int id, String name, Encoding encoding, SourceRange range, SOp first, SOp second,
                            RaspFunction fn) implements SOp {
    @Override public List<RaspExpr> children() { return List.of(first, second); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitSequenceMap(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
