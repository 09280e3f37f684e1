package org.raspworkbench.core.verification;

/**
 * Which inputs a verification checks: every input of lengths {@code minLength..maxLength} over the
 * vocabulary ({@code exhaustive}), or {@code boundaryCases} fixed inputs (shortest and longest,
 * all-equal, sorted, reversed, each token alone) plus {@code samples} drawn uniformly (a length,
 * then each token) with {@code seed}.
 *
 * @param space how many distinct inputs the lengths allow (saturates at {@code Long.MAX_VALUE})
 * @param total how many inputs the plan checks
 */
public record InputPlan(boolean exhaustive, int minLength, int maxLength, long space, long total, long seed,
                        int boundaryCases, int samples) {
    public String describe() {
        String lengths = minLength == maxLength ? "length " + minLength : "lengths " + minLength + ".." + maxLength;
        if (exhaustive) return "checked every input of " + lengths + " (" + total + ")";
        return "checked " + samples + " random inputs of " + lengths + " (seed " + seed + ") and " + boundaryCases
                + " boundary cases, out of " + (space == Long.MAX_VALUE ? "more than 9.2e18" : Long.toString(space))
                + " possible inputs";
    }
}
