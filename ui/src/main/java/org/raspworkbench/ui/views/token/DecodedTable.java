package org.raspworkbench.ui.views.token;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ReadoutText;
import org.raspworkbench.ui.views.data.ValueText;
import org.raspworkbench.ui.views.data.Verdict;
import org.raspworkbench.ui.views.intervention.InterventionMenu;

/**
 * One row per S-op, the output first: what the model reads off its directions (ties spelled
 * out), what the program says, and whether they agree.
 */
final class DecodedTable extends TableView<DecodedValue> {
    private final TokenInspectorViewModel viewModel;
    private final java.util.function.Supplier<InterventionMenu> menu;
    private java.util.Set<String> changed = java.util.Set.of();

    DecodedTable(TokenInspectorViewModel viewModel, java.util.function.Supplier<InterventionMenu> menu) {
        this.viewModel = viewModel;
        this.menu = menu;
        getStyleClass().add("decoded-table");
        setId("token-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("no trace yet"));
        getColumns().add(column("S-op", this::name, 170));
        TableColumn<DecodedValue, String> model = column("model", d -> ReadoutText.full(d.readout()), 110);
        model.setCellFactory(c -> new ReadoutCell());
        getColumns().add(model);
        getColumns().add(column("program", d -> ValueText.expected(d.expected()), 80));
        getColumns().add(column("", d -> mark(d.verdict()), 60));
        setRowFactory(t -> new DecodedRow());
    }

    private String name(DecodedValue d) {
        String n = d.sop().name();
        if (changed.contains(n)) n = OutputRow.CHANGED_MARK + " " + n;
        return viewModel.isOutput(d.sop()) ? BarCell.OUTPUT_MARK + n : n;
    }

    /** Shows {@code rows}, marking those an intervention changed against the clean run. */
    void show(java.util.List<DecodedValue> rows, java.util.Set<String> changedSops) {
        changed = java.util.Set.copyOf(changedSops);
        getItems().setAll(rows);
        refresh();
    }

    /** What the last column says about a row. */
    static String mark(Verdict v) {
        switch (v) {
            case MATCH: return "\u2713";
            case MISMATCH: return "\u2717 differs";
            case NOT_COMPUTED_YET: return "not yet";
            default: return "";
        }
    }

    private static TableColumn<DecodedValue, String> column(String title, Function<DecodedValue, String> text,
                                                            double width) {
        TableColumn<DecodedValue, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(text.apply(cd.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The model's readout, with a tooltip saying how the argmax was reached. */
    private static final class ReadoutCell extends TableCell<DecodedValue, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            int i = getIndex();
            DecodedValue d = empty || i < 0 || i >= getTableView().getItems().size() ? null : getTableView().getItems().get(i);
            setText(empty ? null : text);
            setTooltip(d == null ? null : new Tooltip(ReadoutText.explain(d.readout())));
            ViewStyles.mark(this, "tie", d != null && d.isTie() && d.verdict() != Verdict.NOT_COMPUTED_YET);
        }
    }

    private final class DecodedRow extends TableRow<DecodedValue> {
        DecodedRow() {
            setOnMouseClicked(e -> {
                if (getItem() != null) viewModel.select(getItem().sop());
            });
            // The S-op at the position shown: its head, MLP or subspace, or a value written there.
            setOnContextMenuRequested(e -> {
                DecodedValue item = getItem();
                if (item == null) return;
                // Selecting refreshes the table, which makes its rows anew: the menu hangs on the table, not this row.
                viewModel.select(item.sop());
                InterventionMenu.show(DecodedTable.this, e, menu.get().forSop(item.sop(),
                        java.util.Optional.of(viewModel.effectivePosition())));
            });
        }

        @Override
        protected void updateItem(DecodedValue item, boolean empty) {
            super.updateItem(item, empty);
            for (Verdict v : Verdict.values()) ViewStyles.mark(this, styleClass(v), !empty && item != null && item.verdict() == v);
            ViewStyles.mark(this, "selected-sop", !empty && item != null && viewModel.isSelected(item.sop()));
            ViewStyles.mark(this, "output-sop", !empty && item != null && viewModel.isOutput(item.sop()));
            ViewStyles.mark(this, "changed", !empty && item != null && changed.contains(item.sop().name()));
        }
    }

    static String styleClass(Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
