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

    /**
     * The module of {@code from path import names}: as {@link #module}, but the error for a module
     * that cannot be imported may say where those names are to be found.
     */
    default Value moduleFor(String path, java.util.List<String> names, SourceRange range, Interpreter interpreter) {
        return module(path, range, interpreter);
    }

    Imports NONE = (path, range, interpreter) -> {
        throw new RaspException(org.raspworkbench.core.source.ErrorKind.UNSUPPORTED,
                "import is not part of the language", range);
    };
}
