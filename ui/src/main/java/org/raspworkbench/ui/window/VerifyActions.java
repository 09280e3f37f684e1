package org.raspworkbench.ui.window;

import org.raspworkbench.core.verification.Counterexample;
import org.raspworkbench.core.verification.VerifiedFix;
import org.raspworkbench.ui.editor.EditorPane;
import org.raspworkbench.ui.state.InputText;
import org.raspworkbench.ui.state.WorkbenchState;
import org.raspworkbench.ui.views.verify.CompileCallEdit;
import org.raspworkbench.ui.views.verify.SettingEdit;
import org.raspworkbench.ui.views.verify.VerifyPanel;

/**
 * What the Verify panel's clicks do in the window: a counterexample becomes the example input, the
 * debugger stops after the sub-layer where it first diverges and the culprit S-op is selected
 * (which marks its source); a fix is written into the program's text, which recompiles it.
 */
final class VerifyActions implements VerifyPanel.Actions {
    private final WorkbenchState state;
    private final EditorPane editor;

    VerifyActions(WorkbenchState state, EditorPane editor) {
        this.state = state;
        this.editor = editor;
    }

    @Override
    public void showCounterexample(Counterexample c) {
        state.exampleInputProperty().set(InputText.format(c.input()));
        c.diagnosis().divergence().ifPresent(d -> state.debugger().moveTo(d.snapshot()));
        state.selectedProperty().set(c.diagnosis().culprit());
    }

    @Override
    public void applyFix(VerifiedFix fix) {
        String text = editor.area().getText();
        boolean python = editor.syntax() == org.raspworkbench.core.syntax.SurfaceSyntax.PYTHON;
        editor.area().replaceText(python ? CompileCallEdit.apply(text, fix.setting(), fix.value())
                : SettingEdit.apply(text, fix.setting(), fix.value()));
    }
}
