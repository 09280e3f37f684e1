package org.raspworkbench.ui.views.token;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ReadoutText;
import org.raspworkbench.ui.views.data.ValueText;
import org.raspworkbench.ui.views.data.Verdict;

/**
 * The output S-op across the input at the current snapshot, one compact "model | program" cell
 * per position. A mismatch is marked by a symbol as well as by its colour; clicking a cell shows
 * that position below.
 */
final class OutputRow extends HBox {
    /** Before a value an intervention changed: readable without colour. */
    static final String CHANGED_MARK = "\u0394";
    private final TokenInspectorViewModel viewModel;
    private final Label caption = new Label();
    private final HBox cells = new HBox();

    OutputRow(TokenInspectorViewModel viewModel) {
        this.viewModel = viewModel;
        setId("token-output-row");
        getStyleClass().add("output-row");
        setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add("output-caption");
        caption.setMinWidth(USE_PREF_SIZE);
        cells.getStyleClass().add("output-cells");
        cells.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(cells);
        scroll.getStyleClass().add("output-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        // Room for the scroll bar only when it shows: it would otherwise cover the values.
        Runnable overflow = () -> ViewStyles.mark(cells, "overflowing",
                cells.getWidth() > scroll.getViewportBounds().getWidth() + 0.5);
        cells.widthProperty().addListener((o, a, b) -> overflow.run());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> overflow.run());
        getChildren().addAll(caption, scroll);
    }

    /** Symbol before a cell's text: the verdict must be readable without colour. */
    static String symbol(Verdict v) {
        switch (v) {
            case MATCH: return "\u2713 ";
            case MISMATCH: return "\u2717 ";
            case NOT_COMPUTED_YET: return "\u2026 ";
            default: return "";
        }
    }

    /** {@code 2 | 2}: the model's readout and the program's value. */
    static String text(DecodedValue d) {
        return symbol(d.verdict()) + ReadoutText.compact(d.readout()) + " | " + ValueText.expected(d.expected());
    }

    void show(List<OutputCell> row, int position) {
        caption.setText(viewModel.output().map(o -> BarCell.OUTPUT_MARK + o.name() + "   model | program").orElse(""));
        cells.getChildren().clear();
        for (OutputCell c : row) cells.getChildren().add(cell(c, c.position() == position));
        setVisible(!row.isEmpty());
        setManaged(!row.isEmpty());
    }

    private HBox cell(OutputCell c, boolean current) {
        Label where = new Label(c.position() + " \u00b7 " + c.token());
        where.getStyleClass().add("output-position");
        Label value = new Label(text(c.value()));
        value.getStyleClass().add("output-value");
        HBox box = new HBox(where, value);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.setId("token-output-" + c.position());
        box.getStyleClass().add("output-cell");
        ViewStyles.mark(box, DecodedTable.styleClass(c.value().verdict()), true);
        ViewStyles.mark(box, "tie", c.value().isTie() && c.value().verdict() != Verdict.NOT_COMPUTED_YET);
        ViewStyles.mark(box, "current-position", current);
        ViewStyles.mark(box, "changed", c.changed());
        if (c.changed()) {
            Label mark = new Label(CHANGED_MARK);
            mark.getStyleClass().add("changed-mark");
            box.getChildren().add(0, mark);
        }
        Tooltip.install(box, new Tooltip("position " + c.position() + " (" + c.token() + "): "
                + ReadoutText.explain(c.value().readout()) + "; the program gives "
                + ValueText.expected(c.value().expected())
                + (c.changed() ? "; the interventions changed it against the clean run" : "")));
        box.setOnMouseClicked(e -> viewModel.positionProperty().set(c.position()));
        return box;
    }
}
