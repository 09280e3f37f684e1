package org.raspworkbench.core.convert;

import java.util.List;
import org.raspworkbench.core.syntax.Expr;
import org.raspworkbench.core.value.Value;

/** How a converted program writes a map's, sequence map's or select's function. */
sealed interface FunctionForm {
    /** A lambda, recovered from the program's text, that gives the same result on every input the model sees. */
    record Readable(Expr.Lambda lambda) implements FunctionForm {
    }

    /**
     * The function's results on the inputs the model sees (its inputs' value sets), looked up: the
     * exact function wherever Tracr evaluates it. {@code partial} when some inputs have no result
     * (the function failed with an arithmetic error or gave {@code None}); {@code why} says, in the
     * program's terms, why no lambda could be written.
     */
    record Table(int arity, List<TableEntry> entries, boolean partial, String why) implements FunctionForm {
        public Table {
            entries = List.copyOf(entries);
        }
    }

    /** One input of a table and its result (for a predicate, only the pairs it selects, with their scores). */
    record TableEntry(List<Value> args, Value result) {
        public TableEntry {
            args = List.copyOf(args);
        }
    }
}
