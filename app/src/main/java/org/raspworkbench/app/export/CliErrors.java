package org.raspworkbench.app.export;

import java.util.List;
import org.raspworkbench.app.JsonCommand;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;

/** Errors that come from an export command's arguments rather than from the program text. */
final class CliErrors {
    private CliErrors() {
    }

    /** Prints {@code {"errors": [...]}} as every command does and returns exit status 2. */
    static int argument(String message) {
        return JsonCommand.fail(List.of(Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE)));
    }
}
