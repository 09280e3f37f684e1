/**
 * The RASP source editor: a RichTextFX code area with the language lexer's highlighting (computed
 * off the FX thread), line numbers and breakpoint gutter, bracket matching, find, comment toggling,
 * auto-indent, and squiggles with hover messages at the exact ranges of the compiler's diagnostics.
 * The text logic (brackets, comments, indentation, search, style composition) lives in small pure
 * classes; {@link org.raspworkbench.ui.editor.EditorPane} wires them to the area.
 */
package org.raspworkbench.ui.editor;
