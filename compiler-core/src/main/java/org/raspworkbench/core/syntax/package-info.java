/**
 * Reads program text. Takes a {@code String}; produces our own syntax tree ({@link
 * org.raspworkbench.core.syntax.Program}, {@link org.raspworkbench.core.syntax.Stmt}, {@link
 * org.raspworkbench.core.syntax.Expr}) or every syntax error as a {@link
 * org.raspworkbench.core.source.Diagnostic}, and the editor's colouring ({@link
 * org.raspworkbench.core.syntax.Highlighter}). ANTLR's generated types stay inside this package. A
 * range with equal start and end marks an insertion point (where a missing token belongs).
 */
package org.raspworkbench.core.syntax;
