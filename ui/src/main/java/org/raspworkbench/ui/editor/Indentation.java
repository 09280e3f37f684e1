package org.raspworkbench.ui.editor;

/**
 * What Enter inserts: a newline plus the current line's indent, one level deeper after an opening
 * bracket; between a bracket pair the closing bracket moves to a line of its own.
 */
public final class Indentation {
    public static final String UNIT = "  ";

    private Indentation() {
    }

    /** The text to insert and where the caret goes, relative to the insertion point. */
    public record Insert(String text, int caretOffset) {
    }

    public static Insert newline(String text, int caret) {
        int lineStart = CommentToggle.lineStart(text, caret);
        String line = text.substring(lineStart, caret);
        String indent = line.substring(0, CommentToggle.leadingSpaces(line));
        char before = lastNonBlank(text, lineStart, caret);
        char after = caret < text.length() ? text.charAt(caret) : 0;
        if (opens(before)) {
            String inner = "\n" + indent + UNIT;
            if (closes(after)) return new Insert(inner + "\n" + indent, inner.length());
            return new Insert(inner, inner.length());
        }
        String plain = "\n" + indent;
        return new Insert(plain, plain.length());
    }

    /**
     * When a closing bracket is typed on a line holding only spaces, the indent it should sit at: one
     * level less than the line has now; -1 when nothing should change.
     */
    public static int dedentForCloser(String text, int caret) {
        int lineStart = CommentToggle.lineStart(text, caret);
        String line = text.substring(lineStart, caret);
        if (line.isEmpty() || !line.isBlank()) return -1;
        return Math.max(0, line.length() - UNIT.length());
    }

    private static char lastNonBlank(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') return c;
        }
        return 0;
    }

    static boolean opens(char c) {
        return c == '{' || c == '[' || c == '(';
    }

    static boolean closes(char c) {
        return c == '}' || c == ']' || c == ')';
    }
}
