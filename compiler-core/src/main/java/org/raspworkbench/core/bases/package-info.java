/**
 * Labelled bases and vector spaces (Tracr's {@code craft/bases.py}) and value-set inference:
 * {@link org.raspworkbench.core.bases.GraphToBases} takes a {@link
 * org.raspworkbench.core.graph.ProgramGraph} and produces {@link
 * org.raspworkbench.core.bases.ProgramBases}, the values and directions of every S-op: one
 * direction per value when categorical, one when numerical. Enumeration spends the compilation's
 * {@link org.raspworkbench.core.rasp.WorkBudget} and is refused before it starts when it cannot fit.
 */
package org.raspworkbench.core.bases;
