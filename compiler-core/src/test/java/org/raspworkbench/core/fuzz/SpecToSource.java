package org.raspworkbench.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Renders a {@link ProgramSpec} as {@code .rasp} text. Each step picks operands of the right sort
 * (categorical or numerical S-op, selector; int or string values), so that the program is well
 * formed; a step whose operands do not exist yet becomes the simplest step that can make them.
 * Functions are drawn from small tables that cover maps, sequence maps, comparisons, the operator
 * spellings that the language lifts to maps and sequence maps, and string as well as int values.
 */
public final class SpecToSource {
    /** What a step adds; the order is the shrinking order (towards {@link #MAP}). */
    enum Kind {
        MAP, SEQUENCE_MAP, SELECT, AGGREGATE, SELECTOR_WIDTH, SELECTOR_LOGIC, NUMERICAL_FLAG,
        NUMERICAL_AGGREGATE, NUMERICAL_MAP, LINEAR, ANNOTATE
    }

    /**
     * What each value of {@link ProgramSpec.Step#kind()} means: every kind once, then the numerical
     * ones again, since they reach the output less often and hold most of Tracr's known faults.
     */
    static final List<Kind> CHOICES = List.of(Kind.MAP, Kind.SEQUENCE_MAP, Kind.SELECT, Kind.AGGREGATE,
            Kind.SELECTOR_WIDTH, Kind.SELECTOR_LOGIC, Kind.NUMERICAL_FLAG, Kind.NUMERICAL_AGGREGATE, Kind.NUMERICAL_MAP,
            Kind.LINEAR, Kind.ANNOTATE, Kind.NUMERICAL_AGGREGATE, Kind.NUMERICAL_MAP, Kind.NUMERICAL_AGGREGATE,
            Kind.NUMERICAL_MAP, Kind.LINEAR);

    private enum Type { INT, STR }

    private record Val(String name, Type type, boolean numerical) {
    }

    /** A function as a lambda body over {@code x} (and {@code y}), the operator spelling or null, and its result type. */
    private record Fn(String body, String operator, Type result) {
    }

    private static final List<Fn> INT_MAPS = List.of(
            new Fn("x + 1", "{a} + 1", Type.INT), new Fn("x - 1", "{a} - 1", Type.INT),
            new Fn("x * 2", "{a} * 2", Type.INT), new Fn("x % 3", "{a} % 3", Type.INT),
            new Fn("x // 2", "{a} // 2", Type.INT), new Fn("1 if x > 1 else 0", null, Type.INT),
            new Fn("x == 1", "{a} == 1", Type.INT), new Fn("abs(x - 2)", "abs({a} - 2)", Type.INT),
            new Fn("min(x, 2)", "min({a}, 2)", Type.INT), new Fn("-x", "-{a}", Type.INT),
            new Fn("x if x < 3 else 3", null, Type.INT), new Fn("3 - x", "3 - {a}", Type.INT));
    private static final List<Fn> STR_MAPS = List.of(
            new Fn("1 if x == \"a\" else 0", null, Type.INT), new Fn("\"b\" if x == \"a\" else x", null, Type.STR),
            new Fn("x + \"a\"", "{a} + \"a\"", Type.STR), new Fn("x < \"b\"", "{a} < \"b\"", Type.INT),
            new Fn("len(x)", null, Type.INT), new Fn("x in \"ab\"", "{a} in \"ab\"", Type.INT));
    private static final List<Fn> INT_INT = List.of(
            new Fn("x + y", "{a} + {b}", Type.INT), new Fn("x - y", "{a} - {b}", Type.INT),
            new Fn("x * y", "{a} * {b}", Type.INT), new Fn("max(x, y)", "max({a}, {b})", Type.INT),
            new Fn("1 if x == y else 0", null, Type.INT), new Fn("x < y", "{a} < {b}", Type.INT),
            new Fn("x if x > y else y", "{a} if {a} > {b} else {b}", Type.INT),
            new Fn("x % (y + 1)", null, Type.INT));
    private static final List<Fn> STR_STR = List.of(
            new Fn("x + y", "{a} + {b}", Type.STR), new Fn("1 if x == y else 0", null, Type.INT),
            new Fn("x < y", "{a} < {b}", Type.INT));
    private static final List<Fn> INT_STR = List.of(
            new Fn("x if y == \"a\" else 0", "{a} if {b} == \"a\" else 0", Type.INT),
            new Fn("str(x) + y", null, Type.STR));
    private static final List<String> SAME_TYPE_PREDICATES = List.of("==", "!=", "<", "<=", ">", ">=", "True", "False");
    private static final List<String> ANY_TYPE_PREDICATES = List.of("==", "!=", "True", "False");
    private static final List<String> INT_LAMBDA_PREDICATES = List.of("lambda k, q: k == q + 1",
            "lambda k, q: k + q == 2", "lambda k, q: k < q or k == 0");

