package org.raspworkbench.ui.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.ExportFormat;
import org.raspworkbench.ui.figures.FigureExport;
import org.raspworkbench.ui.figures.Length;
import org.raspworkbench.ui.figures.PrintSize;

/**
 * The export dialog: format and DPI, printed width and height in mm or inches, label size in points;
 * for residual figures the snapshots and the S-op groups or single rows to include and whether the
 * IDE's selection and step emphasis are drawn; for attention the heads and how many side by side.
 * Owned by the main window; it never touches the window's size or state.
 */
final class ExportOptionsDialog extends Dialog<ExportOptions> {
    static final ButtonType EXPORT = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);
    static final List<Integer> DPIS = List.of(72, 96, 150, 300, 600, 1200);

    private final ExportDialogs.Offer offer;
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<Integer> dpi = new ChoiceBox<>();
    private final TextField width = new TextField();
    private final TextField height = new TextField();
    private final ChoiceBox<Length.Unit> unit = new ChoiceBox<>();
    private final Spinner<Double> font = new Spinner<>();
    private final List<BooleanProperty> snapshotChecks = new ArrayList<>();
    private final List<CheckBoxTreeItem<String>> rowItems = new ArrayList<>();
    private final CheckBox emphasis = new CheckBox("Draw the selection and the step's emphasis, as on screen");
    private final List<BooleanProperty> headChecks = new ArrayList<>();
    private final Spinner<Integer> columns = new Spinner<>();
    private final Label problem = new Label();
    private final Label printed = new Label();

    ExportOptionsDialog(Window owner, ExportDialogs.Offer offer, ExportOptions initial) {
        this.offer = offer;
        initOwner(owner);
        setTitle("Export " + offer.what());
        setHeaderText(null);
        setResizable(true);
        getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        getDialogPane().setId("export-dialog");
        // Tests reach the dialog from its pane.
        getDialogPane().getProperties().put(ExportOptionsDialog.class, this);

        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setConverter(converter(f -> f.extension().toUpperCase(java.util.Locale.ROOT)
                + (f == ExportFormat.PNG ? " image" : " (vector, text as text)")));
        format.setValue(initial.format());
        dpi.setId("export-dpi");
        dpi.getItems().setAll(DPIS);
        if (!DPIS.contains(initial.dpi())) dpi.getItems().add(initial.dpi());
        dpi.setValue(initial.dpi());
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        width.setId("export-width");
        width.setPromptText("natural");
        height.setId("export-height");
        height.setPromptText("auto");
        width.setPrefColumnCount(6);
        height.setPrefColumnCount(6);
        unit.setId("export-unit");
        unit.getItems().setAll(Length.Unit.values());
        unit.setConverter(converter(Length.Unit::symbol));
        unit.setValue(initial.size().width().map(Length::unit).orElse(Length.Unit.MM));
        initial.size().width().ifPresent(w -> width.setText(number(w.value())));
        initial.size().height().ifPresent(h -> height.setText(number(h.value())));
        font.setId("export-font");
        font.setEditable(true);
        font.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(PrintSize.MIN_FONT_PT, PrintSize.MAX_FONT_PT,
                initial.size().fontPt(), 0.5));
        font.setPrefWidth(90);

        GridPane page = new GridPane();
        page.setHgap(8);
        page.setVgap(8);
        page.setPadding(new Insets(4, 0, 4, 0));
        int r = 0;
        page.addRow(r++, new Label("Format"), row(format, new Label("DPI"), dpi));
        page.addRow(r++, new Label("Width"), row(width, new Label("Height"), height, unit));
        page.addRow(r++, new Label("Labels"), row(font, new Label("pt (titles and axis names in proportion)")));

        VBox content = new VBox(10, page);
        if (offer.attention()) content.getChildren().add(headsPane(initial));
        else if (!offer.single()) content.getChildren().addAll(snapshotsPane(initial), rowsPane(initial), emphasis);
        emphasis.setId("export-emphasis");
        emphasis.setSelected(initial.withEmphasis());
        printed.setId("export-size");
        printed.getStyleClass().add("export-size");
        content.getChildren().add(printed);
        problem.setId("export-problem");
        problem.getStyleClass().add("export-problem");
        problem.setWrapText(true);
        content.getChildren().add(problem);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        // Without a list in it (a chart has nothing to pick) the window first opens at a fraction of
        // its preferred size under openbox: size it to its content once shown, centred on its owner.
        getDialogPane().setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        setOnShown(e -> javafx.application.Platform.runLater(this::fitToContent));

        Node ok = getDialogPane().lookupButton(EXPORT);
        ok.setId("export-ok");
        Runnable check = () -> {
            Optional<String> p = problemWith();
            printed.setText(p.isPresent() ? "" : preview().orElse(""));
            if (p.isEmpty()) p = previewProblem;
            problem.setText(p.orElse(""));
            ok.setDisable(p.isPresent());
        };
        format.valueProperty().addListener((o, a, b) -> check.run());
        dpi.valueProperty().addListener((o, a, b) -> check.run());
        unit.valueProperty().addListener((o, a, b) -> check.run());
        columns.valueProperty().addListener((o, a, b) -> check.run());
        emphasis.selectedProperty().addListener((o, a, b) -> check.run());
        width.textProperty().addListener((o, a, b) -> check.run());
        height.textProperty().addListener((o, a, b) -> check.run());
        font.valueProperty().addListener((o, a, b) -> check.run());
        font.getEditor().textProperty().addListener((o, a, b) -> check.run());
        snapshotChecks.forEach(c -> c.addListener((o, a, b) -> check.run()));
        headChecks.forEach(c -> c.addListener((o, a, b) -> check.run()));
        rowItems.forEach(i -> i.selectedProperty().addListener((o, a, b) -> check.run()));
        check.run();
        setResultConverter(button -> button == EXPORT ? options().orElse(null) : null);
    }

    private void fitToContent() {
        getDialogPane().applyCss();
        getDialogPane().layout();
        Window w = getDialogPane().getScene().getWindow();
        double width = w.getWidth();
        double height = w.getHeight();
        w.sizeToScene();
        Window o = getOwner();
        if (o != null && (w.getWidth() != width || w.getHeight() != height)) {
            w.setX(o.getX() + (o.getWidth() - w.getWidth()) / 2);
            w.setY(o.getY() + (o.getHeight() - w.getHeight()) / 2);
        }
    }

    private Node snapshotsPane(ExportOptions initial) {
        ListView<Integer> list = new ListView<>();
        list.setId("export-snapshots");
        for (int i = 0; i < offer.snapshotNames().size(); i++) {
            snapshotChecks.add(new SimpleBooleanProperty(initial.snapshots().contains(i)));
            list.getItems().add(i);
        }
        list.setCellFactory(CheckBoxListCell.forListView(snapshotChecks::get, converter(i -> offer.snapshotNames().get(i))));
        list.setPrefHeight(150);
        // The proposed snapshot (the one on screen) is often the last: show it.
        if (!initial.snapshots().isEmpty()) list.scrollTo(Math.max(0, initial.snapshots().get(0) - 1));
        Button all = new Button("All");
        all.setId("export-snapshots-all");
        all.setOnAction(e -> snapshotChecks.forEach(c -> c.set(true)));
        Button none = new Button("None");
        none.setOnAction(e -> snapshotChecks.forEach(c -> c.set(false)));
        VBox box = new VBox(4, row(new Label("Snapshots (several: side by side)"), all, none), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }

    private Node rowsPane(ExportOptions initial) {
        CheckBoxTreeItem<String> root = new CheckBoxTreeItem<>("all directions");
        root.setExpanded(true);
        for (DirectionGroup g : offer.groups()) {
            CheckBoxTreeItem<String> group = new CheckBoxTreeItem<>(g.sop());
            for (String label : g.labels()) {
                CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(label);
                rowItems.add(item);
                group.getChildren().add(item);
            }
            root.getChildren().add(group);
        }
        // Checked once the tree is whole, so that groups and the root show the state of their rows.
        for (int row = 0; row < rowItems.size(); row++) rowItems.get(row).setSelected(initial.rows().contains(row));
        TreeView<String> tree = new TreeView<>(root);
        tree.setId("export-rows");
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        tree.setShowRoot(true);
        tree.setPrefHeight(200);
        VBox box = new VBox(4, new Label("Rows: whole S-op groups or single directions"), tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        return box;
    }

    private Node headsPane(ExportOptions initial) {
        ListView<Integer> list = new ListView<>();
        list.setId("export-heads");
        for (int i = 0; i < offer.heads().size(); i++) {
            headChecks.add(new SimpleBooleanProperty(initial.heads().contains(i)));
            list.getItems().add(i);
        }
        list.setCellFactory(CheckBoxListCell.forListView(headChecks::get, converter(i -> offer.heads().get(i))));
        list.setPrefHeight(180);
        HBox layers = new HBox(6, new Label("Whole layer:"));
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        for (String h : offer.heads()) seen.add(layerOf(h));
        for (String layer : seen) {
            Button b = new Button(layer);
            b.setId("export-layer-" + layer);
            b.setOnAction(e -> {
                for (int i = 0; i < headChecks.size(); i++) headChecks.get(i).set(layerOf(offer.heads().get(i)).equals(layer));
            });
            layers.getChildren().add(b);
        }
        columns.setId("export-columns");
        columns.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 12, initial.columns()));
        columns.setPrefWidth(80);
        return new VBox(4, new Label("Heads (several: a grid)"), list, layers,
                new HBox(8, new Label("Side by side"), columns));
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    /** {@code L1} of {@code L1.H0: name}. */
    static String layerOf(String head) {
        int dot = head.indexOf('.');
        return dot < 0 ? head : head.substring(0, dot);
    }

    private Optional<String> previewProblem = Optional.empty();

    /**
     * How big the figure prints with these choices, e.g. {@code 85 x 131 mm (1004 x 1547 px at 300
     * DPI)}; sets {@link #previewProblem} when the figure does not fit (labels wider than the width).
     */
    private Optional<String> preview() {
        previewProblem = Optional.empty();
        if (offer.sheet().isEmpty()) return Optional.empty();
        Optional<ExportOptions> o = options();
        if (o.isEmpty()) return Optional.empty();
        try {
            double[] inches = FigureExport.pageInches(offer.sheet().get().apply(o.get()), o.get().size());
            double wIn = inches[0];
            double hIn = inches[1];
            String size = unit.getValue() == Length.Unit.IN
                    ? String.format(java.util.Locale.ROOT, "%.2f \u00d7 %.2f in", wIn, hIn)
                    : String.format(java.util.Locale.ROOT, "%.0f \u00d7 %.0f mm", wIn * 25.4, hIn * 25.4);
            if (o.get().format() == ExportFormat.PNG) {
                size += String.format(java.util.Locale.ROOT, " (%d \u00d7 %d px at %d DPI)", Math.round(wIn * o.get().dpi()),
                        Math.round(hIn * o.get().dpi()), o.get().dpi());
            }
            return Optional.of("Prints at " + size);
        } catch (IllegalArgumentException e) {
            previewProblem = Optional.of(e.getMessage());
            return Optional.empty();
        }
    }

    /** Why the choices cannot be exported, in the user's terms; empty when they can. */
    Optional<String> problemWith() {
        if (!width.getText().isBlank() && value(width.getText()).isEmpty()) return Optional.of("The width must be a positive number.");
        if (!height.getText().isBlank() && value(height.getText()).isEmpty()) return Optional.of("The height must be a positive number.");
        Optional<Double> pt = value(font.getEditor().getText());
        if (pt.isEmpty() || pt.get() < PrintSize.MIN_FONT_PT || pt.get() > PrintSize.MAX_FONT_PT) {
            return Optional.of("The label size must be between " + (int) PrintSize.MIN_FONT_PT + " and "
                    + (int) PrintSize.MAX_FONT_PT + " pt.");
        }
        if (offer.attention()) {
            if (chosen(headChecks).isEmpty()) return Optional.of("Choose at least one head.");
        } else if (!offer.single()) {
            if (chosen(snapshotChecks).isEmpty()) return Optional.of("Choose at least one snapshot.");
            if (chosenRows().isEmpty()) return Optional.of("Choose at least one row.");
        }
        return Optional.empty();
    }

    /** The options as the dialog shows them, when they are valid. */
    Optional<ExportOptions> options() {
        if (problemWith().isPresent()) return Optional.empty();
        double pt = value(font.getEditor().getText()).orElse(font.getValue());
        PrintSize size = PrintSize.NATURAL.withFontPt(pt);
        Optional<Double> w = width.getText().isBlank() ? Optional.empty() : value(width.getText());
        Optional<Double> h = height.getText().isBlank() ? Optional.empty() : value(height.getText());
        if (w.isPresent()) size = size.withWidth(new Length(w.get(), unit.getValue()));
        if (h.isPresent()) size = size.withHeight(new Length(h.get(), unit.getValue()));
        int cols = offer.attention() ? columns.getValue() : 1;
        return Optional.of(new ExportOptions(format.getValue(), dpi.getValue(), size, chosen(snapshotChecks), chosenRows(),
                chosen(headChecks), cols, emphasis.isSelected()));
    }

    private static List<Integer> chosen(List<BooleanProperty> checks) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) if (checks.get(i).get()) out.add(i);
        return out;
    }

    private List<Integer> chosenRows() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rowItems.size(); i++) if (rowItems.get(i).isSelected()) out.add(i);
        return out;
    }

    private static Optional<Double> value(String text) {
        try {
            double v = Double.parseDouble(text.trim().replace(',', '.'));
            return v > 0 && !Double.isInfinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Test hooks: the check state of snapshot {@code i}, head {@code i}, row {@code i}. */
    BooleanProperty snapshotCheck(int i) {
        return snapshotChecks.get(i);
    }

    BooleanProperty headCheck(int i) {
        return headChecks.get(i);
    }

    CheckBoxTreeItem<String> rowItem(int i) {
        return rowItems.get(i);
    }

    List<CheckBoxTreeItem<String>> groupItems() {
        List<CheckBoxTreeItem<String>> out = new ArrayList<>();
        for (CheckBoxTreeItem<String> row : rowItems) {
            TreeItem<String> parent = row.getParent();
            if (parent instanceof CheckBoxTreeItem<String> g && !out.contains(g)) out.add(g);
        }
        return out;
    }
}
