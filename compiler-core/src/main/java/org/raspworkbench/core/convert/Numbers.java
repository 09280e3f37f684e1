package org.raspworkbench.core.convert;

import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;

/** A setting's number as Python writes it: an int where it is whole ({@code 100}), else the float's repr. */
final class Numbers {
    private Numbers() {
    }

    static String text(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return IntValue.of((long) d).repr();
        return ValueLiterals.of(FloatValue.of(d));
    }
}
