package org.raspworkbench.ui.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.ui.window.ExportDialogs;

/** Export dialogs that answer from a script and record messages. */
public final class ScriptedExportDialogs implements ExportDialogs {
    public final Deque<Target> targets = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();

    @Override
    public Optional<Target> chooseTarget(String what, String suggestedName) {
        asked.add(what + " " + suggestedName);
        return targets.isEmpty() ? Optional.empty() : Optional.of(targets.pop());
    }

    @Override
    public void showMessage(String message, boolean error) {
        messages.add(message);
    }
}
