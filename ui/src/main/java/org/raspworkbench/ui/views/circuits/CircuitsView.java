package org.raspworkbench.ui.views.circuits;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.raspworkbench.core.circuits.HeadGrids;
import org.raspworkbench.core.circuits.MlpTable;
import org.raspworkbench.core.circuits.PositionAttribution;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.compile.LatestOnly;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.AttributionChart;
import org.raspworkbench.ui.figures.CircuitFigures;
import org.raspworkbench.ui.figures.CircuitGrid;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FunctionTable;
import org.raspworkbench.ui.figures.HitKind;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.ViewTasks;
import org.raspworkbench.ui.views.canvas.ScrollingFigure;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.data.ValueText;

/**
 * The circuits of the shown model: for the chosen head, its attention pattern on the current
 * input beside its QK grid (score per query value and key value) and OV grid (output per value
 * direction); for the chosen MLP, its function table with mismatches marked; and the direct
 * attribution at the chosen output position. Choosing an S-op anywhere picks its head or MLP.
 * Grids are painted by viewport; tables and charts are drawn by the exporter in the background.
 */
public final class CircuitsView extends BorderPane {
    static final double MAX_SIDE = 460;
    /** The MLP table's box: as tall as the grids' row above it plus its caption. */
    static final double TABLE_HEIGHT = 520;

    private final CircuitsModel model;
    private final ObjectProperty<TraceDigest> trace = new SimpleObjectProperty<>(this, "trace");
    private final StringProperty programName = new SimpleStringProperty(this, "programName", "");
    private final ComboBox<HeadGrids> heads = new ComboBox<>();
    private final ComboBox<MlpTable> mlps = new ComboBox<>();
    private final ComboBox<Integer> positions = new ComboBox<>();
    private final ScrollingFigure pattern = new ScrollingFigure();
    private final ScrollingFigure qk = new ScrollingFigure();
    private final ScrollingFigure ov = new ScrollingFigure();
    private final ChartStrips table = new ChartStrips();
    private final ScrollPane tableScroll = new ScrollPane(table);
    private final ChartStrips attribution = new ChartStrips();
    private final Label tableTitle = new Label();
    private final Label attributionTitle = new Label();
    private final Label status = new Label();
    private final LatestOnly tableImages = new LatestOnly(ViewTasks.background(), Platform::runLater);
    private final LatestOnly chartImages = new LatestOnly(ViewTasks.background(), Platform::runLater);
    private final LatestOnly headFigures = new LatestOnly(ViewTasks.background(), Platform::runLater);
    private FunctionTable shownTable;
    private AttributionChart shownChart;
    private Consumer<List<Figure>> gridExporter = f -> { };
    private Consumer<org.raspworkbench.ui.figures.Chart> chartExporter = c -> { };

