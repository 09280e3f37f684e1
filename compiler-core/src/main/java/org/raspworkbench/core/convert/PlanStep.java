package org.raspworkbench.core.convert;

import org.raspworkbench.core.rasp.Comparison;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.Value;

/**
 * One assignment of a converted program: the variable it assigns, the name the node has in the
 * model, and what it builds from earlier variables ({@link ConversionPlan#TOKENS} and
 * {@link ConversionPlan#INDICES} stand for the built-ins).
 */
sealed interface PlanStep {
    String var();

    /** The node's name in the compiled model. */
    String name();

    /** Tracr's {@code make_length()}: always named {@code length}, built in to {@code .rasp}. */
    record Length(String var, String name) implements PlanStep {
    }

    /** {@code numerical(tokens)} and the like: a copy of a built-in, which keeps its name. */
    record BuiltinCopy(String var, String name, Encoding encoding, String of) implements PlanStep {
    }

    record Map(String var, String name, Encoding encoding, String input, FunctionForm fn, boolean simplify)
            implements PlanStep {
    }

    record SequenceMap(String var, String name, Encoding encoding, String first, String second, FunctionForm fn)
            implements PlanStep {
    }

    record LinearSequenceMap(String var, String name, Encoding encoding, String first, String second,
                             NumericValue firstCoeff, NumericValue secondCoeff) implements PlanStep {
    }

    /** {@code sopEncoding}: {@code .rasp} gives an aggregate its S-op's encoding and default. */
    record Aggregate(String var, String name, Encoding encoding, String selector, String sop, Encoding sopEncoding,
                     Value defaultValue) implements PlanStep {
    }

    record SelectorWidth(String var, String name, Encoding encoding, String selector) implements PlanStep {
    }

    record Select(String var, String name, String keys, String queries, Predicate predicate) implements PlanStep {
    }

    record SelectorAnd(String var, String name, String first, String second) implements PlanStep {
    }

    record SelectorOr(String var, String name, String first, String second) implements PlanStep {
    }

    record SelectorNot(String var, String name, String inner) implements PlanStep {
    }

    /** A select's predicate: one of Tracr's comparisons, or a function of (key, query). */
    sealed interface Predicate {
        record Compare(Comparison comparison) implements Predicate {
        }

        record Function(FunctionForm fn) implements Predicate {
        }
    }
}
