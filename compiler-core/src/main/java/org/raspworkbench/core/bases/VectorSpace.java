package org.raspworkbench.core.bases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A vector space with a labelled basis, as Tracr's {@code VectorSpaceWithBasis}. */
public record VectorSpace(List<BasisDirection> basis) {
    public VectorSpace {
        basis = List.copyOf(basis);
    }

    public static VectorSpace of(Collection<BasisDirection> directions) {
        return new VectorSpace(new ArrayList<>(directions));
    }

    /** The union of spaces, sorted, as Tracr's {@code join_vector_spaces}. */
    public static VectorSpace join(Collection<VectorSpace> spaces) {
        TreeSet<BasisDirection> all = new TreeSet<>();
        for (VectorSpace s : spaces) all.addAll(s.basis);
        return new VectorSpace(new ArrayList<>(all));
    }

    public int dim() {
        return basis.size();
    }

    public boolean contains(BasisDirection d) {
        return basis.contains(d);
    }

    /** Index of each direction, for building matrices. */
    public Map<BasisDirection, Integer> indexMap() {
        Map<BasisDirection, Integer> m = new HashMap<>();
        for (int i = 0; i < basis.size(); i++) m.put(basis.get(i), i);
        return m;
    }
}
