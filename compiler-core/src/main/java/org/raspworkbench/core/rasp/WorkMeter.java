package org.raspworkbench.core.rasp;

/** Counts the work of calls of a program's functions: each call's interpreter steps plus its own cost. */
@FunctionalInterface
public interface WorkMeter {
    /** Counts nothing. */
    WorkMeter NONE = units -> {
    };

    /** Adds {@code units} of work; may throw a {@code limit} error when a budget runs out. */
    void charge(long units);
}
