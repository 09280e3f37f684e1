/**
 * Builds the RASP graph while the program runs. Takes the interpreter's calls of RASP primitives
 * ({@link org.raspworkbench.core.dag.RaspPrimitives}) and of operators on S-ops ({@link
 * org.raspworkbench.core.dag.Lifting}, Tracr's operator overloads); produces {@link
 * org.raspworkbench.core.dag.Node}s (host values {@link org.raspworkbench.core.dag.SOpValue} and
 * {@link org.raspworkbench.core.dag.SelectorValue}) and, at the end, the final names ({@link
 * org.raspworkbench.core.dag.Naming}, Tracr's default labels) and the {@code core.rasp} expressions
 * ({@link org.raspworkbench.core.dag.DagBuilder}).
 */
package org.raspworkbench.core.dag;
