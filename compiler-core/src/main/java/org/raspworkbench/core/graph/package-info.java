/**
 * The program as a DAG (JGraphT) of the S-ops and selectors the output depends on, in Tracr's node
 * order. Takes a {@link org.raspworkbench.core.rasp.RaspProgram}; produces a {@link
 * org.raspworkbench.core.graph.ProgramGraph}.
 */
package org.raspworkbench.core.graph;
