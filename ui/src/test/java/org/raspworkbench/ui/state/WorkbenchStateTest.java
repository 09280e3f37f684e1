package org.raspworkbench.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.ui.testing.FakeEngine;

class WorkbenchStateTest {
    private final FakeEngine engine = new FakeEngine();
    private final WorkbenchState state = new WorkbenchState();

    @Test
    void aFailedCompilationKeepsTheLastGoodOneOnScreenMarkedStale() {
        CompileOutcome good = engine.compile("a = tokens;\nb = a;");
        state.acceptCompilation(good);
        assertThat(state.staleProperty().get()).isFalse();
        assertThat(state.debugger().lastSnapshot()).isEqualTo(4);

        CompileOutcome bad = engine.compile("a = tokens;\nb = ERROR;");
        state.acceptCompilation(bad);
        assertThat(state.shownProperty().get()).isSameAs(good);
        assertThat(state.latestProperty().get()).isSameAs(bad);
        assertThat(state.staleProperty().get()).isTrue();
        assertThat(state.problems()).hasSize(1);

        state.acceptCompilation(engine.compile("a = tokens;"));
        assertThat(state.staleProperty().get()).isFalse();
        assertThat(state.problems()).isEmpty();
    }

    @Test
    void theDebuggerPositionIsKeptWhenItStillExists() {
        state.acceptCompilation(engine.compile("a = tokens;\nb = a;\nc = b;"));
        state.debugger().moveTo(5);
        state.acceptCompilation(engine.compile("a = tokens;\nb = a;"));
        assertThat(state.debugger().snapshot()).isEqualTo(4);
    }

    @Test
    void theSelectionFollowsItsNameAcrossRecompiles() {
        state.acceptCompilation(engine.compile("a = tokens;\nb = a;"));
        SOp b = (SOp) state.shownProgram().orElseThrow().nodes().get(2);
        state.selectedProperty().set(b);
        state.acceptCompilation(engine.compile("a = tokens;\nb = a;\nc = b;"));
        assertThat(state.selectedProperty().get()).isNotSameAs(b);
        assertThat(state.selectedProperty().get().name()).isEqualTo("b");
        state.acceptCompilation(engine.compile("a = tokens;"));
        assertThat(state.selectedProperty().get()).isNull();
    }

    @Test
    void theProgramsExampleIsCopiedInOnlyWhenItChanges() {
        state.acceptCompilation(engine.compile("set example [1, 2];\na = tokens;"));
        assertThat(state.exampleInputProperty().get()).isEqualTo("[1, 2]");
        state.exampleInputProperty().set("[3]");
        state.acceptCompilation(engine.compile("set example [1, 2];\na = tokens;\nb = a;"));
        assertThat(state.exampleInputProperty().get()).isEqualTo("[3]");
        state.acceptCompilation(engine.compile("set example [2, 1];\na = tokens;"));
        assertThat(state.exampleInputProperty().get()).isEqualTo("[2, 1]");
    }

    @Test
    void inputTextIsAStringForCharactersAndAListOtherwise() {
        assertThat(InputText.format(List.of(StrValue.of("a"), StrValue.of("\"")))).isEqualTo("\"a\\\"\"");
        assertThat(InputText.format(List.of(IntValue.of(1), StrValue.of("ab")))).isEqualTo("[1, \"ab\"]");
        assertThat(InputText.format(List.of(org.raspworkbench.core.value.BoolValue.TRUE))).isEqualTo("[true]");
        assertThat(InputText.format(List.of())).isEqualTo("[]");
    }

    @Test
    void runWarningsJoinTheProblemsUnlessStale() {
        CompileOutcome compiled = engine.compile("a = tokens;");
        state.acceptCompilation(compiled);
        var warning = org.raspworkbench.core.source.Diagnostic.warning(org.raspworkbench.core.source.ErrorKind.VALUE,
                "averages", org.raspworkbench.core.source.SourceRange.NONE);
        state.acceptRun(compiled, new RunOutcome("[1]", Optional.of(List.of(IntValue.of(1))), Optional.empty(), Optional.empty(),
                List.of(), List.of(warning)));
        assertThat(state.problems()).containsExactly(warning);
        state.acceptCompilation(engine.compile("a = ERROR;"));
        assertThat(state.problems()).extracting(d -> d.message()).containsExactly("unexpected ERROR");
        // A run of a model no longer shown is dropped.
        state.acceptCompilation(engine.compile("b = tokens;"));
        state.acceptRun(compiled, new RunOutcome("[1]", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(warning)));
        assertThat(state.runProperty().get()).isNull();
    }

    @Test
    void snapshotsAreDescribedBySubLayer() {
        assertThat(DebuggerState.describe(0)).isEqualTo("embeddings");
        assertThat(DebuggerState.describe(1)).isEqualTo("after attn 0");
        assertThat(DebuggerState.describe(4)).isEqualTo("after mlp 1");
    }
}
