package org.raspworkbench.ui.views.graph;

import org.raspworkbench.core.rasp.AggregateOp;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.LinearSequenceMapOp;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspVisitor;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorNot;
import org.raspworkbench.core.rasp.SelectorOr;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.rasp.TokensOp;

/** The kind a node shows, named as the language spells the operation. */
final class KindNamer implements RaspVisitor<String> {
    static final KindNamer INSTANCE = new KindNamer();

    @Override public String visitTokens(TokensOp op) { return "tokens"; }
    @Override public String visitIndices(IndicesOp op) { return "indices"; }
    @Override public String visitMap(MapOp op) { return "map"; }
    @Override public String visitSequenceMap(SequenceMapOp op) { return "sequence_map"; }
    @Override public String visitLinearSequenceMap(LinearSequenceMapOp op) { return "linear_sequence_map"; }
    @Override public String visitAggregate(AggregateOp op) { return "aggregate"; }
    @Override public String visitSelectorWidth(SelectorWidthOp op) { return "selector_width"; }
    @Override public String visitSelect(Select sel) { return "select " + sel.predicate().text(); }
    @Override public String visitSelectorAnd(SelectorAnd sel) { return "selector and"; }
    @Override public String visitSelectorOr(SelectorOr sel) { return "selector or"; }
    @Override public String visitSelectorNot(SelectorNot sel) { return "selector not"; }
}
