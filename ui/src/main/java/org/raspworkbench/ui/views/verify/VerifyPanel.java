package org.raspworkbench.ui.views.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.verification.CauseSummary;
import org.raspworkbench.core.verification.Counterexample;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.VerifiedFix;

/**
 * Shows a {@link VerifyRunner}'s state: Verify and Cancel with the progress, the quick check's
 * badge, the counts, each cause with its message and verified fix (Apply writes it into the
 * program), and the counterexamples grouped by cause; choosing one hands it to {@link Actions}.
 */
public final class VerifyPanel extends BorderPane {
    /** What the panel asks of the window. */
    public interface Actions {
        /** Put the input in the input field and stop the debugger where it first diverges. */
        void showCounterexample(Counterexample c);

        /** Write the setting into the program's text. */
        void applyFix(VerifiedFix fix);
    }

    /** One line of the counterexample tree: a cause's heading, or one input under it. */
    record Entry(String text, Optional<Counterexample> example) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final VerifyRunner runner;
    private final Actions actions;
    private final Label summary = new Label("Verify runs the model and the program on every input (F6).");
    private final VBox causes = new VBox(6);
    private final TreeView<Entry> examples = new TreeView<>(new TreeItem<>(new Entry("", Optional.empty())));
    private final Label notes = new Label();
    private final Label margins = new Label();
    private static final int MARGINS_SHOWN = 5;

