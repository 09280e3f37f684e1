package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** {@code select(keys, queries, predicate)}; the predicate is called as (key, query). */
public record Select(int id, String name, SourceRange range, SOp keys, SOp queries, Predicate predicate)
        implements Selector {
    @Override public List<RaspExpr> children() { return List.of(keys, queries); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitSelect(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
