package org.raspworkbench.core.verification;

/** What to change in the program when no setting removes a cause, in the program's terms. */
final class Advice {
    private Advice() {
    }

    /** @param searched whether settings were tried (else the advice says which to try) */
    static String of(Findings.CauseGroup g, boolean searched) {
        String name = "'" + g.sop().name() + "'";
        if (!searched && g.cause() == CauseKind.MLP_PRECISION) {
            return "raise mlp_exactness (rasp verify without --no-fix looks for the smallest value that works)";
        }
        if (!searched && g.cause() == CauseKind.SOFT_ATTENTION) {
            return "shorten max_seq_len (rasp verify without --no-fix looks for the longest that works)";
        }
        return switch (g.cause()) {
            case MLP_PRECISION -> "no mlp_exactness up to 10000 times the current one (nor a shorter max_seq_len) "
                    + "fixes " + name + ": space the values its MLP reads further apart, or compute it without a "
                    + "numerical MLP";
            case VALUE_SET -> "no setting fixes this: the MLP of " + name + " only handles the values value-set "
                    + "inference gave its input (for a numerical mean, only v / n for each length n); compute its input "
                    + "so that it only takes those values, or compute " + name + " without a numerical MLP";
            case AGGREGATE_MEAN -> "make the selector of " + name + " select one position per query (or only "
                    + "positions holding the same value), or make " + name + " numerical if a mean is meant";
            case SOFT_ATTENTION -> "no shorter max_seq_len fixes " + name + ": make its selector's scores further "
                    + "apart, or select fewer positions";
            case NONE_DEFAULT -> "give " + name + " a value at every position (a selector that always selects "
                    + "something, or a default), or do not read it where it is None";
            case CAUSAL_SEMANTICS -> "compare the causal model with a causal evaluation, not with Tracr's evaluator";
            case NEGATIVE_CLIPPED -> "make the values of " + name + " non-negative (add a constant in its "
                    + "function, and subtract it later with a numerical linear map), or keep " + name + " categorical";
            case FLOAT_MEAN -> "make the selector of " + name + " select one position per query, or let the "
                    + "function that reads it treat a float like the int it equals (int(x))";
            case FLOAT_PRECISION -> "run the model in float64";
            case UNKNOWN -> "no known cause: step through " + name + "'s sub-layer in the debugger to see what it "
                    + "computes";
        };
    }
}
