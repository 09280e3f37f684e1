package org.raspworkbench.core.validation;

import java.util.Optional;
import org.raspworkbench.core.graph.ProgramGraph;
import org.raspworkbench.core.rasp.IndicesOp;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/**
 * Tracr compiles only programs whose output reads {@code tokens}: its residual space is built
 * around the token embedding. A question of the graph's shape alone, so the compiler asks it
 * before any value set is enumerated (which can take long on a program that fails it anyway).
 */
public final class InputDependence {
    private InputDependence() {
    }

    /** An {@code unsupported} error at the output when it does not depend on tokens. */
    public static Optional<Diagnostic> check(ProgramGraph graph) {
        SOp sink = graph.sink();
        // A bare `output indices` has its own, more precise error (it needs no layer) later on, as cheaply.
        if (sink instanceof IndicesOp) return Optional.empty();
        for (SOp sop : graph.sops()) {
            if (sop instanceof TokensOp) return Optional.empty();
        }
        return Optional.of(Diagnostic.error(ErrorKind.UNSUPPORTED, "the output '" + sink.name()
                + "' does not depend on tokens: Tracr only compiles programs that read their input", sink.range()));
    }
}
