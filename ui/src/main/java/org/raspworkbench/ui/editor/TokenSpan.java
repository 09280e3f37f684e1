package org.raspworkbench.ui.editor;

/** A run of text, {@code [start, end)} in char offsets, drawn with one CSS style class. */
public record TokenSpan(int start, int end, String styleClass) {
}
