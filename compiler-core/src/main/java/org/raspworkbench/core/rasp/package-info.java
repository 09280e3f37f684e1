/**
 * The RASP expression DAG that a program builds: S-ops ({@link org.raspworkbench.core.rasp.SOp}) and
 * selectors ({@link org.raspworkbench.core.rasp.Selector}) as immutable records mirroring Tracr's
 * {@code rasp.py}, each with a unique name, an encoding and the source range that created it.
 * Produced by the program runner, consumed by the evaluator and the compiler passes.
 */
package org.raspworkbench.core.rasp;
