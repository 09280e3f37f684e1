package org.raspworkbench.core.dag;


import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;

/** Turns the run's nodes, with their final names, into the immutable records of {@code core.rasp}. */
public final class DagBuilder {
    private DagBuilder() {
    }

    /** Records in id order; a node's inputs always have smaller ids, so one pass suffices. */
    public static List<RaspExpr> build(List<Node> nodes, String[] names) {
        RaspExpr[] built = new RaspExpr[nodes.size()];
        for (Node n : nodes) built[n.id] = record(n, names[n.id], built);
        List<RaspExpr> out = new ArrayList<>(nodes.size());
        for (RaspExpr e : built) out.add(e);
        return out;
    }

    private static RaspExpr record(Node n, String name, RaspExpr[] built) {
        switch (n.kind) {
            case TOKENS: return new TokensOp(n.id, name, n.encoding, n.range);
            case INDICES: return new IndicesOp(n.id, name, n.encoding, n.range);
            case MAP: return new MapOp(n.id, name, n.encoding, n.range, sop(n, 0, built), n.fn);
            case SEQUENCE_MAP:
                return new SequenceMapOp(n.id, name, n.encoding, n.range, sop(n, 0, built), sop(n, 1, built), n.fn);
            case LINEAR_SEQUENCE_MAP:
                return new LinearSequenceMapOp(n.id, name, n.encoding, n.range, sop(n, 0, built), sop(n, 1, built),
                        n.firstCoeff, n.secondCoeff, n.fn);
            case AGGREGATE:
                return new AggregateOp(n.id, name, n.encoding, n.range, selector(n, 0, built), sop(n, 1, built),
                        n.defaultValue);
            case SELECTOR_WIDTH: return new SelectorWidthOp(n.id, name, n.encoding, n.range, selector(n, 0, built));
            case SELECT: return new Select(n.id, name, n.range, sop(n, 0, built), sop(n, 1, built), n.predicate);
            case SELECTOR_AND: return new SelectorAnd(n.id, name, n.range, selector(n, 0, built), selector(n, 1, built));
            case SELECTOR_OR: return new SelectorOr(n.id, name, n.range, selector(n, 0, built), selector(n, 1, built));
            default: return new SelectorNot(n.id, name, n.range, selector(n, 0, built));
        }
    }

    private static SOp sop(Node n, int child, RaspExpr[] built) {
        return (SOp) built[n.children.get(child).id];
    }

    private static Selector selector(Node n, int child, RaspExpr[] built) {
        return (Selector) built[n.children.get(child).id];
    }
}
