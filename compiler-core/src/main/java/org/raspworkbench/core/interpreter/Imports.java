package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** What {@code import a.b} finds: the modules a {@code .py} file may import (none for {@code .rasp}). */
public interface Imports {
    /**
     * The module at a dotted path ({@code tracr.rasp.rasp}, {@code math}); an {@code unsupported}
     * error at {@code range} for any other.
     */
    Value module(String path, SourceRange range, Interpreter interpreter);

    Imports NONE = (path, range, interpreter) -> {
        throw new RaspException(org.raspworkbench.core.source.ErrorKind.UNSUPPORTED,
                "import is not part of the language", range);
    };
}
