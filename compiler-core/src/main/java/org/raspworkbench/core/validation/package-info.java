/**
 * Tracr's validation: the static rules that decide before compiling whether a program's graph can
 * become weights ({@code unsupported} errors at the offending text), and the dynamic rules that
 * check one input's evaluation for aggregates the weights will silently get wrong (warnings
 * attached to a run); beyond Tracr, {@code NumericalMlpInputs} warns when a numerical MLP's input
 * holds a value outside the value set the MLP was built for, and {@code InputDependence} refuses, before
 * any value set is enumerated, an output that does not read tokens. Takes a {@link org.raspworkbench.core.graph.ProgramGraph} (and an
 * evaluation); produces diagnostics.
 */
package org.raspworkbench.core.validation;
