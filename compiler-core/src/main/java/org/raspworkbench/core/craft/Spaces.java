package org.raspworkbench.core.craft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;

/**
 * Vector-space helpers. Tracr keeps every basis sorted; the chamber does too, so that blocks list
 * their directions as Tracr's do.
 */
final class Spaces {
    private Spaces() {
    }

    static VectorSpace of(BasisDirection... directions) {
        return new VectorSpace(List.of(directions));
    }

    /** The directions, sorted and without repeats. */
    static VectorSpace sorted(Collection<BasisDirection> directions) {
        return VectorSpace.join(List.of(VectorSpace.of(directions)));
    }

    static VectorSpace sorted(VectorSpace space) {
        return sorted(space.basis());
    }

    /** The sorted union (Tracr's {@code join_vector_spaces}). */
    static VectorSpace join(VectorSpace... spaces) {
        return VectorSpace.join(Arrays.asList(spaces));
    }

    /** The sorted union of spaces that must not overlap (Tracr's {@code direct_sum}). */
    static VectorSpace directSum(VectorSpace... spaces) {
        Set<BasisDirection> seen = new HashSet<>();
        List<BasisDirection> all = new ArrayList<>();
        for (VectorSpace s : spaces) {
            for (BasisDirection d : s.basis()) {
                if (!seen.add(d)) throw new IllegalArgumentException("overlapping bases at " + d);
                all.add(d);
            }
        }
        return sorted(all);
    }
}
