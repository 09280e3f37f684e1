package org.raspworkbench.core.circuits;

/**
 * What one component wrote at one position into the output's winning and runner-up directions.
 *
 * @param runnerUp 0 when there is no runner-up (a numerical output, or a single direction)
 */
public record Contribution(Component component, double winner, double runnerUp) {
    /** How much the component favours the winner over the runner-up (the logit difference it contributes). */
    public double difference() {
        return winner - runnerUp;
    }
}
