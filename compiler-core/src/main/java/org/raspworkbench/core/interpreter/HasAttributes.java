package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.HostObject;
import org.raspworkbench.core.value.Value;

/** A value whose attributes a program reads with {@code x.name}: a module, Tracr's {@code Comparison}, a compiled model. */
public interface HasAttributes extends HostObject {
    /** The attribute's value; an error at {@code range} (in the program's terms) when there is none. */
    Value attribute(String name, SourceRange range);

    /** The names {@code from module import *} binds; empty where the value offers no such list. */
    default java.util.List<String> publicNames() {
        return java.util.List.of();
    }
}
