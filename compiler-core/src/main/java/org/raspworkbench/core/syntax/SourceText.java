package org.raspworkbench.core.syntax;

import java.util.Arrays;
import org.raspworkbench.core.source.SourcePos;
import org.raspworkbench.core.source.SourceRange;

/**
 * A program's text with its line starts, to turn character offsets into ranges. ANTLR counts code
 * points while the editor counts Java chars; {@link #charOffset(int)} converts between the two so
 * that text with characters outside the BMP still underlines correctly.
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** Char offset of each code point, or null when every code point is one char. */
    private final int[] charOfCodePoint;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean newline = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (newline) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.charOfCodePoint = text.codePointCount(0, text.length()) == text.length() ? null : codePointTable(text);
    }

    private static int[] codePointTable(String text) {
        int count = text.codePointCount(0, text.length());
        int[] table = new int[count + 1];
        int ch = 0;
        for (int cp = 0; cp < count; cp++) {
            table[cp] = ch;
            ch += Character.charCount(text.codePointAt(ch));
        }
        table[count] = text.length();
        return table;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The char offset of a code point index as ANTLR reports it. */
    public int charOffset(int codePointIndex) {
        if (charOfCodePoint == null) return Math.min(codePointIndex, text.length());
        if (codePointIndex >= charOfCodePoint.length) return text.length();
        return charOfCodePoint[Math.max(0, codePointIndex)];
    }

    public SourcePos pos(int charOffset) {
        int offset = Math.max(0, Math.min(charOffset, text.length()));
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) line = -line - 2;
        return new SourcePos(line + 1, offset - lineStarts[line] + 1);
    }

    /** The range of chars {@code [start, end)}. */
    public SourceRange range(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return new SourceRange(pos(s), pos(e), s, e);
    }

    /** The text a range covers. */
    public String slice(SourceRange range) {
        int s = Math.max(0, Math.min(range.startOffset(), text.length()));
        int e = Math.max(s, Math.min(range.endOffset(), text.length()));
        return text.substring(s, e);
    }

    /** An empty range at the end of the text. */
    public SourceRange end() {
        return range(text.length(), text.length());
    }
}
