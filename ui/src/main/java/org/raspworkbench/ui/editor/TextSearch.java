package org.raspworkbench.ui.editor;

import java.util.Locale;
import java.util.OptionalInt;

/** Plain-text search that wraps around the end of the text, ignoring case unless asked. */
public final class TextSearch {
    private TextSearch() {
    }

    /** The start of the next match at or after {@code from} (or before it, searching backwards). */
    public static OptionalInt find(String text, String query, int from, boolean forward, boolean matchCase) {
        if (query.isEmpty() || query.length() > text.length()) return OptionalInt.empty();
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        // Lower-casing can change lengths for a few scripts; fall back to exact search then.
        if (hay.length() != text.length() || needle.length() != query.length()) {
            hay = text;
            needle = query;
        }
        int at = forward ? hay.indexOf(needle, Math.max(0, from)) : hay.lastIndexOf(needle, from);
        if (at < 0) at = forward ? hay.indexOf(needle) : hay.lastIndexOf(needle);
        return at < 0 ? OptionalInt.empty() : OptionalInt.of(at);
    }

    public static int count(String text, String query, boolean matchCase) {
        if (query.isEmpty()) return 0;
        String hay = matchCase ? text : text.toLowerCase(Locale.ROOT);
        String needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
