package org.raspworkbench.ui.editor;

/**
 * Comments or uncomments the lines a selection touches: if every non-blank line already starts with
 * {@code #} they are uncommented, otherwise each gets {@code "# "} at the block's smallest indent.
 */
public final class CommentToggle {
    private CommentToggle() {
    }

    /** Replace {@code [start, end)} of the text by {@code replacement}. */
    public record Edit(int start, int end, String replacement) {
    }

    public static Edit toggle(String text, int selectionStart, int selectionEnd) {
        int from = lineStart(text, selectionStart);
        // A selection that ends at the start of a line does not include that line.
        int last = selectionEnd > selectionStart && selectionEnd > from && text.charAt(selectionEnd - 1) == '\n'
                ? selectionEnd - 1 : selectionEnd;
        int to = lineEnd(text, last);
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean allCommented = true;
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) continue;
            int ws = leadingSpaces(line);
            indent = Math.min(indent, ws);
            if (line.charAt(ws) != '#') allCommented = false;
        }
        if (indent == Integer.MAX_VALUE) return new Edit(from, to, text.substring(from, to));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append('\n');
            String line = lines[i];
            if (line.isBlank()) out.append(line);
            else if (allCommented) out.append(uncomment(line));
            else out.append(line, 0, indent).append("# ").append(line.substring(indent));
        }
        return new Edit(from, to, out.toString());
    }

    private static String uncomment(String line) {
        int ws = leadingSpaces(line);
        int after = ws + 1;
        if (after < line.length() && line.charAt(after) == ' ') after++;
        return line.substring(0, ws) + line.substring(after);
    }

    static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    static int lineStart(String text, int offset) {
        return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    static int lineEnd(String text, int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl;
    }
}
