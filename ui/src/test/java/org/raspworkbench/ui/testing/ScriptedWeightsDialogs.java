package org.raspworkbench.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.ui.window.WeightsExportDialogs;

/** Weights export dialogs that answer from a script and record what they were asked and told. */
public final class ScriptedWeightsDialogs implements WeightsExportDialogs {
    /** The folders to answer, in turn; none left means the user cancels the chooser. */
    public final Deque<Path> folders = new ArrayDeque<>();
    /** The type to answer; empty means the user cancels the confirmation. */
    public volatile Optional<DType> type = Optional.of(DType.FLOAT32);
    public final List<Boolean> replaceAsked = new CopyOnWriteArrayList<>();
    public final List<Path> exported = new CopyOnWriteArrayList<>();
    public final List<String> failures = new CopyOnWriteArrayList<>();

    @Override
    public Optional<Path> chooseFolder(String program) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public Optional<DType> confirm(String program, Path folder, boolean replaces) {
        replaceAsked.add(replaces);
        return type;
    }

    @Override
    public void exported(String program, Path folder, DType dtype) {
        exported.add(folder);
    }

    @Override
    public void failed(String message) {
        failures.add(message);
    }
}
