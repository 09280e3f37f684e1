package org.raspworkbench.core.value;

/** Values the program runner defines for itself: functions, S-ops, selectors, modules. */
public non-sealed interface HostObject extends Value {
    @Override
    default boolean truthy() {
        return true;
    }
}
