package org.raspworkbench.core.circuits;

/**
 * Where a numerical MLP's function steps: Tracr's discretising layer gives each step {@code k} two
 * hidden units, {@code (k, 0)} switching on at {@code rampFrom} and {@code (k, 1)} at {@code at},
 * {@code 1/mlp_exactness} later; their difference ramps from 0 to 1 between the two, so the step is
 * complete at {@code at} (the midpoint between two neighbouring input values). A unit outside such
 * a pair (a linear sequence map's {@code relu(x)}) is a step of its own, {@code rampFrom == at}.
 */
public record Step(double at, double rampFrom) {
}
