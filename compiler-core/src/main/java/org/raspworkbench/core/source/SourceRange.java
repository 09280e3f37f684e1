package org.raspworkbench.core.source;

/**
 * A span of program text, start inclusive and end exclusive, plus the character offsets the
 * editor needs to underline it. Lines and columns count from 1.
 */
public record SourceRange(SourcePos start, SourcePos end, int startOffset, int endOffset) {
    /** Used for values that come from no text (built-ins such as {@code tokens}). */
    public static final SourceRange NONE = new SourceRange(new SourcePos(1, 1), new SourcePos(1, 1), 0, 0);

    public boolean isNone() {
        return this == NONE || (startOffset == 0 && endOffset == 0 && start.line() == 1 && start.column() == 1
                && end.equals(start));
    }

    /** The smallest range that covers both. */
    public SourceRange to(SourceRange other) {
        if (isNone()) return other;
        if (other.isNone()) return this;
        SourcePos s = start.compareTo(other.start) <= 0 ? start : other.start;
        SourcePos e = end.compareTo(other.end) >= 0 ? end : other.end;
        return new SourceRange(s, e, Math.min(startOffset, other.startOffset), Math.max(endOffset, other.endOffset));
    }
}
