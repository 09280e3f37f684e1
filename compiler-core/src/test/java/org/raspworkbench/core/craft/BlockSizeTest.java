package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

class BlockSizeTest {
    private static long weights(CraftBlock b) {
        if (b instanceof SeriesWithResiduals s) return s.blocks().stream().mapToLong(BlockSizeTest::weights).sum();
        if (b instanceof AttentionHead h) {
            return (long) h.qk().left().dim() * h.qk().right().dim() + (long) h.ov().input().dim() * h.ov().output().dim();
        }
        Mlp m = (Mlp) b;
        return (long) m.first().input().dim() * m.first().output().dim()
                + (long) m.second().input().dim() * m.second().output().dim();
    }

    private static long hidden(CraftBlock b) {
        if (b instanceof SeriesWithResiduals s) return hidden(s.blocks().get(1));
        return b instanceof Mlp m ? m.hiddenSpace().dim() : 0;
    }

    @Test
    void estimatesMatchTheBuiltBlocksOfTheGoldenPrograms() {
        for (String program : List.of("reverse", "sort", "shuffle_dyck2", "password", "frac_prevs")) {
            Fixtures fx = new Fixtures(6);
            List<Value> vocab = List.of(StrValue.of("("), StrValue.of(")"), StrValue.of("{"), StrValue.of("}"));
            if (program.equals("reverse") || program.equals("sort")) vocab = Fixtures.ints(1, 4);
            if (program.equals("password")) vocab = List.of(StrValue.of("0"), StrValue.of("1"));
            if (program.equals("frac_prevs")) vocab = List.of(StrValue.of("h"), StrValue.of("l"));
            for (SOp op : GoldenPrograms.build(program, fx, vocab)) {
                BlockSize size = BlockSize.of(op, fx.ctx());
                var block = ExprToCraft.build(op, fx.ctx());
                if (block.isEmpty()) {
                    assertThat(size).isEqualTo(BlockSize.NONE);
                    continue;
                }
                assertThat(size.hiddenUnits()).as(program + " " + op.name()).isEqualTo(hidden(block.get()));
                assertThat(size.weights()).as(program + " " + op.name()).isEqualTo(weights(block.get()));
            }
        }
    }
}
