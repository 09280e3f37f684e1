package org.raspworkbench.ui.window;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.input.InputEvent;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Shows every dialog of the IDE over the main window without changing that window's state.
 *
 * <p>JavaFX 17 on Linux makes a window that a modal dialog blocks non-resizable, by pinning its
 * minimum and maximum size to the size it had before it was maximised; window managers then drop
 * the maximised state (JDK-8332222, fixed only in JavaFX 23, which needs Java 21). So dialogs are
 * owned by the main window (they stay above it and centred on it) but not modal to the toolkit:
 * the main window's scene ignores input while one is open, which is all that modality gave us.
 * Native file choosers always block their owner that way; for them the window's maximised and
 * full-screen state is put back as soon as the chooser returns.
 */
public final class OwnedDialogs {
    private final Supplier<Window> owner;

    public OwnedDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The main window; null before it exists (dialogs then stand alone). */
    public Window owner() {
        return owner.get();
    }

    /** Owns {@code dialog} by the main window and shows it without waiting (messages). */
    public void show(Dialog<?> dialog) {
        Runnable unblock = prepare(dialog);
        dialog.setOnHidden(e -> unblock.run());
        dialog.show();
    }

    /** Owns {@code dialog} by the main window, shows it and waits for the answer. */
    public <T> Optional<T> showAndWait(Dialog<T> dialog) {
        Runnable unblock = prepare(dialog);
        try {
            return dialog.showAndWait();
        } finally {
            unblock.run();
        }
    }

    private Runnable prepare(Dialog<?> dialog) {
        Window main = owner.get();
        if (main != null && dialog.getOwner() == null) dialog.initOwner(main);
        dialog.initModality(Modality.NONE);
        return blockInput(main, dialog);
    }

    /** The main window's scene swallows input while {@code dialog} is up; a click brings the dialog forward. */
    private static Runnable blockInput(Window main, Dialog<?> dialog) {
        Scene scene = main == null ? null : main.getScene();
        if (scene == null) return () -> { };
        EventHandler<InputEvent> swallow = e -> {
            e.consume();
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
                if (w instanceof Stage s) s.toFront();
            }
        };
        EventType<InputEvent> any = InputEvent.ANY;
        scene.addEventFilter(any, swallow);
        return () -> scene.removeEventFilter(any, swallow);
    }

    public Optional<File> showOpenDialog(FileChooser chooser) {
        return keepingState(() -> chooser.showOpenDialog(owner.get()));
    }

    public Optional<File> showSaveDialog(FileChooser chooser) {
        return keepingState(() -> chooser.showSaveDialog(owner.get()));
    }

    /** Runs a native dialog and puts the owner's maximised and full-screen state back afterwards. */
    <T> Optional<T> keepingState(Supplier<T> chooser) {
        WindowState before = WindowState.of(owner.get());
        try {
            return Optional.ofNullable(chooser.get());
        } finally {
            before.restore(owner.get());
        }
    }

    /** The states a native dialog may take from its owner. */
    record WindowState(boolean maximized, boolean fullScreen) {
        private static final Duration LATE = Duration.seconds(1);

        static WindowState of(Window w) {
            return w instanceof Stage s ? new WindowState(s.isMaximized(), s.isFullScreen()) : new WindowState(false, false);
        }

        /**
         * Puts the state back now, and once more if the window manager's news of the change arrives
         * only after the chooser returned (within {@link #LATE}).
         */
        void restore(Window w) {
            if (!(w instanceof Stage s) || !(maximized || fullScreen)) return;
            apply(s);
            javafx.beans.value.ChangeListener<Boolean> late = (obs, was, now) -> {
                if (!now) Platform.runLater(() -> apply(s));
            };
            s.maximizedProperty().addListener(late);
            s.fullScreenProperty().addListener(late);
            PauseTransition done = new PauseTransition(LATE);
            done.setOnFinished(e -> {
                s.maximizedProperty().removeListener(late);
                s.fullScreenProperty().removeListener(late);
            });
            done.play();
        }

        private void apply(Stage s) {
            if (maximized && !s.isMaximized()) s.setMaximized(true);
            if (fullScreen && !s.isFullScreen()) s.setFullScreen(true);
        }
    }
}
