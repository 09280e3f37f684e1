package org.raspworkbench.core.value;

public record StrValue(String value) implements Value {
    public static StrValue of(String s) {
        return new StrValue(s);
    }

    @Override public String typeName() { return "str"; }
    @Override public String str() { return value; }
    @Override public boolean truthy() { return !value.isEmpty(); }
    @Override public String toString() { return value; }

    @Override
    public String repr() {
        char quote = value.indexOf('\'') >= 0 && value.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == quote) {
                        sb.append('\\').append((char) c);
                    } else if (!printable(c)) {
                        // Python escapes what str.isprintable() refuses; converted programs print literals with this
                        sb.append(c < 0x100 ? String.format("\\x%02x", c)
                                : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not a control, format, separator or unassigned one. */
    private static boolean printable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