    public VerifyPanel(VerifyRunner runner, Actions actions) {
        this.runner = runner;
        this.actions = actions;
        getStyleClass().add("verify-panel");
        Button run = new Button("Verify");
        run.setId("verify-run");
        run.setOnAction(e -> runner.verify());
        run.disableProperty().bind(runner.runningProperty().or(runner.modelProperty().isNull()));
        Button cancel = new Button("Cancel");
        cancel.setId("verify-cancel");
        cancel.setOnAction(e -> runner.cancel());
        cancel.disableProperty().bind(runner.runningProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("verify-progress");
        bar.progressProperty().bind(runner.progressProperty());
        bar.visibleProperty().bind(runner.runningProperty());
        Label stage = new Label();
        stage.setId("verify-stage");
        stage.textProperty().bind(runner.stageProperty());
        Label badge = new Label();
        badge.setId("verify-badge");
        badge.getStyleClass().add("verify-badge");
        badge.textProperty().bind(runner.badgeProperty());
        badge.textProperty().addListener((obs, was, now) -> {
            badge.getStyleClass().removeAll("agrees", "differs");
            if (!now.isEmpty()) badge.getStyleClass().add(now.startsWith("model = program") ? "agrees" : "differs");
        });
        HBox header = new HBox(8, run, cancel, bar, stage, badge);
        header.setPadding(new Insets(6));
        summary.setId("verify-summary");
        summary.setWrapText(true);
        causes.setId("verify-causes");
        examples.setId("verify-counterexamples");
        examples.setShowRoot(false);
        examples.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) now.getValue().example().ifPresent(actions::showCounterexample);
        });
        notes.setId("verify-notes");
        notes.setWrapText(true);
        notes.getStyleClass().add("verify-notes");
        margins.setId("verify-margins");
        margins.setWrapText(true);
        VBox body = new VBox(8, summary, causes, examples, margins, notes);
        body.setPadding(new Insets(6));
        VBox.setVgrow(examples, Priority.ALWAYS);
        setTop(header);
        setCenter(body);
        runner.reportProperty().addListener((obs, was, now) -> show(now));
    }

    private void show(VerificationReport r) {
        causes.getChildren().clear();
        examples.getRoot().getChildren().clear();
        if (r == null) {
            summary.setText("Verify runs the model and the program on every input (F6).");
            notes.setText("");
            margins.setText("");
            return;
        }
        summary.setText(summaryText(r));
        for (CauseSummary c : r.causes()) causes.getChildren().add(causeRow(c, causes.getChildren().size()));
        Map<String, TreeItem<Entry>> groups = new LinkedHashMap<>();
        for (Counterexample c : r.counterexamples()) {
            String key = c.diagnosis().cause().label() + " at " + c.diagnosis().culprit().name();
            TreeItem<Entry> group = groups.computeIfAbsent(key, k -> {
                TreeItem<Entry> item = new TreeItem<>(new Entry(k, Optional.empty()));
                item.setExpanded(true);
                examples.getRoot().getChildren().add(item);
                return item;
            });
            group.getChildren().add(new TreeItem<>(new Entry(exampleText(c), Optional.of(c))));
        }
        margins.setText(marginsText(r));
        notes.setText(String.join("\n", r.notes()));
    }

    /** The Verify tab's title for a quick-check badge: a tick when they agree, a cross when not. */
    public static String tabTitle(String badge) {
        if (badge == null || badge.isEmpty()) return "Verify";
        return badge.startsWith("model = program") ? "Verify \u2713" : "Verify \u2717";
    }

    /** The smallest margins, as one line each. */
    static String marginsText(VerificationReport r) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < r.margins().size() && i < MARGINS_SHOWN; i++) {
            var m = r.margins().get(i);
            List<String> in = new ArrayList<>();
            for (Value v : m.input()) in.add(v.repr());
            lines.add(String.format(java.util.Locale.ROOT, "'%s': %.3g at position %d of [%s]", m.sop().name(),
                    m.minMargin(), m.position(), String.join(", ", in)));
        }
        return lines.isEmpty() ? "" : "Smallest decode margins (negative: decodes wrongly):\n" + String.join("\n", lines);
    }

    static String summaryText(VerificationReport r) {
        String counts = r.inputsChecked() + " inputs checked: " + r.agree() + " agree, " + r.disagree() + " disagree";
        if (r.nonePositions() > 0) counts += ", " + r.nonePositions() + " positions where the program gives None";
        return counts + (r.cancelled() ? " (cancelled)" : "") + ".";
    }

    private VBox causeRow(CauseSummary c, int index) {
        Label title = new Label(c.cause().label() + " at '" + c.sop().name() + "' on " + c.inputs() + " inputs");
        title.getStyleClass().add("verify-cause-title");
        Label message = new Label(c.message());
        message.setWrapText(true);
        VBox row = new VBox(2, title, message);
        row.getStyleClass().add("verify-cause");
        row.setId("verify-cause-" + index);
        if (c.fix().isPresent()) {
            VerifiedFix f = c.fix().get();
            Label fix = new Label("Fix: set " + f.setting() + " " + f.value().repr() + " — "
                    + (f.verified() ? "verified, " : "not everywhere, ") + f.agreeAfter() + "/" + f.checked()
                    + " inputs agree after it");
            HBox line = new HBox(8, fix);
            if (f.verified() && !f.setting().equals("dtype")) {
                Button apply = new Button("Apply");
                apply.setId("verify-apply-" + index);
                apply.setOnAction(e -> actions.applyFix(f));
                line.getChildren().add(apply);
            }
            row.getChildren().add(line);
        }
        c.advice().ifPresent(a -> {
            Label advice = new Label(a);
            advice.setWrapText(true);
            advice.getStyleClass().add("verify-advice");
            row.getChildren().add(advice);
        });
        return row;
    }

    private static String exampleText(Counterexample c) {
        List<String> in = new ArrayList<>();
        for (Value v : c.input()) in.add(v.repr());
        String where = c.diagnosis().divergence().map(d -> "; starts at '" + d.sop().name() + "' (" + d.sublayer().label()
                + " of layer " + d.layer() + ")").orElse("");
        return "[" + String.join(", ", in) + "] differs at " + c.positions() + where;
    }

    /** The tree of counterexamples (for tests and keyboard focus). */
    TreeView<Entry> counterexamples() {
        return examples;
    }

    public VerifyRunner runner() {
        return runner;
    }
}
