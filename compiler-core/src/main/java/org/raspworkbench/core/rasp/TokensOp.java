package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** The input tokens; always named {@code tokens}, always categorical in a compilable program. */
public record TokensOp(int id, String name, Encoding encoding, SourceRange range) implements SOp {
    @Override public List<RaspExpr> children() { return List.of(); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitTokens(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
