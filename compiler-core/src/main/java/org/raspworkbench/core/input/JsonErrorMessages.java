package org.raspworkbench.core.input;

import java.util.List;

/**
 * Jackson's parse errors in a user's terms. Jackson words them for Java developers ("enable
 * {@code JsonReadFeature...}"), and its end-of-input messages name its own source; matching on
 * its wording is safe because a test pins every case below and Jackson's version is managed.
 */
final class JsonErrorMessages {
    private record Rule(String jacksonSays, String weSay) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("Leading zeroes not allowed", "a number cannot start with 0 followed by digits (write 1, not 01)"),
            new Rule("Decimal point not followed by a digit",
                    "a decimal point must be followed by a digit (write 1.0, not 1.)"),
            new Rule("Exponent indicator not followed by a digit", "an exponent needs digits (write 1e5)"),
            new Rule("to follow minus sign", "a minus sign must be followed by a digit"),
            new Rule("does not allow numbers to have plus signs", "a number cannot start with '+'"),
            new Rule("expected close marker for Array", "the list is not closed: ']' is missing"),
            new Rule("was expecting closing quote", "the string is not closed"),
            new Rule("Unexpected end-of-input", "the JSON text ends too early"),
            new Rule("was expecting comma to separate Array entries", "expected ',' or ']' in the list"),
            new Rule("expected a valid value", "expected a JSON value (a number, a string, true, false, null or a list)"),
            new Rule("Illegal unquoted character", "a control character in a string must be written as an escape"),
            new Rule("Illegal character", "only spaces, tabs and newlines may come between JSON values"));

    private JsonErrorMessages() {
    }

    /** @param jackson the message without Jackson's location suffix ({@code getOriginalMessage()}) */
    static String of(String jackson) {
        String escape = quoted(jackson, "Unrecognized character escape '");
        if (escape != null) {
            return "'\\" + escape + "' is not a JSON escape; a backslash is written '\\\\'";
        }
        String token = unrecognizedToken(jackson);
        if (token != null) return "'" + token + "' is not a JSON value";
        for (Rule r : RULES) {
            if (jackson.contains(r.jacksonSays())) return r.weSay();
        }
        int source = jackson.indexOf(" (start marker at [Source");
        return source < 0 ? jackson : jackson.substring(0, source);
    }

    /** The token Jackson did not recognise ({@code tru}, {@code INF}), or null. */
    static String unrecognizedToken(String jackson) {
        return quoted(jackson, "Unrecognized token '");
    }

    private static String quoted(String message, String prefix) {
        if (!message.startsWith(prefix)) return null;
        int end = message.indexOf('\'', prefix.length());
        return end < 0 ? null : message.substring(prefix.length(), end);
    }
}
