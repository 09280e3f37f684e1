package org.raspworkbench.core.verification;

import java.util.Arrays;
import org.raspworkbench.core.model.ContentReader;
import org.raspworkbench.core.model.InternedForwardPass;
import org.raspworkbench.core.model.SOpReadout;
import org.raspworkbench.core.value.Value;

/**
 * One S-op's columns in the last residual stream of an {@link InternedForwardPass}, read once per
 * content: its decoded value, and its agreement and margin with the program's value (by the
 * program's value id), each kept for the last value id it was asked with, which for most contents
 * is the only one.
 */
final class SiteReadings {
    private final SOpReadout readout;
    private final ContentReader reader;
    private final int[] cols;
    private final double[] row;
    private Value[] decoded;
    private int[] agreeWant;
    private boolean[] agrees;
    private int[] marginWant;
    private double[] margins;

    SiteReadings(SOpReadout readout, InternedForwardPass pass, int width) {
        this.readout = readout;
        this.reader = pass.reader(readout.columns());
        this.cols = readout.columns();
        this.row = new double[width];
        reset();
    }

    void reset() {
        decoded = new Value[64];
        agreeWant = new int[64];
        agrees = new boolean[64];
        marginWant = new int[64];
        margins = new double[64];
        Arrays.fill(agreeWant, -1);
        Arrays.fill(marginWant, -1);
    }

    /** The content number of row {@code row} (0 = the BOS) of input {@code input} of the pass's last run. */
    int content(int input, int row) {
        int c = reader.content(input, row);
        if (c >= decoded.length) grow(c);
        return c;
    }

    Value decoded(int content) {
        Value v = decoded[content];
        if (v == null) {
            v = readout.decode(filled(content));
            clear();
            decoded[content] = v;
        }
        return v;
    }

    /** Whether the content decodes to the program's value {@code want} (its id {@code wantId}). */
    boolean agrees(int content, int wantId, Value want, ValueAgreement agreement) {
        if (agreeWant[content] != wantId) {
            agrees[content] = agreement.agrees(decoded(content), want, readout.isNumerical());
            agreeWant[content] = wantId;
        }
        return agrees[content];
    }

    /** The content's margin for the program's value, as site {@code site} of the tracker computes it. */
    double margin(int content, int wantId, Value want, MarginTracker tracker, int site) {
        if (marginWant[content] != wantId) {
            margins[content] = tracker.margin(site, filled(content), want);
            clear();
            marginWant[content] = wantId;
        }
        return margins[content];
    }

    private double[] filled(int content) {
        reader.fill(content, row);
        return row;
    }

    private void clear() {
        for (int c : cols) row[c] = 0;
    }

    private void grow(int c) {
        int n = Math.max(c + 1, decoded.length * 2);
        int old = decoded.length;
        decoded = Arrays.copyOf(decoded, n);
        agrees = Arrays.copyOf(agrees, n);
        margins = Arrays.copyOf(margins, n);
        agreeWant = Arrays.copyOf(agreeWant, n);
        marginWant = Arrays.copyOf(marginWant, n);
        Arrays.fill(agreeWant, old, n, -1);
        Arrays.fill(marginWant, old, n, -1);
    }
}
