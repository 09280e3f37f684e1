package org.raspworkbench.app;

import java.io.PrintStream;
import java.util.Locale;
import org.raspworkbench.core.verification.VerificationProgress;

/**
 * A progress bar on stderr with the count, rate and time left, redrawn in place at most ten times a
 * second (one line a second when stderr is not a terminal, so logs stay short).
 */
final class ProgressLine implements VerificationProgress {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private final long intervalNanos;
    private String stage = "";
    private long stageStart;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.intervalNanos = terminal ? 100_000_000L : 1_000_000_000L;
    }

    @Override
    public synchronized void advanced(String stage, long done, long total) {
        long now = System.nanoTime();
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            stageStart = now;
            lastDraw = 0;
        }
        if (done < total && now - lastDraw < intervalNanos) return;
        // a log (not a terminal) gets no empty bar at the start of each stage
        if (!terminal && done == 0 && total > 0) return;
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - stageStart) / 1e9);
        double rate = done / seconds;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(1.0, done / (double) total));
        String eta = rate > 0 && done < total ? String.format(Locale.ROOT, "%.1f s left", (total - done) / rate) : "";
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d  %.0f inputs/s  %s", stage, "=".repeat(filled),
                " ".repeat(WIDTH - filled), done, total, rate, eta);
        if (terminal) err.print("\r" + line + "\u001b[K");
        else err.println(line);
        drawn = true;
        err.flush();
    }

    /** Ends the line so that what follows starts on its own. */
    synchronized void finish() {
        if (terminal && drawn) err.println();
        err.flush();
    }
}
