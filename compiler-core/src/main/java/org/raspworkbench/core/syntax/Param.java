package org.raspworkbench.core.syntax;

import java.util.Optional;
import org.raspworkbench.core.source.SourceRange;

/** A parameter of a {@code def} or {@code lambda}, with its default value if any. */
public record Param(String name, Optional<Expr> defaultValue, SourceRange range) {
}
