package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** {@code aggregate(selector, sop, default)}: the mean of the selected values, or the default. */
public record AggregateOp(int id, String name, Encoding encoding, SourceRange range, Selector selector, SOp sop,
                          Value defaultValue) implements SOp {
    @Override public List<RaspExpr> children() { return List.of(selector, sop); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitAggregate(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
