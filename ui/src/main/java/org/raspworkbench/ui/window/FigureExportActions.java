package org.raspworkbench.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureExport;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.views.attention.AttentionView;
import org.raspworkbench.ui.views.heatmap.HeatmapView;

/**
 * File > Export Figure: the heatmap on screen, the strip of all snapshots, or the current attention
 * pattern, as PNG, SVG or PDF. The figure is taken on the FX thread (it is what the user sees);
 * drawing and writing it happen on the file thread.
 */
public final class FigureExportActions {
    private final HeatmapView heatmap;
    private final AttentionView attention;
    private final ExportDialogs dialogs;
    private final Executor io;
    private final Executor fxThread;
    private final ObservableValue<String> documentName;

    FigureExportActions(HeatmapView heatmap, AttentionView attention, ExportDialogs dialogs, Executor io,
                        Executor fxThread, ObservableValue<String> documentName) {
        this.heatmap = heatmap;
        this.attention = attention;
        this.dialogs = dialogs;
        this.io = io;
        this.fxThread = fxThread;
        this.documentName = documentName;
    }

    public CompletableFuture<Boolean> exportHeatmap() {
        return export("heatmap", "residual", heatmap::currentFigure);
    }

    public CompletableFuture<Boolean> exportStrip() {
        return export("snapshot strip", "residual-strip", () -> {
            boolean was = heatmap.viewModel().stripProperty().get();
            heatmap.viewModel().stripProperty().set(true);
            Optional<Figure> strip = heatmap.viewModel().figure();
            heatmap.viewModel().stripProperty().set(was);
            return strip;
        });
    }

    public CompletableFuture<Boolean> exportAttention() {
        return export("attention pattern", "attention", () -> attention.currentFigure().map(f -> (Figure) f));
    }

    private CompletableFuture<Boolean> export(String what, String suffix, Supplier<Optional<Figure>> figure) {
        Optional<Figure> shown = figure.get();
        if (shown.isEmpty()) {
            dialogs.showMessage("There is no " + what + " to export yet: the program needs a model and a valid input.", true);
            return CompletableFuture.completedFuture(false);
        }
        String base = baseName() + "-" + suffix;
        Optional<ExportDialogs.Target> target = dialogs.chooseTarget(what, base);
        if (target.isEmpty()) return CompletableFuture.completedFuture(false);
        ExportDialogs.Target t = target.get();
        return CompletableFuture.supplyAsync(() -> {
            try {
                FigureExport.write(shown.get(), t.format(), t.file(), t.dpi());
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io).handleAsync((ok, failure) -> {
            if (failure == null) return true;
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            dialogs.showMessage("Cannot write " + t.file() + ": " + cause.getMessage(), true);
            return false;
        }, fxThread);
    }

    private String baseName() {
        String n = documentName.getValue();
        if (n == null || n.isBlank()) return "figure";
        return DocumentModel.programName(n);
    }
}
