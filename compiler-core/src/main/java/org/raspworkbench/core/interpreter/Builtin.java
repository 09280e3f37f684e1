package org.raspworkbench.core.interpreter;


/** The language's predefined functions; {@code lifts} marks those that become a map on an S-op. */
public enum Builtin {
    SELECT("select", false), AGGREGATE("aggregate", false), SELECTOR_WIDTH("selector_width", false),
    MAP("map", false), SEQUENCE_MAP("sequence_map", false), NUMERICAL("numerical", false),
    CATEGORICAL("categorical", false),
    LEN("len", false), RANGE("range", false), ABS("abs", true), MIN("min", true), MAX("max", true),
    ROUND("round", true), FLOOR("floor", true), CEIL("ceil", true), INT("int", true), FLOAT("float", true),
    STR("str", true), BOOL("bool", true), SUM("sum", false), ANY("any", false), ALL("all", false),
    SORTED("sorted", false), LIST("list", false), ZIP("zip", false), ENUMERATE("enumerate", false),
    TUPLE("tuple", false), REVERSED("reversed", false), ISINSTANCE("isinstance", false), NAMED("named", false),
    LINEAR_SEQUENCE_MAP("linear_sequence_map", false);

    public final String pyName;
    final boolean lifts;

    Builtin(String pyName, boolean lifts) {
        this.pyName = pyName;
        this.lifts = lifts;
    }

    /** Whether Python has this built-in too (a .py file sees only those). */
    public boolean isPython() {
        return !isRasp() && this != NAMED && this != LINEAR_SEQUENCE_MAP && this != FLOOR && this != CEIL;
    }

    /** The built-in value a program sees under this name (Tracr's API reuses the RASP ones). */
    public BuiltinValue value() {
        return new BuiltinValue(this);
    }

    public boolean isRasp() {
        return ordinal() <= CATEGORICAL.ordinal();
    }
}
