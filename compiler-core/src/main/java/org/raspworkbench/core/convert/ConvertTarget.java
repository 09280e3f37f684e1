package org.raspworkbench.core.convert;

/** The syntax a program is converted to. */
public enum ConvertTarget {
    /** Our {@code .rasp} language. */
    RASP(".rasp"),
    /** Python against Tracr's API ({@code tracr.rasp.rasp}, {@code tracr.compiler.compiling}). */
    TRACR(".py");

    private final String extension;

    ConvertTarget(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
