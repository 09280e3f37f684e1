package org.raspworkbench.ui.views.verify;

import java.util.Optional;
import org.raspworkbench.core.tracrapi.TracrApi;
import org.raspworkbench.core.value.Value;

/**
 * Writes a setting into a Tracr Python script's text, the way {@link SettingEdit} does for a
 * {@code .rasp} file's {@code set} statements: the keyword argument of its
 * {@code compile_rasp_to_model(...)} call is replaced, or added before the call's closing bracket.
 * A script without the call is left as it was (its settings come from a comment the user owns).
 */
public final class CompileCallEdit {
    private static final String CALL = "compile_rasp_to_model(";

    private CompileCallEdit() {
    }

    public static String apply(String source, String setting, Value value) {
        Optional<String> keyword = keyword(setting);
        int call = source.indexOf(CALL);
        if (keyword.isEmpty() || call < 0) return source;
        int open = call + CALL.length() - 1;
        int close = matching(source, open);
        if (close < 0) return source;
        String literal = value.repr();
        // an existing keyword argument: replace its value, up to the next comma or the closing bracket
        int at = argumentStart(source, open, close, keyword.get());
        if (at >= 0) {
            int valueStart = source.indexOf('=', at) + 1;
            int valueEnd = endOfArgument(source, valueStart, close);
            return source.substring(0, valueStart) + literal + source.substring(valueEnd);
        }
        String before = source.substring(0, close);
        int last = before.length();
        while (last > 0 && Character.isWhitespace(before.charAt(last - 1))) last--;
        boolean comma = last > 0 && before.charAt(last - 1) == ',';
        String insert = (comma ? " " : ", ") + keyword.get() + "=" + literal;
        return source.substring(0, last) + insert + source.substring(last);
    }

    /** The Tracr parameter a setting is: {@code bos} is {@code compiler_bos}, and so on. */
    private static Optional<String> keyword(String setting) {
        for (TracrApi.CompileParam p : TracrApi.CompileParam.values()) {
            if (setting.equals(p.setting)) return Optional.of(p.tracrName);
        }
        return Optional.empty();
    }

    private static int argumentStart(String s, int open, int close, String keyword) {
        int depth = 0;
        char quote = 0;
        for (int i = open + 1; i < close; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                continue;
            }
            if (c == '"' || c == '\'') quote = c;
            else if ("([{".indexOf(c) >= 0) depth++;
            else if (")]}".indexOf(c) >= 0) depth--;
            else if (depth == 0 && s.startsWith(keyword, i) && (i == 0 || !Character.isJavaIdentifierPart(s.charAt(i - 1)))) {
                int j = i + keyword.length();
                while (j < close && s.charAt(j) == ' ') j++;
                if (j < close && s.charAt(j) == '=' && s.charAt(j + 1) != '=') return i;
            }
        }
        return -1;
    }

    private static int endOfArgument(String s, int from, int close) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < close; i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        int end = close;
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) end--;
        return end;
    }

    private static int matching(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
