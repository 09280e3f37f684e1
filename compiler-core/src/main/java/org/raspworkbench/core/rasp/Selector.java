package org.raspworkbench.core.rasp;

/** A boolean matrix over (query position, key position). */
public sealed interface Selector extends RaspExpr permits Select, SelectorAnd, SelectorOr, SelectorNot {
}
