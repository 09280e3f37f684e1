package org.raspworkbench.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.raspworkbench.core.json.DiagnosticJson;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.InternalErrors;
import org.raspworkbench.core.source.SourceRange;

/**
 * A command that answers in JSON on stdout: running out of memory prints as a {@code limit} error
 * with exit status 2 like the program's errors; anything else unexpected is a bug of ours, printed
 * as an {@code internal} error with exit status {@value #INTERNAL_EXIT} and its stack trace on stderr.
 */
public abstract class JsonCommand implements Callable<Integer> {
    /** Not 2: scripts can tell our bug from their program's error. */
    public static final int INTERNAL_EXIT = 3;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (OutOfMemoryError e) {
            return fail(List.of(Diagnostic.error(ErrorKind.LIMIT, "the command ran out of memory", SourceRange.NONE)));
        } catch (Throwable t) {
            return fail(List.of(InternalErrors.report("the command failed", t, SourceRange.NONE)));
        }
    }

    protected abstract int run();

    public static int fail(List<Diagnostic> errors) {
        System.out.println(JsonText.line(g -> DiagnosticJson.writeErrorsObject(g, errors)));
        System.out.flush();
        return exitFor(errors);
    }

    /** The exit status of a command that found {@code errors} (at least one): 3 if one is our bug, else 2. */
    public static int exitFor(List<Diagnostic> errors) {
        return errors.stream().anyMatch(d -> d.kind() == ErrorKind.INTERNAL) ? INTERNAL_EXIT : 2;
    }
}
