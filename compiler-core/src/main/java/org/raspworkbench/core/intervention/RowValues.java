package org.raspworkbench.core.intervention;

/** What an action sets a slot to at a row: a fresh array of the slot's width, or null to leave the row. */
@FunctionalInterface
interface RowValues {
    double[] at(int row);
}
