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
 * is the only one. An S-op a head writes is read row by row instead: a head's output is rarely the
 * same twice, so numbering it would cost more than reading it. Either way the columns are read
 * into a row of their own and decoded by the same readout over it ({@code compact}), which gives
 * what the readout gives on the whole residual row.
 */
final class SiteReadings {
    private final SOpReadout readout;
    private final InternedForwardPass pass;
    private final ContentReader reader;
    /** A head-written S-op's columns among its head's, when one head wrote them all (null otherwise). */
    private final InternedForwardPass.HeadColumns headColumns;
    private final int[] cols;
    private final SOpReadout compact;
    /**
     * Whether a row is decoded and its margin taken where the head keeps it, not copied first: a
     * categorical S-op whose columns are a run of one head's (sort's output: a fifth of its check).
     */
    private final boolean inPlace;
    /** The columns of the content last read, in the readout's order. */
    private final double[] values;
    private Value[] decoded;
    private int[] agreeWant;
    private boolean[] agrees;
    private int[] marginWant;
    private double[] margins;
    /** Per program value id, its column in the readout (-1: none); see {@link #column}. */
    private int[] columnOf = new int[0];
    private static final int UNKNOWN_COLUMN = -2;
    private int directInput = -1;
    private long directRun = -1;
    /** The rows of input {@code directInput} read so far: row r is kept while {@code rowStamp[r] == stamp}. */
    private double[][] rows = new double[0][];
    private long[] rowStamp = new long[0];
    private long stamp;
    /** The content {@link #values} holds (-1: a head's row or nothing). */
    private int valuesContent = -1;

    SiteReadings(SOpReadout readout, InternedForwardPass pass) {
        this.readout = readout;
        this.pass = pass;
        this.cols = readout.columns();
        this.reader = pass.writtenByHeads(cols) ? null : pass.reader(cols);
        this.headColumns = reader == null ? pass.headColumns(cols).orElse(null) : null;
        int[] own = new int[cols.length];
        for (int j = 0; j < own.length; j++) own[j] = j;
        this.compact = new SOpReadout(readout.sop(), readout.encoding(), own, readout.values());
        this.inPlace = headColumns != null && headColumns.contiguous() && compact.decodesByArgmax();
        this.values = new double[cols.length];
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
        columnOf = new int[0];
        valuesContent = -1;
        directRun = -1;
        stamp++;
    }

    /** What row {@code r} (0 = the BOS) of input {@code b} of the pass's last run decodes to. */
    Value decoded(int b, int r) {
        if (inPlace) return inPlace(b, r);
        if (reader == null) return compact.decode(direct(b, r));
        return decoded(content(b, r));
    }

    /** Whether row r of input b decodes to the program's value {@code want} (its id {@code wantId}). */
    boolean agrees(int b, int r, int wantId, Value want, ValueAgreement agreement) {
        if (inPlace) return agreement.agrees(inPlace(b, r), want, false);
        if (reader == null) return agreement.agrees(compact.decode(direct(b, r)), want, readout.isNumerical());
        int c = content(b, r);
        if (agreeWant[c] != wantId) {
            agrees[c] = agreement.agrees(decoded(c), want, readout.isNumerical());
            agreeWant[c] = wantId;
        }
        return agrees[c];
    }

    /** Row r of input b's margin for the program's value, as site {@code site} of the tracker computes it. */
    double margin(int b, int r, int wantId, Value want, MarginTracker tracker, int site) {
        if (inPlace) {
            int at = pass.headOffset(b, r, headColumns);
            if (at >= 0) return compact.categoricalMargin(pass.headRows(headColumns), at, column(wantId, want, tracker, site));
        }
        if (reader == null) return margin(direct(b, r), wantId, want, tracker, site);
        int c = content(b, r);
        if (marginWant[c] != wantId) {
            margins[c] = margin(read(c), wantId, want, tracker, site);
            marginWant[c] = wantId;
        }
        return margins[c];
    }

    private double margin(double[] values, int wantId, Value want, MarginTracker tracker, int site) {
        if (readout.isNumerical()) return tracker.margin(site, compact, values, want);
        return compact.categoricalMargin(values, column(wantId, want, tracker, site));
    }

    /** The column of the program's value {@code want} (its id {@code wantId}), looked up once per id. */
    private int column(int wantId, Value want, MarginTracker tracker, int site) {
        // the common case small enough to inline into the loop over an input's positions
        if (wantId < columnOf.length && columnOf[wantId] != UNKNOWN_COLUMN) return columnOf[wantId];
        return firstColumn(wantId, want, tracker, site);
    }

    private int firstColumn(int wantId, Value want, MarginTracker tracker, int site) {
        if (wantId >= columnOf.length) {
            int old = columnOf.length;
            columnOf = Arrays.copyOf(columnOf, Math.max(wantId + 1, 2 * old));
            Arrays.fill(columnOf, old, columnOf.length, UNKNOWN_COLUMN);
        }
        if (columnOf[wantId] == UNKNOWN_COLUMN) columnOf[wantId] = tracker.column(site, want);
        return columnOf[wantId];
    }

    /** What a row read in place decodes to (a row the head wrote nothing to holds zeros: the first value). */
    private Value inPlace(int b, int r) {
        int at = pass.headOffset(b, r, headColumns);
        return at < 0 ? compact.decode(direct(b, r)) : compact.decode(pass.headRows(headColumns), at);
    }

    private int content(int b, int r) {
        int c = reader.content(b, r);
        if (c >= decoded.length) grow(c);
        return c;
    }

    private Value decoded(int content) {
        Value v = decoded[content];
        if (v == null) {
            v = compact.decode(read(content));
            decoded[content] = v;
        }
        return v;
    }

    /** The columns of a content, in the readout's order (the same content is asked for its decode, then its margin). */
    private double[] read(int content) {
        if (content != valuesContent) {
            reader.read(content, values);
            valuesContent = content;
        }
        return values;
    }

    /**
     * The row's columns as the pass holds them, in the readout's order (read by {@link #compact});
     * each row of the input is asked for its agreement, then its margin, so the input's rows are
     * kept until the next input.
     */
    private double[] direct(int b, int r) {
        if (b != directInput || pass.runs() != directRun) {
            directInput = b;
            directRun = pass.runs();
            stamp++;
        }
        if (r >= rowStamp.length) {
            rowStamp = Arrays.copyOf(rowStamp, r + 1);
            rows = Arrays.copyOf(rows, r + 1);
        }
        if (rowStamp[r] != stamp) {
            if (rows[r] == null) rows[r] = new double[cols.length];
            if (headColumns != null) pass.readHead(b, r, headColumns, rows[r]);
            else pass.readWritten(b, r, cols, rows[r]);
            rowStamp[r] = stamp;
        }
        return rows[r];
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
