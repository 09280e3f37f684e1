package org.raspworkbench.core.interpreter;


import java.util.List;

/** Which keyword arguments each built-in accepts. */
public final class Keywords {
    private Keywords() {
    }

    static void check(Builtin b, CallArgs args) {
        List<String> allowed = allowed(b);
        for (CallArgs.Keyword k : args.keywords()) {
            if (!allowed.contains(k.name())) {
                String msg = allowed.isEmpty() ? b.pyName + "() takes no keyword arguments"
                        : b.pyName + "() got an unexpected keyword argument '" + k.name() + "'";
                throw Errors.type(msg, k.range());
            }
        }
    }

    private static List<String> allowed(Builtin b) {
        switch (b) {
            case MIN: case MAX: return List.of("key", "default");
            case SORTED: return List.of("key", "reverse");
            case SUM: return List.of("start");
            case ENUMERATE: return List.of("start");
            case ROUND: return List.of("ndigits");
            case AGGREGATE: return List.of("default");
            case MAP: return List.of("simplify");
            default: return List.of();
        }
    }
}
