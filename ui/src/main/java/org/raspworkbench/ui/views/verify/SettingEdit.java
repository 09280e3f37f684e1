package org.raspworkbench.ui.views.verify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raspworkbench.core.value.Value;

/**
 * Writes a setting into a program's text: replaces the value of its {@code set NAME ...;}
 * statement, or adds one after the last {@code set} statement (at the top when there is none).
 */
public final class SettingEdit {
    private SettingEdit() {
    }

    public static String apply(String source, String setting, Value value) {
        String literal = value.repr();
        Matcher existing = Pattern.compile("(?m)^(\\s*set\\s+" + Pattern.quote(setting) + "\\s+)[^;\\n]*;").matcher(source);
        if (existing.find()) {
            return source.substring(0, existing.start()) + existing.group(1) + literal + ";"
                    + source.substring(existing.end());
        }
        String statement = "set " + setting + " " + literal + ";\n";
        Matcher sets = Pattern.compile("(?m)^\\s*set\\s+[^;\\n]*;[^\\n]*\\n?").matcher(source);
        int end = -1;
        while (sets.find()) end = sets.end();
        if (end < 0) return statement + source;
        String before = source.substring(0, end);
        if (!before.endsWith("\n")) before += "\n";
        return before + statement + source.substring(end);
    }
}
