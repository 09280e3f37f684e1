package org.raspworkbench.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit that damages a program's text, the way a typing user or a broken file does. Positions
 * are taken modulo the text's length, so any mutation applies to any text, and shrink towards the
 * start. Token edits work on a rough split into words, numbers, strings, spaces and single
 * symbols (not the real lexer, so they also cut strings and comments apart).
 */
public sealed interface Mutation {
    String apply(String text);

    /** Removes {@code length} characters. */
    record DeleteChars(int at, int length) implements Mutation {
        public String apply(String t) {
            int from = Text.clamp(at, t.length());
            return t.substring(0, from) + t.substring(Math.min(t.length(), from + length));
        }
    }

    /** Repeats {@code length} characters. */
    record DuplicateChars(int at, int length) implements Mutation {
        public String apply(String t) {
            int from = Text.clamp(at, t.length());
            int to = Math.min(t.length(), from + length);
            return t.substring(0, to) + t.substring(from, to) + t.substring(to);
        }
    }

    /** Swaps two characters (which may split a surrogate pair). */
    record SwapChars(int first, int second) implements Mutation {
        public String apply(String t) {
            if (t.isEmpty()) return t;
            char[] c = t.toCharArray();
            int i = Math.floorMod(first, c.length);
            int j = Math.floorMod(second, c.length);
            char x = c[i];
            c[i] = c[j];
            c[j] = x;
            return new String(c);
        }
    }

    /** Inserts arbitrary characters: controls, NUL, lone surrogates, anything in the BMP. */
    record Insert(int at, String inserted) implements Mutation {
        public String apply(String t) {
            int i = Text.clamp(at, t.length());
            return t.substring(0, i) + inserted + t.substring(i);
        }
    }

    /** Keeps only the first {@code at} characters (modulo the length). */
    record Truncate(int at) implements Mutation {
        public String apply(String t) {
            return t.substring(0, Text.clamp(at, t.length()));
        }
    }

    record DeleteToken(int index) implements Mutation {
        public String apply(String t) {
            List<int[]> tokens = Text.tokens(t);
            if (tokens.isEmpty()) return t;
            int[] k = tokens.get(Math.floorMod(index, tokens.size()));
            return t.substring(0, k[0]) + t.substring(k[1]);
        }
    }

    record DuplicateToken(int index) implements Mutation {
        public String apply(String t) {
            List<int[]> tokens = Text.tokens(t);
            if (tokens.isEmpty()) return t;
            int[] k = tokens.get(Math.floorMod(index, tokens.size()));
            return t.substring(0, k[1]) + t.substring(k[0], k[1]) + t.substring(k[1]);
        }
    }

    /** Replaces a number with one of the ones that reach limits and corner cases. */
    record ReplaceNumber(int index, int choice) implements Mutation {
        static final java.util.List<String> NUMBERS = java.util.List.of("0", "-1", "1", "7", "64", "4096", "4097",
                "0.5", "1e400", "99999999999999999999", "1e-320", "nan");

        public String apply(String t) {
            List<int[]> numbers = Text.tokens(t).stream().filter(k -> Character.isDigit(t.charAt(k[0]))).toList();
            if (numbers.isEmpty()) return t;
            int[] k = numbers.get(Math.floorMod(index, numbers.size()));
            return t.substring(0, k[0]) + NUMBERS.get(Math.floorMod(choice, NUMBERS.size())) + t.substring(k[1]);
        }
    }

    /** Swaps two tokens (the later one's text goes first). */
    record SwapTokens(int first, int second) implements Mutation {
        public String apply(String t) {
            List<int[]> tokens = Text.tokens(t);
            if (tokens.isEmpty()) return t;
            int[] a = tokens.get(Math.floorMod(first, tokens.size()));
            int[] b = tokens.get(Math.floorMod(second, tokens.size()));
            if (a[0] > b[0]) {
                int[] x = a;
                a = b;
                b = x;
            }
            if (a[0] == b[0]) return t;
            return t.substring(0, a[0]) + t.substring(b[0], b[1]) + t.substring(a[1], b[0]) + t.substring(a[0], a[1])
                    + t.substring(b[1]);
        }
    }

    /** Where the rough tokens are. */
    final class Text {
        private Text() {
        }

        static int clamp(int at, int length) {
            return Math.floorMod(at, length + 1);
        }

        private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|[0-9.]+(?:[eE][+-]?[0-9]+)?"
                + "|\"[^\"\\n]*\"|'[^'\\n]*'|\\s+|.", Pattern.DOTALL);

        /** Start and end offsets of each rough token that is not white space. */
        static List<int[]> tokens(String t) {
            List<int[]> out = new ArrayList<>();
            Matcher m = TOKEN.matcher(t);
            while (m.find()) {
                if (!m.group().isBlank()) out.add(new int[] {m.start(), m.end()});
            }
            return out;
        }
    }
}
