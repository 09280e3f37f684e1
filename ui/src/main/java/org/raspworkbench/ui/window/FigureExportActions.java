package org.raspworkbench.ui.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.figures.AttentionPattern;
import org.raspworkbench.ui.figures.Chart;
import org.raspworkbench.ui.figures.DirectionGroup;
import org.raspworkbench.ui.figures.Emphasis;
import org.raspworkbench.ui.figures.Figure;
import org.raspworkbench.ui.figures.FigureExport;
import org.raspworkbench.ui.figures.FigureSheet;
import org.raspworkbench.ui.figures.ResidualSelection;
import org.raspworkbench.ui.figures.Scale;
import org.raspworkbench.ui.figures.TraceFigures;
import org.raspworkbench.ui.files.DocumentModel;
import org.raspworkbench.ui.views.attention.AttentionView;
import org.raspworkbench.ui.views.attention.HeadPattern;
import org.raspworkbench.ui.views.data.ModelDigest;
import org.raspworkbench.ui.views.data.TraceDigest;
import org.raspworkbench.ui.views.heatmap.HeatmapView;
import org.raspworkbench.ui.views.heatmap.HeatmapViewModel;

/**
 * File > Export Figure: residual snapshots (the one on screen, several or all; all rows or some) or
 * attention heads (one, several, a whole layer, in a grid), as PNG, SVG or PDF at a printed size. What
 * can be chosen is read on the FX thread from the views; the figure is built, drawn and written on the
 * file thread, and a toast says where it went.
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
        FxFigureFonts.load();
    }

    /** The residual stream: the dialog proposes the snapshot on screen (all of them when the strip is on). */
    public CompletableFuture<Boolean> exportHeatmap() {
        HeatmapViewModel vm = heatmap.viewModel();
        return exportResidual("heatmap", "residual", vm.stripProperty().get());
    }

    /** The residual stream: the dialog proposes every snapshot. */
    public CompletableFuture<Boolean> exportStrip() {
        return exportResidual("snapshot strip", "residual-strip", true);
    }

    private CompletableFuture<Boolean> exportResidual(String what, String suffix, boolean allSnapshots) {
        HeatmapViewModel vm = heatmap.viewModel();
        Optional<Figure> shown = heatmap.currentFigure();
        if (!vm.ready() || shown.isEmpty()) return nothing(what);
        ModelDigest m = vm.modelProperty().get();
        TraceDigest t = vm.traceProperty().get();
        List<String> names = TraceFigures.snapshotNames(org.raspworkbench.core.model.SnapshotNumbering.layers(t.snapshots().length));
        List<Integer> proposed = new ArrayList<>();
        if (allSnapshots) proposed.addAll(ResidualSelection.allRows(names.size()));
        else proposed.add(vm.snapshot().index());
        Scale scale = shown.get().scale();
        Emphasis emphasis = emphasis(m.residual(), vm.selectionProperty().get(), vm.writtenDirectionsProperty().get());
        String program = vm.patched() ? title() + " (patched)" : title();
        List<double[][]> snapshots = Arrays.asList(t.snapshots());
        List<Value> input = t.tokens().subList(1, t.tokens().size());
        String bos = t.tokens().get(0).str();
        List<BasisDirection> residual = m.residual();
        Function<ExportOptions, FigureSheet> sheet = options -> FigureSheet.of(TraceFigures.residual(program, residual,
                input, bos, snapshots, new ResidualSelection(options.snapshots(), options.rows()), scale,
                options.withEmphasis() ? emphasis : Emphasis.NONE));
        return export(new ExportDialogs.Offer(what, baseName() + "-" + suffix, names, proposed,
                DirectionGroup.of(m.residual()), List.of(), List.of(), Optional.of(sheet)));
    }

    /** Attention heads: the dialog proposes every head of the layer on screen (the selected head's, else the first). */
    public CompletableFuture<Boolean> exportAttention() {
        List<HeadPattern> heads = attention.viewModel().heads();
        if (heads.isEmpty()) return nothing("attention pattern");
        HeadPattern current = heads.stream().filter(attention.viewModel()::isSelected).reduce((a, b) -> b).orElse(heads.get(0));
        List<String> labels = new ArrayList<>();
        List<Integer> proposed = new ArrayList<>();
        List<AttentionPattern> figures = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            HeadPattern h = heads.get(i);
            labels.add("L" + h.layer() + ".H" + h.head() + h.sop().map(s -> ": " + s.name()).orElse(""));
            if (h.layer() == current.layer()) proposed.add(i);
            figures.add(attention.viewModel().figure(h));
        }
        Function<ExportOptions, FigureSheet> sheet = options -> {
            List<Figure> chosen = new ArrayList<>();
            for (int i : options.heads()) chosen.add(figures.get(i));
            return new FigureSheet(chosen, options.columns());
        };
        return export(new ExportDialogs.Offer("attention pattern", baseName() + "-attention", List.of(), List.of(),
                List.of(), labels, proposed, Optional.of(sheet)));
    }

    /**
     * Figures of another view (the patching sweep, circuits): the dialog lists them by
     * {@code names} (proposing {@code proposed}) and lays the chosen ones out in a grid, as it does
     * attention heads. An empty list says there is nothing to export yet.
     */
    public CompletableFuture<Boolean> exportFigures(String what, String suffix, List<String> names,
                                                    List<Integer> proposed, List<? extends Figure> figures) {
        if (figures.isEmpty()) return nothing(what);
        List<Figure> all = List.copyOf(figures);
        Function<ExportOptions, FigureSheet> sheet = options -> {
            List<Figure> chosen = new ArrayList<>();
            for (int i : options.heads()) chosen.add(all.get(i));
            return new FigureSheet(chosen, options.columns());
        };
        return export(new ExportDialogs.Offer(what, baseName() + "-" + suffix, List.of(), List.of(), List.of(), names,
                proposed, Optional.of(sheet)));
    }

    /**
     * A chart (an MLP's function table, an attribution chart) in the format, DPI and printed width
     * or label size chosen; a chart keeps its proportions, so its height follows.
     */
    public CompletableFuture<Boolean> exportChart(String what, String suffix, Chart chart) {
        Optional<ExportDialogs.Target> target = dialogs.chooseTarget(ExportDialogs.Offer.single(what, baseName() + "-" + suffix));
        if (target.isEmpty()) return CompletableFuture.completedFuture(false);
        ExportDialogs.Target t = target.get();
        return written(what, t, CompletableFuture.supplyAsync(() -> {
            try {
                FigureExport.write(chart, t.options().format(), t.file(), t.options().dpi(), t.options().size());
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io));
    }

    private CompletableFuture<Boolean> nothing(String what) {
        dialogs.showMessage("There is no " + what + " to export yet: the program needs a model and a valid input.", true);
        return CompletableFuture.completedFuture(false);
    }

    private CompletableFuture<Boolean> export(ExportDialogs.Offer offer) {
        Function<ExportOptions, FigureSheet> sheet = offer.sheet().orElseThrow();
        Optional<ExportDialogs.Target> target = dialogs.chooseTarget(offer);
        if (target.isEmpty()) return CompletableFuture.completedFuture(false);
        ExportDialogs.Target t = target.get();
        ExportOptions o = t.options();
        return written(offer.what(), t, CompletableFuture.supplyAsync(() -> {
            try {
                FigureExport.write(sheet.apply(o), o.format(), t.file(), o.dpi(), o.size());
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io));
    }

    /** Tells the user where {@code writing} put the file, or why it could not. */
    private CompletableFuture<Boolean> written(String what, ExportDialogs.Target t, CompletableFuture<Boolean> writing) {
        return writing.handleAsync((ok, failure) -> {
            if (failure == null) {
                dialogs.saved(what, t.file());
                return true;
            }
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            dialogs.showMessage("Cannot write " + t.file() + ": " + cause.getMessage(), true);
            return false;
        }, fxThread);
    }

    /** The selected S-op's group and the directions the current step wrote, in residual order. */
    private static Emphasis emphasis(List<BasisDirection> residual, SOp selected, Set<BasisDirection> written) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < residual.size(); i++) if (written != null && written.contains(residual.get(i))) rows.add(i);
        Optional<String> sop = selected == null ? Optional.empty()
                : residual.stream().map(BasisDirection::name).filter(selected.name()::equals).findFirst();
        return new Emphasis(sop, Set.copyOf(rows));
    }

    private String title() {
        String n = heatmap.programNameProperty().get();
        return n == null || n.isEmpty() ? "program" : n;
    }

    private String baseName() {
        String n = documentName.getValue();
        if (n == null || n.isBlank()) return "figure";
        return DocumentModel.programName(n);
    }
}
