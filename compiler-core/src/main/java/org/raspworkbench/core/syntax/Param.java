package org.raspworkbench.core.syntax;

import java.util.Optional;
import org.raspworkbench.core.source.SourceRange;

/**
 * A parameter of a {@code def} or {@code lambda}, with its default value if any; a variadic one
 * ({@code *args}) collects the remaining positional arguments into a tuple.
 */
public record Param(String name, Optional<Expr> defaultValue, boolean variadic, SourceRange range) {
}
