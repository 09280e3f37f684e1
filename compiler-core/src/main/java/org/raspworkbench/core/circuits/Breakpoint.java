package org.raspworkbench.core.circuits;

import org.raspworkbench.core.bases.BasisDirection;

/**
 * Where one hidden unit of a numerical MLP switches on: its pre-activation {@code weight * x + bias}
 * crosses zero at {@code threshold}. Tracr's discretising units come in pairs {@code 1/weight}
 * apart, whose difference steps from 0 to 1 between them, so each step of the function lies at a
 * pair's larger threshold (the midpoint between two neighbouring input values).
 */
public record Breakpoint(BasisDirection unit, double weight, double bias, double threshold) {
}
