package org.raspworkbench.ui.views.attention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.ColorMap;
import org.raspworkbench.ui.views.ViewStyles;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;

/** Every used head's attention pattern, titled with the S-op it computes. */
public final class AttentionView extends BorderPane {
    private final AttentionViewModel viewModel;
    private final FlowPane cards = new FlowPane();
    private final Label status = new Label();
    private final Label empty = new Label("no attention heads to show");
    private final List<HeadCard> headCards = new ArrayList<>();

    public AttentionView(ObjectProperty<SOp> selection) {
        viewModel = new AttentionViewModel(selection);
        ViewStyles.apply(this, "attention-view");
        ComboBox<String> maps = new ComboBox<>();
        maps.setId("attention-colormap");
        for (ColorMap m : ColorMap.values()) if (m.kind() == ColorMap.Kind.SEQUENTIAL) maps.getItems().add(m.displayName());
        maps.setValue(viewModel.colorMapProperty().get().displayName());
        maps.valueProperty().addListener((o, a, n) -> ColorMap.byName(n).ifPresent(viewModel.colorMapProperty()::set));
        // One Fit and one 100% for every card: heads are compared side by side at one scale.
        Button fit = new Button("Fit");
        fit.setId("attention-fit");
        fit.setTooltip(new Tooltip("Zoom each pattern to fit its card (Ctrl+wheel zooms one about the mouse)"));
        fit.setOnAction(e -> headCards.forEach(c -> c.drawing().fit()));
        Button actual = new Button("100%");
        actual.setId("attention-actual");
        actual.setTooltip(new Tooltip("Every pattern at its natural cell size"));
        actual.setOnAction(e -> headCards.forEach(c -> c.drawing().actualSize()));
        setTop(ViewStyles.toolbar(ViewStyles.labelled("Colours", maps), fit, actual));
        cards.getStyleClass().add("head-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        status.setId("attention-status");
        status.getStyleClass().add("view-status");
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);
        empty.getStyleClass().add("placeholder");

        viewModel.modelProperty().addListener((o, a, b) -> rebuild());
        viewModel.traceProperty().addListener((o, a, b) -> rebuild());
        viewModel.colorMapProperty().addListener((o, a, b) -> rebuild());
        viewModel.programNameProperty().addListener((o, a, b) -> rebuild());
        viewModel.snapshotIndexProperty().addListener((o, a, b) -> refreshMarks());
        selection.addListener((o, a, b) -> refreshMarks());
        rebuild();
    }

    public AttentionViewModel viewModel() { return viewModel; }
    public ObjectProperty<ModelDigest> modelProperty() { return viewModel.modelProperty(); }
    public ObjectProperty<TraceDigest> traceProperty() { return viewModel.traceProperty(); }
    public IntegerProperty snapshotIndexProperty() { return viewModel.snapshotIndexProperty(); }
    public StringProperty programNameProperty() { return viewModel.programNameProperty(); }

    /** The figure of the selected S-op's head (else the first head), for export. */
    public Optional<AttentionPattern> currentFigure() {
        HeadCard pick = null;
        for (HeadCard c : headCards) {
            if (viewModel.isSelected(c.head())) pick = c;
        }
        if (pick == null && !headCards.isEmpty()) pick = headCards.get(0);
        return pick == null ? Optional.empty() : Optional.of(pick.figure());
    }

    private void rebuild() {
        cards.getChildren().clear();
        headCards.clear();
        for (HeadPattern head : viewModel.heads()) {
            HeadCard card = new HeadCard(head, viewModel.figure(head), viewModel, status::setText);
            headCards.add(card);
            cards.getChildren().add(card);
        }
        if (headCards.isEmpty()) cards.getChildren().add(empty);
        refreshMarks();
    }

    private void refreshMarks() {
        for (HeadCard c : headCards) {
            ViewStyles.mark(c, "selected", viewModel.isSelected(c.head()));
            ViewStyles.mark(c, "current", viewModel.isCurrent(c.head()));
        }
    }
}