    public CircuitsView(CircuitsModel model, ObjectProperty<SOp> selection) {
        this.model = model;
        ViewStyles.apply(this, "circuits-view");
        setId("circuits-view");
        heads.setId("circuits-head");
        heads.setConverter(converter(h -> h.name() + " \u00b7 " + h.sop().name()));
        mlps.setId("circuits-mlp");
        mlps.setConverter(converter(t -> t.name() + (t.mismatches() > 0 ? "  (" + t.mismatches() + " \u2717)" : "")));
        positions.setId("circuits-position");
        positions.setConverter(converter(p -> {
            TraceDigest t = trace.get();
            return t == null || p >= t.positions() ? String.valueOf(p) : p + " \u00b7 " + t.tokens().get(p).str();
        }));
        Button export = new Button("Export\u2026");
        export.setId("circuits-export");
        export.setTooltip(new Tooltip("Export the circuits shown (PNG, SVG or PDF)"));
        export.setOnAction(e -> exportMenu().show(export, javafx.geometry.Side.BOTTOM, 0, 0));
        setTop(ViewStyles.toolbar(ViewStyles.labelled("Head", heads), ViewStyles.labelled("MLP", mlps),
                ViewStyles.labelled("Attribution at", positions), export));

        pattern.setId("circuits-pattern");
        qk.setId("circuits-qk");
        ov.setId("circuits-ov");
        FlowPane headRow = new FlowPane(card("Attention on this input", pattern), card("QK circuit (weights)", qk),
                card("OV circuit (weights)", ov));
        headRow.getStyleClass().add("circuit-cards");
        table.setId("circuits-table");
        attribution.setId("circuits-attribution");
        tableTitle.getStyleClass().add("circuit-section");
        tableTitle.setId("circuits-table-title");
        attributionTitle.getStyleClass().add("circuit-section");
        // The table and the chart side by side when the view is wide enough, as the grids are.
        tableTitle.setMaxWidth(560);
        attributionTitle.setMaxWidth(560);
        // A table of every key (1024 rows at sort n = 32) scrolls in its own box, so the attribution
        // beside it stays in view instead of 13,000 px further down.
        tableScroll.setId("circuits-table-scroll");
        tableScroll.setMaxHeight(TABLE_HEIGHT);
        tableScroll.setPrefViewportHeight(TABLE_HEIGHT);
        tableScroll.getStyleClass().add("circuit-table-scroll");
        VBox tableCard = new VBox(tableTitle, tableScroll);
        tableCard.getStyleClass().add("circuit-card");
        VBox attributionCard = new VBox(attributionTitle, attribution);
        attributionCard.getStyleClass().add("circuit-card");
        FlowPane chartRow = new FlowPane(tableCard, attributionCard);
        chartRow.getStyleClass().add("circuit-cards");
        VBox content = new VBox(headRow, chartRow);
        content.getStyleClass().add("circuits-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        status.setId("circuits-status");
        status.getStyleClass().add("view-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        for (ScrollingFigure f : List.of(pattern, qk, ov)) {
            f.onPointer((x, y) -> status.setText(f.hit(x, y)
                    .filter(h -> h.kind() == HitKind.CELL)
                    .map(h -> h.rowLabel() + "  \u00d7  " + h.columnLabel() + "  \u00b7  "
                            + ValueText.number(h.value().orElse(Double.NaN))).orElse("")));
            f.canvas().setOnMouseExited(e -> status.setText(""));
        }

        model.gridsProperty().addListener((o, a, b) -> refreshChoices(selection.get()));
        model.attributionProperty().addListener((o, a, b) -> refreshAttribution());
        model.errorProperty().addListener((o, a, b) -> status.setText(b));
        trace.addListener((o, a, b) -> {
            refreshPositions();
            refreshHead();
        });
        programName.addListener((o, a, b) -> {
            refreshHead();
            refreshTable();
            refreshAttribution();
        });
        heads.valueProperty().addListener((o, a, b) -> refreshHead());
        mlps.valueProperty().addListener((o, a, b) -> refreshTable());
        positions.valueProperty().addListener((o, a, b) -> refreshAttribution());
        selection.addListener((o, a, sop) -> follow(sop));
        followTheme();
        refreshChoices(selection.get());
    }

    public CircuitsModel model() { return model; }
    /** The run shown, in view terms (for the attention pattern beside the circuits). */
    public ObjectProperty<TraceDigest> traceProperty() { return trace; }
    public StringProperty programNameProperty() { return programName; }
    public ComboBox<HeadGrids> heads() { return heads; }
    public ComboBox<MlpTable> mlps() { return mlps; }
    public ComboBox<Integer> positions() { return positions; }
    public ScrollingFigure qkDrawing() { return qk; }
    public ScrollingFigure ovDrawing() { return ov; }
    /** The MLP table's image strips (empty while it is drawn). */
    public ChartStrips tableImage() { return table; }
    public ScrollPane tableScroll() { return tableScroll; }
    public ChartStrips attributionImage() { return attribution; }

    /** What Export… does with the head's grids and with a chart (the window's export dialog). */
    public void setExporters(Consumer<List<Figure>> grids, Consumer<org.raspworkbench.ui.figures.Chart> chart) {
        this.gridExporter = grids;
        this.chartExporter = chart;
    }

    private javafx.scene.control.ContextMenu exportMenu() {
        javafx.scene.control.MenuItem grids = new javafx.scene.control.MenuItem("The head's pattern, QK and OV grids\u2026");
        grids.setId("circuits-export-grids");
        grids.setDisable(shownFigures().isEmpty());
        grids.setOnAction(e -> gridExporter.accept(shownFigures()));
        javafx.scene.control.MenuItem mlp = new javafx.scene.control.MenuItem("The MLP's function table\u2026");
        mlp.setId("circuits-export-table");
        mlp.setDisable(shownTable == null);
        mlp.setOnAction(e -> shownTable().ifPresent(chartExporter));
        javafx.scene.control.MenuItem attr = new javafx.scene.control.MenuItem("The attribution chart\u2026");
        attr.setId("circuits-export-attribution");
        attr.setDisable(shownChart == null);
        attr.setOnAction(e -> shownAttribution().ifPresent(chartExporter));
        return new javafx.scene.control.ContextMenu(grids, mlp, attr);
    }

    /** The grid figures shown (pattern, QK, OV), in that order. */
    public List<Figure> shownFigures() {
        List<Figure> out = new java.util.ArrayList<>();
        for (ScrollingFigure f : List.of(pattern, qk, ov)) if (f.figureProperty().get() != null) out.add(f.figureProperty().get());
        return out;
    }

    public Optional<FunctionTable> shownTable() { return Optional.ofNullable(shownTable); }
    public Optional<AttributionChart> shownAttribution() { return Optional.ofNullable(shownChart); }

    private String program() {
        return programName.get() == null || programName.get().isEmpty() ? "program" : programName.get();
    }

    /** Picks the head or MLP that computes {@code sop}, leaving the other choice as it is. */
    private void follow(SOp sop) {
        if (sop == null) return;
        model.headOf(sop).ifPresent(heads::setValue);
        model.mlpOf(sop).ifPresent(mlps::setValue);
    }

    private void refreshChoices(SOp selected) {
        Optional<ModelGrids> g = model.currentGrids();
        HeadGrids head = heads.getValue();
        MlpTable mlp = mlps.getValue();
        heads.setItems(FXCollections.observableArrayList(g.map(ModelGrids::heads).orElse(List.of())));
        mlps.setItems(FXCollections.observableArrayList(g.map(ModelGrids::mlps).orElse(List.of())));
        // The same head or MLP in the new model, by what it computes; else the first.
        heads.setValue(heads.getItems().stream().filter(h -> head != null && h.name().equals(head.name())
                && h.sop().name().equals(head.sop().name())).findFirst()
                .orElse(heads.getItems().isEmpty() ? null : heads.getItems().get(0)));
        mlps.setValue(mlps.getItems().stream().filter(t -> mlp != null && t.name().equals(mlp.name())).findFirst()
                .orElse(mlps.getItems().isEmpty() ? null : mlps.getItems().get(0)));
        if (selected != null) follow(selected);
        refreshHead();
        refreshTable();
    }

    private void refreshPositions() {
        TraceDigest t = trace.get();
        Integer was = positions.getValue();
        int n = t == null ? 0 : t.positions() - 1;
        positions.setItems(FXCollections.observableArrayList(java.util.stream.IntStream.rangeClosed(1, n).boxed().toList()));
        positions.setValue(n == 0 ? null : was != null && was <= n ? was : 1);
    }

    private void refreshHead() {
        HeadGrids h = heads.getValue();
        if (h == null) {
            headFigures.cancelAll();
            show(pattern, null);
            show(qk, null);
            show(ov, null);
            return;
        }
        // At sort n = 32 the QK grid has 1024 x 1025 cells (16 M at n = 64): building the figure and
        // its colour scale took 26 ms a switch (116 ms worst) on the FX thread; now it is built here.
        String name = program();
        TraceDigest t = trace.get();
        headFigures.submit(() -> HeadFigures.of(name, h, t), f -> {
            if (heads.getValue() != h) return;
            show(qk, f.qk());
            show(ov, f.ov());
            show(pattern, f.pattern().orElse(null));
        }, failure -> status.setText(org.raspworkbench.core.source.InternalErrors.report(
                "the head's circuits could not be drawn", failure, org.raspworkbench.core.source.SourceRange.NONE).message()));
    }

    private static void show(ScrollingFigure f, Figure figure) {
        f.figureProperty().set(figure);
        // At least as wide as the title: a one-column OV grid would otherwise cut it short.
        double w = figure == null ? 0 : Math.min(MAX_SIDE, Math.max(f.naturalWidth(),
                org.raspworkbench.ui.figures.FigureRenderer.preferredSize(figure).width));
        double h = figure == null ? 0 : Math.min(MAX_SIDE, f.naturalHeight());
        f.setPrefSize(w, h);
        f.setMinSize(w, h);
        f.setMaxSize(MAX_SIDE, MAX_SIDE);
        f.setVisible(figure != null);
    }

    private void refreshTable() {
        MlpTable t = mlps.getValue();
        if (t == null) {
            shownTable = null;
            table.clear();
            tableTitle.setText(model.currentGrids().isPresent() ? "No MLP computes anything in this model." : "");
            return;
        }
        FunctionTable chart = CircuitFigures.mlp(program(), t);
        shownTable = chart;
        tableTitle.setText(t.name() + ": the weights' function next to the program's"
                + (t.mismatches() == 0 ? " (they agree on every value)" : " (" + t.mismatches()
                + (t.mismatches() == 1 ? " value differs)" : " values differ)")));
        ViewStyles.mark(tableTitle, "has-mismatch", t.mismatches() > 0);
        double scale = screenScale();
        boolean dark = dark();
        tableImages.submit(() -> ChartImages.of(chart, scale, dark), strips -> {
            if (shownTable != chart) return;
            table.show(strips, scale);
            double width = strips.isEmpty() ? 0 : strips.get(0).getWidth() / scale;
            tableScroll.setPrefViewportWidth(width);
            tableScroll.setMinViewportWidth(width);
        }, failure -> { });
    }

    private void refreshAttribution() {
        Optional<RunAttribution> a = model.currentAttribution();
        Integer p = positions.getValue();
        Optional<PositionAttribution> at = a.flatMap(r -> r.positions().stream()
                .filter(x -> p != null && x.position() == p).findFirst());
        TraceDigest t = trace.get();
        if (at.isEmpty() || t == null) {
            shownChart = null;
            attribution.clear();
            attributionTitle.setText("");
            return;
        }
        AttributionChart chart = CircuitFigures.attribution(program(), List.of(at.get()),
                a.get().run().input());
        shownChart = chart;
        attributionTitle.setText("Direct attribution at position " + p + " (" + t.tokens().get(p).str()
                + "): what each component wrote into the output's winning direction " + at.get().winner().label()
                + at.get().runnerUp().map(r -> " and the runner-up " + r.label()).orElse(""));
        double scale = screenScale();
        boolean dark = dark();
        chartImages.submit(() -> ChartImages.of(chart, scale, dark), strips -> {
            if (shownChart == chart) attribution.show(strips, scale);
        }, failure -> { });
    }

    /** The theme manager marks the scene's root {@code dark}; charts paint their own background. */
    private boolean dark() {
        return getScene() != null && getScene().getRoot() != null && getScene().getRoot().getStyleClass().contains("dark");
    }

    /** Draws the charts again when the theme changes (or the view joins a scene of the other theme). */
    private void followTheme() {
        javafx.collections.ListChangeListener<String> redraw = c -> {
            refreshTable();
            refreshAttribution();
        };
        sceneProperty().addListener((o, was, now) -> {
            if (was != null && was.getRoot() != null) was.getRoot().getStyleClass().removeListener(redraw);
            if (now != null && now.getRoot() != null) {
                now.getRoot().getStyleClass().addListener(redraw);
                refreshTable();
                refreshAttribution();
            }
        });
    }

    private double screenScale() {
        return getScene() != null && getScene().getWindow() != null ? Math.max(1, getScene().getWindow().getOutputScaleX())
                : 1;
    }

    /**
     * A grid with its caption, Fit and 100%: at sort n = 32 a QK grid's natural cells are one
     * pixel, so reading its labels means zooming in (Ctrl+wheel) and getting back means Fit.
     */
    private static Node card(String title, ScrollingFigure figure) {
        Label caption = new Label(title);
        caption.getStyleClass().add("circuit-caption");
        Button fit = new Button("Fit");
        fit.setId(figure.getId() + "-fit");
        fit.setTooltip(new Tooltip("Zoom so the whole grid fits (Ctrl+wheel zooms about the mouse)"));
        fit.setOnAction(e -> figure.fit());
        Button actual = new Button("100%");
        actual.setId(figure.getId() + "-actual-size");
        actual.setOnAction(e -> figure.actualSize());
        for (Button b : List.of(fit, actual)) b.getStyleClass().add("circuit-zoom");
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(6, caption, gap, fit, actual);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        head.visibleProperty().bind(figure.visibleProperty());
        VBox box = new VBox(head, figure);
        box.getStyleClass().add("circuit-card");
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override public T fromString(String s) {
                return null;
            }
        };
    }
}
