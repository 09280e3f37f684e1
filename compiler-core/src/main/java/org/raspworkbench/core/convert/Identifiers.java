package org.raspworkbench.core.convert;

import java.util.HashSet;
import java.util.Set;
import org.raspworkbench.core.syntax.BuiltinNames;

/**
 * Variable names for a converted program: the node's own name where it is an identifier both
 * languages accept and nothing else uses, otherwise the nearest such name ({@code shift 1} becomes
 * {@code shift_1}); the model keeps the node's real name through {@code named}.
 */
final class Identifiers {
    /** Python's keywords and soft keywords, .rasp's own, and the names the converted programs use themselves. */
    private static final Set<String> RESERVED = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield", "match", "case", "type", "set", "output", "rasp", "lib", "compiling", "model",
            "program", "print", "dict");

    private final Set<String> taken = new HashSet<>();

    Identifiers() {
        taken.add(ConversionPlan.TOKENS);
        taken.add(ConversionPlan.INDICES);
    }

    /** Claims {@code name} itself (the built-ins' variables). */
    void claim(String name) {
        taken.add(name);
    }

    String fresh(String name) {
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        String base = sb.length() == 0 ? "v" : sb.toString();
        if (Character.isDigit(base.charAt(0))) base = "v_" + base;
        if (RESERVED.contains(base) || BuiltinNames.isBuiltin(base)) base = base + "_";
        String candidate = base;
        for (int i = 2; taken.contains(candidate); i++) candidate = base + "_" + i;
        taken.add(candidate);
        return candidate;
    }
}
