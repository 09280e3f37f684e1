package org.raspworkbench.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;

/**
 * A {@code .py} file's {@code # rasp: vocab={1, 2, 3} max_seq_len=5} comment: settings for a script
 * that has no {@code compile_rasp_to_model} call. Each {@code name=value} becomes a {@code set}
 * statement whose value is a Python expression; {@code compiler_bos}/{@code compiler_pad} are
 * accepted as Tracr names of {@code bos}/{@code pad}.
 */
final class SettingsComment {
    static final String MARKER = "rasp:";
    private static final Map<String, String> TRACR_NAMES = Map.of("compiler_bos", "bos", "compiler_pad", "pad");

    private SettingsComment() {
    }

    static List<Stmt> read(String source, SourceText text, boolean anonymous) {
        List<Stmt> out = new ArrayList<>();
        PythonGrammarLexer lexer = PythonParser.lexer(source);
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() != PythonGrammarLexer.COMMENT) continue;
            String comment = t.getText();
            String body = comment.substring(1).stripLeading();
            if (!body.startsWith(MARKER)) continue;
            int at = text.charOffset(t.getStartIndex()) + comment.indexOf(MARKER) + MARKER.length();
            settings(text, at, source.substring(at, text.charOffset(t.getStopIndex() + 1)), anonymous, out);
        }
        return out;
    }

    /** Splits {@code a=1 b={1, 2}} at the spaces between settings, outside brackets and strings. */
    private static void settings(SourceText text, int at, String s, boolean anonymous, List<Stmt> out) {
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length()) return;
            int nameStart = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
            String name = s.substring(nameStart, i);
            while (i < s.length() && s.charAt(i) == ' ') i++;
            SourceRange nameRange = range(text, at + nameStart, at + Math.max(i, nameStart + 1), anonymous);
            if (name.isEmpty() || i >= s.length() || s.charAt(i) != '=') {
                throw new RaspException(ErrorKind.SYNTAX, "a '# rasp:' comment holds settings written name=value, "
                        + "e.g. # rasp: vocab={1, 2, 3} max_seq_len=5", nameRange);
            }
            int valueStart = ++i;
            int depth = 0;
            char quote = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth--;
                } else if (depth <= 0 && Character.isWhitespace(c) && nextIsSetting(s, i)) {
                    break;
                }
                i++;
            }
            String value = s.substring(valueStart, i).strip();
            int valueAt = at + valueStart + (s.substring(valueStart, i).length() - s.substring(valueStart, i).stripLeading().length());
            Expr expr = PythonParser.fieldExpr(text, value, valueAt, anonymous);
            String setting = TRACR_NAMES.getOrDefault(name, name);
            out.add(new Stmt.SetStmt(setting, nameRange, expr, range(text, at + nameStart, at + i, anonymous)));
        }
    }

    private static boolean nextIsSetting(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
        int start = j;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        if (j == start) return false;
        while (j < s.length() && s.charAt(j) == ' ') j++;
        return j < s.length() && s.charAt(j) == '=' && (j + 1 >= s.length() || s.charAt(j + 1) != '=');
    }

    private static SourceRange range(SourceText text, int start, int end, boolean anonymous) {
        return anonymous ? SourceRange.NONE : text.range(start, end);
    }
}
