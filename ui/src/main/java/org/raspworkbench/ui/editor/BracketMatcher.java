package org.raspworkbench.ui.editor;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds the bracket that pairs with the one at an offset. Brackets inside strings and comments do
 * not count; the scan understands just enough of the lexical rules (quotes, escapes, {@code #}) for
 * that.
 */
public final class BracketMatcher {
    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";

    private BracketMatcher() {
    }

    /** A bracket and its partner; no partner means it is unbalanced. */
    public record Pair(int at, OptionalInt partner) {
    }

    /** The bracket touching the caret: the one just before it wins, as in most editors. */
    public static Optional<Pair> atCaret(String text, int caret) {
        for (int at : new int[] {caret - 1, caret}) {
            if (at >= 0 && at < text.length() && isBracket(text.charAt(at)) && !inStringOrComment(text, at)) {
                return Optional.of(new Pair(at, match(text, at)));
            }
        }
        return Optional.empty();
    }

    static boolean isBracket(char c) {
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0;
    }

    /** The offset of the bracket pairing with the one at {@code at}, if there is one. */
    public static OptionalInt match(String text, int at) {
        char c = text.charAt(at);
        boolean forward = OPEN.indexOf(c) >= 0;
        char open = forward ? c : OPEN.charAt(CLOSE.indexOf(c));
        char close = forward ? CLOSE.charAt(OPEN.indexOf(c)) : c;
        boolean[] code = codeMask(text);
        int depth = 0;
        for (int i = at; i >= 0 && i < text.length(); i += forward ? 1 : -1) {
            if (!code[i]) continue;
            char d = text.charAt(i);
            if (d == open) depth += forward ? 1 : -1;
            else if (d == close) depth += forward ? -1 : 1;
            if (depth == 0) return OptionalInt.of(i);
        }
        return OptionalInt.empty();
    }

    static boolean inStringOrComment(String text, int at) {
        return !codeMask(text)[at];
    }

    /** For each char: true when it is program text, false inside a string literal or a comment. */
    static boolean[] codeMask(String text) {
        boolean[] code = new boolean[text.length()];
        char quote = 0;
        boolean comment = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (comment) {
                if (c == '\n') comment = false;
                continue;
            }
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote || c == '\n') quote = 0;
                continue;
            }
            if (c == '#') comment = true;
            else if (c == '"' || c == '\'') quote = c;
            else code[i] = true;
        }
        return code;
    }
}
