package org.raspworkbench.core.rasp;

/** A sequence operation: one value per position. */
public sealed interface SOp extends RaspExpr
        permits TokensOp, IndicesOp, MapOp, SequenceMapOp, LinearSequenceMapOp, AggregateOp, SelectorWidthOp {
    Encoding encoding();

    default boolean isNumerical() {
        return encoding() == Encoding.NUMERICAL;
    }

    default boolean isCategorical() {
        return encoding() == Encoding.CATEGORICAL;
    }
}
