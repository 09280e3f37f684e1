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
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c == quote) sb.append('\\');
                    sb.append(c);
                }
            }
        }
        return sb.append(quote).toString();
    }
}
