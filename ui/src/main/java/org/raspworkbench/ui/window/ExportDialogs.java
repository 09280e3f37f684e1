package org.raspworkbench.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.FigureSheet;
import org.raspworkbench.ui.figures.PrintSize;

/**
 * Where a figure goes and how it looks: the window asks with its export dialog and a file chooser
 * and confirms with a toast; tests answer directly.
 */
public interface ExportDialogs {
    /**
     * What can be exported: for residual figures the snapshot names and rows ({@code groups}, rows
     * numbered in their order), for attention the heads ({@code heads}, e.g. {@code L1.H0: target_pos});
     * the defaults are what the view shows; {@code sheet} builds the figure the options describe.
     */
    record Offer(String what, String suggestedName, List<String> snapshotNames, List<Integer> defaultSnapshots,
                 List<DirectionGroup> groups, List<String> heads, List<Integer> defaultHeads,
                 Optional<Function<ExportOptions, FigureSheet>> sheet) {
        public Offer {
            snapshotNames = List.copyOf(snapshotNames);
            defaultSnapshots = List.copyOf(defaultSnapshots);
            groups = List.copyOf(groups);
            heads = List.copyOf(heads);
            defaultHeads = List.copyOf(defaultHeads);
        }

        /** An offer whose figure the dialog cannot preview (its printed size is not shown). */
        public Offer(String what, String suggestedName, List<String> snapshotNames, List<Integer> defaultSnapshots,
                     List<DirectionGroup> groups, List<String> heads, List<Integer> defaultHeads) {
            this(what, suggestedName, snapshotNames, defaultSnapshots, groups, heads, defaultHeads, Optional.empty());
        }

        /** One figure that is drawn whole (an MLP table, an attribution chart): only format and size to choose. */
        public static Offer single(String what, String suggestedName) {
            return new Offer(what, suggestedName, List.of(), List.of(), List.of(), List.of(), List.of());
        }

        public boolean attention() {
            return !heads.isEmpty();
        }

        /** Nothing to pick inside the figure: no heads, snapshots or rows. */
        public boolean single() {
            return heads.isEmpty() && snapshotNames.isEmpty() && groups.isEmpty();
        }

        public int rowCount() {
            return DirectionGroup.width(groups);
        }

        /** What the dialog proposes before the user changes anything. */
        public ExportOptions defaults() {
            List<Integer> rows = new java.util.ArrayList<>();
            for (int i = 0; i < rowCount(); i++) rows.add(i);
            int columns = Math.max(1, Math.min(FigureSheet.DEFAULT_COLUMNS, defaultHeads.size()));
            return new ExportOptions(ExportFormat.PNG, ExportOptions.DEFAULT_DPI,
                    PrintSize.NATURAL.withFontPt(ExportOptions.DEFAULT_FONT_PT), defaultSnapshots, rows, defaultHeads,
                    columns, false);
        }
    }

    /** The file and the chosen options. */
    record Target(Path file, ExportOptions options) {
    }

    Optional<Target> chooseTarget(Offer offer);

    /** Tells the user where the file went (the window shows a toast). */
    void saved(String what, Path file);

    void showMessage(String message, boolean error);
}