    private final ProgramSpec spec;
    private final List<Val> sops = new ArrayList<>();
    private final List<String> selectors = new ArrayList<>();
    private final StringBuilder out = new StringBuilder();

    private SpecToSource(ProgramSpec spec) {
        this.spec = spec;
    }

    public static String render(ProgramSpec spec) {
        return new SpecToSource(spec).program();
    }

    private String program() {
        Type tokenType = spec.vocabKind() == 2 ? Type.STR : Type.INT;
        int n = spec.vocabSize();
        String vocab = switch (spec.vocabKind()) {
            case 0 -> "list(range(" + n + "))";
            case 1 -> "range(1, " + (n + 1) + ")";
            default -> "\"" + "abcd".substring(0, n) + "\"";
        };
        out.append("set vocab ").append(vocab).append(";\n");
        out.append("set max_seq_len ").append(spec.maxSeqLen()).append(";\n");
        if (spec.causal()) out.append("set causal True;\n");
        if (spec.lowExactness()) out.append("set mlp_exactness 10;\n");
        // newest first when picking: index 0 is tokens until a step adds something
        sops.add(new Val("length", Type.INT, false));
        sops.add(new Val("indices", Type.INT, false));
        sops.add(new Val("tokens", tokenType, false));
        for (ProgramSpec.Step s : spec.steps()) step(s);
        Val last = sops.get(sops.size() - 1);
        if (sops.size() > 3) {
            out.append("output ").append(last.name()).append(";\n");
        } else {
            out.append("output selector_width(").append(selectors.get(selectors.size() - 1)).append(");\n");
        }
        return out.toString();
    }

    private void step(ProgramSpec.Step s) {
        Kind kind = CHOICES.get(Math.floorMod(s.kind(), CHOICES.size()));
        boolean hasSelector = !selectors.isEmpty();
        boolean hasNumerical = sops.stream().anyMatch(Val::numerical);
        switch (kind) {
            case MAP -> map(s);
            case SEQUENCE_MAP -> sequenceMap(s);
            case SELECT -> select(s);
            case AGGREGATE -> { if (hasSelector) aggregate(s); else select(s); }
            case SELECTOR_WIDTH -> { if (hasSelector) selectorWidth(s); else select(s); }
            case SELECTOR_LOGIC -> { if (hasSelector) selectorLogic(s); else select(s); }
            case NUMERICAL_FLAG -> numericalFlag(s);
            case NUMERICAL_AGGREGATE -> {
                if (hasSelector && hasNumerical) numericalAggregate(s);
                else if (hasNumerical) select(s);
                else numericalFlag(s);
            }
            case NUMERICAL_MAP -> { if (hasNumerical) numericalMap(s); else numericalFlag(s); }
            case LINEAR -> { if (hasNumerical) linear(s); else numericalFlag(s); }
            case ANNOTATE -> annotate(s);
        }
    }

    private void map(ProgramSpec.Step s) {
        Val a = pick(s.a(), v -> !v.numerical());
        Fn f = choose(a.type() == Type.INT ? INT_MAPS : STR_MAPS, s.fn());
        String expr = f.operator() != null && odd(s.spelling()) ? fill(f.operator(), a.name(), null)
                : "map(lambda x: " + f.body() + ", " + a.name() + ")";
        sop(expr, f.result(), false);
    }

    private void sequenceMap(ProgramSpec.Step s) {
        Val a = pick(s.a(), v -> !v.numerical());
        Val b = pick(s.b(), v -> !v.numerical());
        List<Fn> table;
        if (a.type() == Type.INT && b.type() == Type.INT) table = INT_INT;
        else if (a.type() == Type.STR && b.type() == Type.STR) table = STR_STR;
        else {
            table = INT_STR;
            if (a.type() == Type.STR) {
                Val t = a;
                a = b;
                b = t;
            }
        }
        Fn f = choose(table, s.fn());
        String expr = f.operator() != null && odd(s.spelling()) ? fill(f.operator(), a.name(), b.name())
                : "sequence_map(lambda x, y: " + f.body() + ", " + a.name() + ", " + b.name() + ")";
        sop(expr, f.result(), false);
    }

    private void select(ProgramSpec.Step s) {
        Val keys = pick(s.a(), v -> !v.numerical());
        Val queries = pick(s.b(), v -> !v.numerical());
        String predicate;
        if (keys.type() != queries.type()) predicate = choose(ANY_TYPE_PREDICATES, s.fn());
        else if (keys.type() == Type.INT && odd(s.spelling())) predicate = choose(INT_LAMBDA_PREDICATES, s.fn());
        else predicate = choose(SAME_TYPE_PREDICATES, s.fn());
        selector("select(" + keys.name() + ", " + queries.name() + ", " + predicate + ")");
    }

