package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** {@code select(keys, queries, predicate)}; the predicate is called as (key, query). */
public record Select(int id, String name, SourceRange range, SOp keys, SOp queries, Predicate predicate)
        implements Selector {
    @Override public List<RaspExpr> children() { return List.of(keys, queries); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitSelect(this); }
}
