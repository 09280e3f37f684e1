package org.raspworkbench.ui.startup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Milliseconds from the JVM's start to the window shown, the opened file's text highlighted and
 * the first model drawn; -1 for a moment that never came (a program that does not compile).
 */
public record StartupTimes(long windowMs, long textMs, long modelMs) {
    private static final Pattern LINE = Pattern.compile("timings: window=(-?\\d+) text=(-?\\d+) model=(-?\\d+)");

    /** The line {@code --timings} prints on stderr. */
    public String line() {
        return "timings: window=" + windowMs + " text=" + textMs + " model=" + modelMs;
    }

    /** Reads a {@link #line()} back; the benchmark script and the tests use it. */
    public static java.util.Optional<StartupTimes> parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) return java.util.Optional.empty();
        return java.util.Optional.of(new StartupTimes(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3))));
    }
}
