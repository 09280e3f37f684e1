package org.raspworkbench.core;

import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;

/** Compiles RASP programs to transformers as Tracr does: one pass after another. */
public final class Compiler {
    private Compiler() {
    }

    public static Compilation compile(String source) {
        return new Compilation(Optional.empty(), Optional.empty(), List.of(Diagnostic.error(ErrorKind.UNSUPPORTED,
                "the language front end is not merged yet", SourceRange.NONE)));
    }

    public static Compilation compile(RaspProgram program) {
        return new Compilation(Optional.of(program), Optional.empty(), List.of(Diagnostic.error(ErrorKind.UNSUPPORTED,
                "the compiler is not finished yet", SourceRange.NONE)));
    }
}
