package org.raspworkbench.core.syntax;

import java.util.List;
import org.raspworkbench.core.source.SourceRange;

/** What an assignment or a {@code for} binds: a name or a (nested) tuple of names. */
public sealed interface Target {
    SourceRange range();

    record NameTarget(String name, SourceRange range) implements Target {
    }

    /** {@code *rest} in an unpacking: the items left over, as a list. */
    record StarTarget(String name, SourceRange range) implements Target {
    }

    record TupleTarget(List<Target> items, SourceRange range) implements Target {
        public TupleTarget {
            items = List.copyOf(items);
        }
    }
}
