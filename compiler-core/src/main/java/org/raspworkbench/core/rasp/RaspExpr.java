package org.raspworkbench.core.rasp;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/**
 * A node of the program's RASP DAG: an S-op or a selector. Every node has an id unique in its
 * program (creation order), a final unique name, and the range of text that created it.
 */
public sealed interface RaspExpr permits SOp, Selector {
    int id();

    String name();

    SourceRange range();

    /** Direct inputs, in Tracr's order (for example keys before queries). */
    List<RaspExpr> children();

    <R> R accept(RaspVisitor<R> visitor);
}
