package org.raspworkbench.core.rasp;

public interface RaspVisitor<R> {
    R visitTokens(TokensOp op);
    R visitIndices(IndicesOp op);
    R visitMap(MapOp op);
    R visitSequenceMap(SequenceMapOp op);
    R visitLinearSequenceMap(LinearSequenceMapOp op);
    R visitAggregate(AggregateOp op);
    R visitSelectorWidth(SelectorWidthOp op);
    R visitSelect(Select sel);
    R visitSelectorAnd(SelectorAnd sel);
    R visitSelectorOr(SelectorOr sel);
    R visitSelectorNot(SelectorNot sel);
}
