package org.raspworkbench.app.bench;

import java.util.Arrays;

/** The JavaFX-thread time of each frame of one action on one program, in milliseconds. */
public record UiFrames(String program, String action, double[] ms) {
    public UiFrames {
        ms = ms.clone();
    }

    public int frames() {
        return ms.length;
    }

    public double median() {
        if (ms.length == 0) return 0;
        double[] s = ms.clone();
        Arrays.sort(s);
        double m = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        return round(m);
    }

    public double max() {
        return round(Arrays.stream(ms).max().orElse(0));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
