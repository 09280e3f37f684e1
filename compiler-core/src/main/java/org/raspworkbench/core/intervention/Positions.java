package org.raspworkbench.core.intervention;

import java.util.List;

/**
 * Which residual rows an intervention covers: rows as in every snapshot ({@code 0} is the BOS,
 * {@code p + 1} the input's position {@code p}).
 *
 * @param everyRow every row (for an ablation or patch, the BOS row too, as a TransformerLens hook on
 *             the whole activation; a written value goes to every input row, never the BOS)
 * @param rows     the rows covered when not {@code everyRow}, ascending, without repeats
 */
public record Positions(boolean everyRow, List<Integer> rows) {
    private static final Positions ALL = new Positions(true, List.of());

    /** @throws IllegalArgumentException for a negative row */
    public Positions {
        if (!everyRow && rows.stream().anyMatch(r -> r < 0)) throw new IllegalArgumentException("rows start at 0: " + rows);
        rows = everyRow ? List.of() : rows.stream().distinct().sorted().toList();
    }

    public static Positions all() {
        return ALL;
    }

    /** Just these rows (0 = BOS). */
    public static Positions rows(int... rows) {
        return new Positions(false, java.util.Arrays.stream(rows).boxed().toList());
    }

    /** The rows covered in a run of {@code rowCount} rows, {@code includeBos} for {@link #everyRow}. */
    int[] resolve(int rowCount, boolean includeBos) {
        if (everyRow) {
            int first = includeBos ? 0 : 1;
            int[] out = new int[Math.max(0, rowCount - first)];
            for (int i = 0; i < out.length; i++) out[i] = first + i;
            return out;
        }
        return rows.stream().filter(r -> r < rowCount).mapToInt(Integer::intValue).toArray();
    }

    /** How the IDE and JSON spell it: {@code all} or the rows. */
    public String label() {
        return everyRow ? "all" : rows.toString();
    }
}
