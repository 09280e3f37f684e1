package org.raspworkbench.core.allocation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.bases.ProgramBases;
import org.raspworkbench.core.craft.BlockContext;
import org.raspworkbench.core.craft.CraftBlock;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.WorkBudget;
import org.raspworkbench.core.value.StrValue;

/** Attaches to every S-op of the graph the craft block that computes it (Tracr's expr_to_craft_graph). */
public final class BasesToBlocks {
    public static final BasisDirection ONE = BasisDirection.of("one");

    private BasesToBlocks() {
    }

    public static CraftGraph run(ProgramBases bases, BlockBuilder builder) {
        return run(bases, builder, WorkBudget.standard());
    }

    /** As above, spending the calls of the program's functions that tabulating blocks needs from {@code budget}. */
    public static CraftGraph run(ProgramBases bases, BlockBuilder builder, WorkBudget budget) {
        BlockContext ctx = context(bases, budget);
        Map<Integer, CraftBlock> blocks = new HashMap<>();
        for (SOp sop : bases.graph().sops()) {
            Optional<CraftBlock> block = builder.build(sop, ctx);
            block.ifPresent(b -> blocks.put(sop.id(), b));
        }
        return new CraftGraph(bases, blocks);
    }

    /** What the block builders are told about the program. */
    public static BlockContext context(ProgramBases bases) {
        return context(bases, WorkBudget.standard());
    }

    static BlockContext context(ProgramBases bases, WorkBudget budget) {
        CompileSettings s = bases.graph().program().settings();
        return new BlockContext(bases::spaceOf, bases::valueSetOf, ONE, bosDirection(s), s.causal(),
                s.mlpExactness(), s.maxSeqLen(), budget);
    }

    /** {@code tokens:BOS}, the direction only the BOS position has. */
    public static BasisDirection bosDirection(CompileSettings s) {
        return new BasisDirection("tokens", StrValue.of(s.bos()));
    }
}
