package org.raspworkbench.core.interpreter;


import java.util.List;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/** Calls any callable value of the program (used by built-ins such as {@code sorted(key=...)}). */
public interface Caller {
    Value call(Value callable, List<Value> args, SourceRange range);
}
