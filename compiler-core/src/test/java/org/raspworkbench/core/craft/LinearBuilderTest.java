package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.VectorSpace;
import org.raspworkbench.core.value.IntValue;

/** Sparse or dense, a built map holds exactly the sums a dense matrix would. */
class LinearBuilderTest {
    private static VectorSpace space(String name, int n) {
        List<BasisDirection> dirs = new ArrayList<>();
        for (int i = 0; i < n; i++) dirs.add(new BasisDirection(name, IntValue.of(i)));
        return new VectorSpace(dirs);
    }

    /** Random adds (repeats included) into a builder and into a plain dense matrix. */
    private static void check(int rows, int cols, int adds, int denseRows, boolean expectSparse) {
        VectorSpace in = space("in", rows);
        VectorSpace out = space("out", cols);
        LinearBuilder b = new LinearBuilder(in, out);
        double[][] expected = new double[rows][cols];
        Random r = new Random(rows * 31L + cols);
        for (int k = 0; k < adds; k++) {
            int i = r.nextInt(rows);
            int j = r.nextInt(Math.min(cols, 3)) + (i * 7) % (cols - 3);
            double v = r.nextInt(5) - 2 + (r.nextBoolean() ? 0.5 : -0.0);
            b.add(i, out.basis().get(j), v);
            expected[i][j] += v;
        }
        for (int i = 0; i < denseRows; i++) {
            for (int j = 0; j < cols; j++) {
                b.add(i, out.basis().get(j), 1);
                expected[i][j] += 1;
            }
        }
        Linear m = b.build();
        assertThat(m.isSparse()).isEqualTo(expectSparse);
        assertThat(m.matrix()).isDeepEqualTo(expected);
        double[][] fromEntries = new double[rows][cols];
        m.forEachNonZero((i, j, v) -> fromEntries[i][j] += v);
        assertThat(fromEntries).isDeepEqualTo(expected);
    }

    @Test
    void aLargeMostlyZeroMapIsSparseWithTheSameEntries() {
        check(300, 300, 2000, 0, true);
    }

    @Test
    void aFullRowMakesTheMapDense() {
        check(300, 300, 2000, 1, false);
    }

    @Test
    void smallMapsStayDense() {
        check(20, 20, 100, 0, false);
    }

    @Test
    void combiningInParallelAddsSharedEntriesOfSparseMaps() {
        VectorSpace in = space("in", 300);
        VectorSpace out = space("out", 300);
        Linear a = Linears.project(in, in);
        LinearBuilder b = new LinearBuilder(in, out);
        b.add(5, out.basis().get(5), 2);
        Linear c = Linears.combineInParallel(List.of(a, b.build()));
        assertThat(a.isSparse()).isTrue();
        assertThat(c.input().dim()).isEqualTo(300);
        assertThat(c.output().dim()).isEqualTo(600);
        int out5 = c.output().basis().indexOf(out.basis().get(5));
        int in5 = c.output().basis().indexOf(in.basis().get(5));
        assertThat(c.matrix()[5][out5]).isEqualTo(2);
        assertThat(c.matrix()[5][in5]).isEqualTo(1);
    }
}
