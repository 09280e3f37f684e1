package org.raspworkbench.ui.state;

import java.util.List;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.ValueJson;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Writes an input as the JSON the input field accepts: a JSON string when every token is one
 * character (the way people type {@code "abc"}), a JSON list otherwise.
 */
public final class InputText {
    private InputText() {
    }

    public static String format(List<Value> tokens) {
        boolean chars = !tokens.isEmpty() && tokens.stream()
                .allMatch(v -> v instanceof StrValue s && s.value().length() == 1);
        if (chars) {
            StringBuilder sb = new StringBuilder();
            tokens.forEach(v -> sb.append(((StrValue) v).value()));
            return quote(sb.toString());
        }
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(json(tokens.get(i)));
        }
        return sb.append(']').toString();
    }

    /** The product's one value writer, so the field reads back (tuples, infinities) as the example was. */
    private static String json(Value v) {
        return JsonText.line(g -> ValueJson.write(g, v));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
