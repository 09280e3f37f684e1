package org.raspworkbench.ui.views.token;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ValueText;
import org.raspworkbench.ui.views.data.Verdict;

/** One row per S-op: what the residual holds, what the program says, and whether they agree. */
final class DecodedTable extends TableView<DecodedValue> {
    private final TokenInspectorViewModel viewModel;

    DecodedTable(TokenInspectorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("decoded-table");
        setId("token-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY);
        setPlaceholder(new javafx.scene.control.Label("no trace yet"));
        getColumns().add(column("S-op", d -> d.sop().name(), 130));
        getColumns().add(column("residual", d -> ValueText.decoded(d.decoded()), 90));
        getColumns().add(column("program", d -> ValueText.expected(d.expected()), 90));
        getColumns().add(column("", d -> mark(d.verdict()), 60));
        setRowFactory(t -> new DecodedRow());
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

    private final class DecodedRow extends TableRow<DecodedValue> {
        DecodedRow() {
            setOnMouseClicked(e -> {
                if (getItem() != null) viewModel.select(getItem().sop());
            });
        }

        @Override
        protected void updateItem(DecodedValue item, boolean empty) {
            super.updateItem(item, empty);
            for (Verdict v : Verdict.values()) ViewStyles.mark(this, styleClass(v), !empty && item != null && item.verdict() == v);
            ViewStyles.mark(this, "selected-sop", !empty && item != null && viewModel.isSelected(item.sop()));
        }
    }

    static String styleClass(Verdict v) {
        return v.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
