package org.raspworkbench.ui.figures;

import java.util.List;

/**
 * What one export file holds: one figure, or several (the heads of a layer) in a grid, row by row,
 * {@code columns} across.
 */
public record FigureSheet(List<Figure> figures, int columns) {
    /** Heads side by side up to this many, then the next row. */
    public static final int DEFAULT_COLUMNS = 4;

    public FigureSheet {
        figures = List.copyOf(figures);
        if (figures.isEmpty()) throw new IllegalArgumentException("there is no figure to export");
        if (columns < 1) throw new IllegalArgumentException("a sheet needs at least one column, not " + columns);
        columns = Math.min(columns, figures.size());
    }

    public static FigureSheet of(Figure figure) {
        return new FigureSheet(List.of(figure), 1);
    }

    /** The figures in a grid of at most {@link #DEFAULT_COLUMNS} columns. */
    public static FigureSheet grid(List<? extends Figure> figures) {
        return new FigureSheet(List.copyOf(figures), Math.max(1, Math.min(DEFAULT_COLUMNS, figures.size())));
    }

    public int rows() {
        return (figures.size() + columns - 1) / columns;
    }
}
