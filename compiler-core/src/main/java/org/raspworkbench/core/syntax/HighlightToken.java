package org.raspworkbench.core.syntax;

/** A span {@code [start, end)} of char offsets into the text, and what it is. */
public record HighlightToken(int start, int end, TokenCategory category) {
}
