package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.NumericValue;

/**
 * Tracr's LinearSequenceMap: {@code firstCoeff * first + secondCoeff * second}, built for
 * {@code x + y} and {@code x - y} between numerical S-ops. {@code fn} computes the same with
 * Python's arithmetic (so ints stay ints).
 */
public record LinearSequenceMapOp(int id, String name, Encoding encoding, SourceRange range, SOp first, SOp second,
                                  NumericValue firstCoeff, NumericValue secondCoeff, RaspFunction fn)
        implements SOp {
    @Override public List<RaspExpr> children() { return List.of(first, second); }
    @Override public <R> R accept(RaspVisitor<R> v) { return v.visitLinearSequenceMap(this); }

    /** Identity: a node is itself, never a look-alike; comparing children would be exponential on a DAG. */
    @Override public boolean equals(Object o) { return this == o; }
    @Override public int hashCode() { return Integer.hashCode(id); }
}
