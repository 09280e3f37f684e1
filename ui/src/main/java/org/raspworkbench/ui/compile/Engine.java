package org.raspworkbench.ui.compile;

import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.RunOutcome;

/**
 * The compiler and forward pass as the IDE sees them. Both calls are slow and run on a background
 * thread; neither throws: every failure comes back as a diagnostic.
 */
public interface Engine {
    CompileOutcome compile(String source);

    /** A program in either syntax (a {@code .py} document is Tracr Python); engines with one syntax ignore it. */
    default CompileOutcome compile(String source, org.raspworkbench.core.syntax.SurfaceSyntax syntax) {
        return compile(source);
    }

    /** Runs the compiled model of {@code compiled} (which {@link CompileOutcome#isUsable()}) on the input text. */
    RunOutcome run(CompileOutcome compiled, String inputText);

    /** Loads whatever makes the first real call slow; called once on a background thread. */
    default void warmUp() {
    }
}