    private void aggregate(ProgramSpec.Step s) {
        String sel = pickSelector(s.a());
        Val v = pick(s.b(), x -> !x.numerical());
        sop("aggregate(" + sel + ", " + v.name() + ")", v.type(), false);
    }

    private void selectorWidth(ProgramSpec.Step s) {
        sop("selector_width(" + pickSelector(s.a()) + ")", Type.INT, false);
    }

    private void selectorLogic(ProgramSpec.Step s) {
        String a = pickSelector(s.a());
        String b = pickSelector(s.b());
        selector(switch (Math.floorMod(s.fn(), 3)) {
            case 0 -> a + " and " + b;
            case 1 -> a + " or " + b;
            default -> "not " + a;
        });
    }

    /** A numerical 0/1 S-op from a categorical one: what a numerical aggregate averages in Tracr. */
    private void numericalFlag(ProgramSpec.Step s) {
        Val a = pick(s.a(), v -> !v.numerical());
        String test = a.type() == Type.STR ? "x == \"a\"" : "x > " + Math.floorMod(s.fn(), 3);
        String expr = odd(s.spelling()) && a.type() == Type.INT ? "numerical(" + a.name() + " == " + Math.floorMod(s.fn(), 3) + ")"
                : "numerical(map(lambda x: 1 if " + test + " else 0, " + a.name() + "))";
        sop(expr, Type.INT, true);
    }

    private void numericalAggregate(ProgramSpec.Step s) {
        String sel = pickSelector(s.a());
        Val v = pick(s.b(), Val::numerical);
        String expr = odd(s.spelling()) ? "numerical(aggregate(" + sel + ", " + v.name() + ", default=0))"
                : "aggregate(" + sel + ", " + v.name() + ")";
        sop(expr, Type.INT, true);
    }

    private void numericalMap(ProgramSpec.Step s) {
        Val a = pick(s.a(), Val::numerical);
        switch (Math.floorMod(s.fn(), 4)) {
            case 0 -> sop("numerical(map(lambda x: 1 if x > 0.5 else 0, " + a.name() + "))", Type.INT, true);
            case 1 -> sop("map(lambda x: 1 if x > 0.3 else 0, " + a.name() + ")", Type.INT, false);
            case 2 -> sop("numerical(map(lambda x: x * 2, " + a.name() + "))", Type.INT, true);
            default -> sop("map(lambda x: round(x * 3), " + a.name() + ")", Type.INT, false);
        }
    }

    private void linear(ProgramSpec.Step s) {
        Val a = pick(s.a(), Val::numerical);
        Val b = pick(s.b(), Val::numerical);
        sop(a.name() + (odd(s.fn()) ? " - " : " + ") + b.name(), Type.INT, true);
    }

    private void annotate(ProgramSpec.Step s) {
        if (odd(s.spelling()) && sops.stream().anyMatch(Val::numerical)) {
            Val a = pick(s.a(), Val::numerical);
            sop("categorical(" + a.name() + ")", a.type(), false);
        } else if (sops.stream().anyMatch(SpecToSource::annotatable)) {
            Val a = pick(s.a(), SpecToSource::annotatable);
            sop("numerical(" + a.name() + ")", Type.INT, true);
        } else {
            numericalFlag(s);
        }
    }

    /** Tracr embeds tokens and indices categorically, so only computed int S-ops can be made numerical. */
    private static boolean annotatable(Val v) {
        return !v.numerical() && v.type() == Type.INT && v.name().startsWith("s");
    }

    private void sop(String expr, Type type, boolean numerical) {
        String name = "s" + (sops.size() - 2);
        out.append(name).append(" = ").append(expr).append(";\n");
        sops.add(new Val(name, type, numerical));
    }

    private void selector(String expr) {
        String name = "q" + (selectors.size() + 1);
        out.append(name).append(" = ").append(expr).append(";\n");
        selectors.add(name);
    }

    /** The {@code i}-th newest S-op that fits; indices is an int categorical S-op, so one always does. */
    private Val pick(int i, Predicate<Val> fits) {
        List<Val> ok = sops.stream().filter(fits).toList();
        if (ok.isEmpty()) ok = List.of(sops.get(1));
        return ok.get(ok.size() - 1 - Math.floorMod(i, ok.size()));
    }

    private String pickSelector(int i) {
        return selectors.get(selectors.size() - 1 - Math.floorMod(i, selectors.size()));
    }

    private static <T> T choose(List<T> table, int i) {
        return table.get(Math.floorMod(i, table.size()));
    }

    private static boolean odd(int i) {
        return Math.floorMod(i, 2) == 1;
    }

    private static String fill(String template, String a, String b) {
        String s = template.replace("{a}", a);
        return b == null ? s : s.replace("{b}", b);
    }
}
