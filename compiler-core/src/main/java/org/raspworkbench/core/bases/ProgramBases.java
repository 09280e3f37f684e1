package org.raspworkbench.core.bases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * The graph with every S-op's value set (display order) and output space, keyed by node id: one
 * direction per value for a categorical S-op, one direction named after it for a numerical one;
 * and where an S-op's function raised an arithmetic error on its inputs, the first such input.
 */
public record ProgramBases(ProgramGraph graph, Map<Integer, List<Value>> valueSets, Map<Integer, VectorSpace> spaces,
                           Map<Integer, FunctionFailure> failures) {
    public ProgramBases {
        valueSets = Map.copyOf(valueSets);
        spaces = Map.copyOf(spaces);
        failures = Map.copyOf(failures);
    }

    /** The first input on which the S-op's function raised an arithmetic error while its values were listed. */
    public Optional<FunctionFailure> failureOf(SOp sop) {
        return Optional.ofNullable(failures.get(sop.id()));
    }

    public List<Value> valueSetOf(SOp sop) {
        return lookup(valueSets, sop);
    }

    public VectorSpace spaceOf(SOp sop) {
        return lookup(spaces, sop);
    }

    private static <T> T lookup(Map<Integer, T> m, SOp sop) {
        T t = m.get(sop.id());
        if (t == null) throw new IllegalArgumentException("'" + sop.name() + "' is not in the compiled graph");
        return t;
    }
}
