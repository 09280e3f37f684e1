package org.raspworkbench.ui.views.token;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.views.Shots;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Tokens view shows what the model outputs, ties included, against the program, output first. */
@ExtendWith(ApplicationExtension.class)
class TokensTruthViewTest {
    /** Keys 0 and 1 selected everywhere: the categorical aggregate averages two tokens, 0.5 and 0.5. */
    private static final String TIE = """
            set vocab [0, 1];
            set max_seq_len 4;
            set example [1, 0, 1];
            s = select(indices, indices, lambda k, q: k <= 1);
            out = aggregate(s, tokens);
            """;

    private final ObjectProperty<SOp> selection = new SimpleObjectProperty<>();
    private TokenInspectorView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new TokenInspectorView(selection);
        stage.setScene(new Scene(view, 900, 520));
        stage.show();
    }

    private record Run(Compilation compilation, ForwardTrace trace) {
    }

    private Run show(FxRobot robot, String source) {
        Compilation c = Compiler.compile(source);
        CompiledModel model = c.model().orElseThrow();
        ForwardTrace trace = ForwardPass.run(model, c.program().orElseThrow().settings().example().orElseThrow());
        ViewInputs in = ViewInputs.prepare(model, trace);
        robot.interact(() -> {
            view.modelProperty().set(in.model());
            view.traceProperty().set(in.trace());
        });
        return new Run(c, trace);
    }

    private static String sat3() {
        return SampleCatalog.load().stream().filter(s -> s.fileName().equals("sat3_verifier.rasp")).findFirst()
                .orElseThrow().text();
    }

    private String cellText(FxRobot robot, int position) {
        Node cell = robot.lookup("#token-output-" + position).query();
        return robot.from(cell).lookup(".output-value").queryAs(Label.class).getText();
    }

    @Test
    void theOutputRowShowsTheModelsArgmaxOnATieAndMarksTheMismatch(FxRobot robot) {
        Run run = show(robot, TIE);
        List<Value> printed = run.trace().decoded();
        assertThat(printed.subList(1, printed.size())).allMatch(v -> v.str().equals("0"));
        for (int p = 1; p <= 3; p++) {
            // the model's argmax (what `rasp trace` prints), then the program's value, the mismatch as a symbol
            assertThat(cellText(robot, p)).isEqualTo("\u2717 " + printed.get(p).str() + " (tie: 0, 1) | 0.5");
            Node cell = robot.lookup("#token-output-" + p).query();
            assertThat(cell.getStyleClass()).contains("mismatch", "tie");
        }
        assertThat(robot.lookup("#token-output-row").queryAs(Node.class).isVisible()).isTrue();
        DecodedValue first = view.viewModel().rows().get(0);
        assertThat(first.sop().name()).isEqualTo("out");
        assertThat(first.isTie()).isTrue();
        assertThat(robot.lookup("#token-summary").queryAs(Label.class).getText()).contains("1 mismatch", "1 tie");
        robot.interact(() -> Shots.save(view, "tokens-tie"));
    }

    @Test
    void aCellShowsItsPositionBelowWhenClicked(FxRobot robot) {
        show(robot, TIE);
        robot.clickOn(robot.lookup("#token-output-3").queryAs(Node.class));
        assertThat(view.viewModel().effectivePosition()).isEqualTo(3);
        assertThat(robot.lookup("#token-output-3").queryAs(Node.class).getStyleClass()).contains("current-position");
    }

    @Test
    void theOutputIsPinnedFirstAndMarkedOnSat3(FxRobot robot) {
        Run run = show(robot, sat3());
        SOp output = run.compilation().program().orElseThrow().output();
        List<DecodedValue> rows = view.viewModel().rows();
        assertThat(rows.get(0).sop().name()).isEqualTo(output.name());
        assertThat(rows.size()).isGreaterThan(40);
        TableRow<?> top = robot.lookup("#token-table .table-row-cell").nth(0).queryAs(TableRow.class);
        assertThat(top.getStyleClass()).contains("output-sop");
        assertThat(((DecodedValue) top.getItem()).sop().name()).isEqualTo(output.name());
        ResidualBar.Heading heading = (ResidualBar.Heading) view.viewModel().bars().get(0);
        assertThat(heading.name()).isEqualTo(output.name());
        assertThat(heading.output()).isTrue();
        assertThat(robot.lookup("#token-bars .bar-heading.output-sop").queryAll()).hasSize(1);
        // the output row covers every input position, and the model agrees with the program on the example
        int n = run.trace().input().size();
        assertThat(view.viewModel().outputCells()).hasSize(n);
        assertThat(robot.lookup(".output-cell.match").queryAll()).hasSize(n);
        assertThat(cellText(robot, 1)).isEqualTo("\u2713 True | True");
        robot.interact(() -> Shots.save(view, "tokens-sat3"));
    }

    @Test
    void theFilterNarrowsTheRowsAndTheBarsButNotTheOutputRow(FxRobot robot) {
        show(robot, sat3());
        int all = view.viewModel().rows().size();
        robot.clickOn(robot.lookup("#token-filter").queryAs(TextField.class)).write("C0");
        assertThat(view.filterProperty().get()).isEqualTo("C0");
        List<DecodedValue> rows = view.viewModel().rows();
        assertThat(rows).isNotEmpty().hasSizeLessThan(all);
        assertThat(rows).allMatch(d -> d.sop().name().toLowerCase().contains("c0"));
        assertThat(robot.lookup("#token-table .table-row-cell").queryAllAs(TableRow.class))
                .filteredOn(r -> r.getItem() != null).hasSize(rows.size());
        assertThat(view.viewModel().bars()).filteredOn(b -> b instanceof ResidualBar.Heading)
                .allMatch(b -> ((ResidualBar.Heading) b).name().toLowerCase().contains("c0")
                        || ((ResidualBar.Heading) b).owner().map(o -> o.name().toLowerCase().contains("c0")).orElse(false));
        assertThat(robot.lookup(".output-cell").queryAll()).hasSize(10);
        robot.interact(() -> Shots.save(view, "tokens-filter"));

        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL).press(KeyCode.BACK_SPACE)
                .release(KeyCode.BACK_SPACE);
        assertThat(view.viewModel().rows()).hasSize(all);
    }
}
