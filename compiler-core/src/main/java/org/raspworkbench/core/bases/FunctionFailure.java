package org.raspworkbench.core.bases;

import java.util.List;
import org.raspworkbench.core.value.Value;

/** A user function raising an arithmetic error: the arguments it got and Python's message. */
public record FunctionFailure(List<Value> args, String message) {
    public FunctionFailure {
        args = List.copyOf(args);
    }
}
