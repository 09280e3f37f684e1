/**
 * Circuits in labelled bases: what each head and MLP of a compiled model computes, read off its
 * weights and labelled with Tracr's residual directions. Takes a {@link
 * org.raspworkbench.core.model.CompiledModel} (and for attribution a {@link
 * org.raspworkbench.core.model.ForwardTrace}); produces per head a QK grid (the attention score of
 * every query value against every key value, BOS included) and an OV grid (what each value
 * direction writes to each output direction) ({@link org.raspworkbench.core.circuits.ModelToHeadGrids}),
 * per MLP a table of its function next to the program's, mismatches flagged ({@link
 * org.raspworkbench.core.circuits.ModelToMlpTables}), and per output position the direct attribution
 * of each head and MLP to the output's winning and runner-up directions ({@link
 * org.raspworkbench.core.circuits.TraceToAttribution}); {@link org.raspworkbench.core.circuits.CircuitsJson}
 * writes them all as one JSON document.
 */
package org.raspworkbench.core.circuits;
