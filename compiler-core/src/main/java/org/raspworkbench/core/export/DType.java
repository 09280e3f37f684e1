package org.raspworkbench.core.export;

import java.util.Locale;
import java.util.Optional;

/** Element type of exported arrays, with numpy's little-endian type string. */
public enum DType {
    FLOAT32("<f4", 4), FLOAT64("<f8", 8);

    private final String descr;
    private final int bytes;

    DType(String descr, int bytes) {
        this.descr = descr;
        this.bytes = bytes;
    }

    public String descr() {
        return descr;
    }

    public int bytes() {
        return bytes;
    }

    /** {@code float32} / {@code float64}, as numpy and the command line spell them. */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DType> byName(String name) {
        for (DType d : values()) if (d.displayName().equalsIgnoreCase(name.trim())) return Optional.of(d);
        return Optional.empty();
    }

    static Optional<DType> byDescr(String descr) {
        for (DType d : values()) if (d.descr.equals(descr)) return Optional.of(d);
        return Optional.empty();
    }
}
