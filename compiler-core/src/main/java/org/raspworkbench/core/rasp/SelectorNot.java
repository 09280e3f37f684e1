package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** A composite selector that the language could not fold into one select. */
public record SelectorNot(int id, String name, SourceRange range, Selector inner) implements Selector {
    @Override public List<RaspExpr> children() { return List.of(inner); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitSelectorNot(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
