/**
 * The RASP expression DAG that a program builds: S-ops ({@link org.raspworkbench.core.rasp.SOp}) and
 * selectors ({@link org.raspworkbench.core.rasp.Selector}) as immutable records mirroring Tracr's
 * {@code rasp.py}, each with a unique name, an encoding and the source range that created it.
 * Produced by the program runner, consumed by the evaluator and the compiler passes; the program
 * also keeps each node's {@link org.raspworkbench.core.rasp.NodeOrigin} (the name's range and the
 * calls that made it) for tools that point back at the text. {@link org.raspworkbench.core.rasp.WorkBudget}
 * bounds what one compilation spends calling the program's functions.
 */
package org.raspworkbench.core.rasp;
