package org.raspworkbench.core.rasp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;

/**
 * RASP nodes are compared by identity. Record equality would compare children recursively, which
 * is exponential on a DAG that reuses a node on both sides (x = x and x, sixty times over).
 */
class NodeIdentityTest {
    private static final RaspFunction AND = args -> BoolValue.of(args.get(0).truthy() && args.get(1).truthy());

    @Test
    void lookAlikeNodesAreDistinct() {
        TokensOp tokens = new TokensOp(0, "tokens", Encoding.CATEGORICAL, SourceRange.NONE);
        MapOp a = new MapOp(1, "m", Encoding.CATEGORICAL, SourceRange.NONE, tokens, AND);
        MapOp b = new MapOp(1, "m", Encoding.CATEGORICAL, SourceRange.NONE, tokens, AND);
        assertThat(a).isNotEqualTo(b).isEqualTo(a);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void aDeepSharedDagHashesAndCompares() {
        SOp x = new TokensOp(0, "tokens", Encoding.CATEGORICAL, SourceRange.NONE);
        for (int i = 1; i <= 60; i++) {
            x = new SequenceMapOp(i, "x" + i, Encoding.CATEGORICAL, SourceRange.NONE, x, x, AND);
        }
        Set<SOp> seen = new HashSet<>();
        seen.add(x);
        assertThat(seen).contains(x);
        assertThat(x).isEqualTo(x);
    }
}
