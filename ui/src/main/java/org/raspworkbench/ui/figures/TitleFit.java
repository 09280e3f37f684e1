package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.PAD;
import static org.raspworkbench.ui.figures.FigureStyle.TITLE;
import static org.raspworkbench.ui.figures.FigureStyle.width;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles that fit a narrow export: the full title, else without its {@code on [input]} part, else
 * without the program's name, else cut with an ellipsis. On screen the figure keeps its width and its whole title; a paper column does not.
 */
final class TitleFit {
    private static final String ELLIPSIS = "\u2026";
    /** {@code prog L1.H0: sop}, as {@link TraceFigures#attention} titles heads. */
    private static final Pattern HEAD = Pattern.compile(".* (L\\d+\\.H\\d+: .*)");
    /** {@code prog: residual after mlp 1}, as {@link TraceFigures#residual} titles snapshots. */
    private static final Pattern RESIDUAL = Pattern.compile("[^:]*: (residual .*)");

    private TitleFit() {
    }

    static FigureSheet fit(FigureSheet sheet, double cellWidth) {
        List<Figure> fitted = sheet.figures().stream().map(f -> fit(f, cellWidth)).toList();
        return new FigureSheet(fitted, sheet.columns());
    }

    static Figure fit(Figure f, double available) {
        String title = shortest(f.title(), available - 2 * PAD);
        if (title.equals(f.title())) return f;
        if (f instanceof ResidualHeatmap h) {
            return new ResidualHeatmap(title, h.positions(), h.groups(), h.snapshot(), h.scale(), h.emphasis());
        }
        if (f instanceof SnapshotStrip s) {
            return new SnapshotStrip(title, s.positions(), s.groups(), s.snapshots(), s.scale(), s.emphasis());
        }
        if (f instanceof CircuitGrid c) return c.withTitle(title);
        if (f instanceof PatchSweepGrid p) return p.withTitle(title);
        AttentionPattern a = (AttentionPattern) f;
        return new AttentionPattern(title, a.queries(), a.keys(), a.weights(), a.scale());
    }

    static String shortest(String title, double available) {
        if (width(TITLE, title) <= available) return title;
        int on = title.lastIndexOf(" on [");
        String shorter = on > 0 ? title.substring(0, on) : title;
        if (width(TITLE, shorter) <= available) return shorter;
        // Then without the program's name: what is drawn matters more than where it came from.
        Matcher head = HEAD.matcher(shorter);
        Matcher residual = RESIDUAL.matcher(shorter);
        if (head.matches()) shorter = head.group(1);
        else if (residual.matches()) shorter = residual.group(1);
        if (width(TITLE, shorter) <= available) return shorter;
        for (int n = shorter.length() - 1; n > 1; n--) {
            String cut = shorter.substring(0, n).stripTrailing() + ELLIPSIS;
            if (width(TITLE, cut) <= available) return cut;
        }
        return shorter.substring(0, 1) + ELLIPSIS;
    }
}
