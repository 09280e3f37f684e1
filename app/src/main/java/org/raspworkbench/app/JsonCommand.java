package org.raspworkbench.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.raspworkbench.core.json.DiagnosticJson;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;

/**
 * A command that answers in JSON and never ends in a stack trace: anything unexpected prints as an
 * {@code {"errors": [...]}} object with exit status 2.
 */
public abstract class JsonCommand implements Callable<Integer> {
    @Override
    public final Integer call() {
        try {
            return run();
        } catch (Throwable t) {
            String what = t instanceof OutOfMemoryError ? "the command ran out of memory"
                    : "internal error: " + t;
            return fail(List.of(Diagnostic.error(ErrorKind.LIMIT, what, SourceRange.NONE)));
        }
    }

    protected abstract int run();

    public static int fail(List<Diagnostic> errors) {
        System.out.println(JsonText.line(g -> DiagnosticJson.writeErrorsObject(g, errors)));
        System.out.flush();
        return 2;
    }
}
