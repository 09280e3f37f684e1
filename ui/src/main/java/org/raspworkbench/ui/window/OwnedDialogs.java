package org.raspworkbench.ui.window;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
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
 * Native file choosers always block their parent natively, so theirs is an invisible stand-in
 * window at the main window's centre (see {@link #showOpenDialog}); should a window manager still
 * take the main window's maximised or full-screen state, it is given back when the chooser returns.
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
            if (dialog != null && e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED) {
                Window w = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
                if (w instanceof Stage s) s.toFront();
            }
        };
        EventType<InputEvent> any = InputEvent.ANY;
        scene.addEventFilter(any, swallow);
        return () -> scene.removeEventFilter(any, swallow);
    }

    /** A native open dialog over the main window, which keeps its state (see {@link #overTheWindow}). */
    public Optional<File> showOpenDialog(FileChooser chooser) {
        return overTheWindow(chooser::showOpenDialog);
    }

    public Optional<File> showSaveDialog(FileChooser chooser) {
        return overTheWindow(chooser::showSaveDialog);
    }

    public Optional<File> showDirectoryDialog(javafx.stage.DirectoryChooser chooser) {
        return overTheWindow(chooser::showDialog);
    }

    /**
     * Native choosers block their parent window natively, and JavaFX 17 on Linux then un-maximises
     * it. So the chooser's parent is a stand-in: an empty, invisible window of no owner at the main
     * window's centre. GTK centres the chooser over it, keeps it above it and, the chooser being
     * modal, keeps input from every other window; the main window's scene ignores input too.
     */
    private Optional<File> overTheWindow(java.util.function.Function<Window, File> show) {
        Window main = owner.get();
        if (main == null) return Optional.ofNullable(show.apply(null));
        Stage standIn = new Stage(javafx.stage.StageStyle.TRANSPARENT);
        standIn.setScene(new Scene(new javafx.scene.layout.Region(), 1, 1, javafx.scene.paint.Color.TRANSPARENT));
        standIn.setX(main.getX() + main.getWidth() / 2);
        standIn.setY(main.getY() + main.getHeight() / 3);
        standIn.setWidth(1);
        standIn.setHeight(1);
        Runnable unblock = blockInput(main, null);
        standIn.show();
        try {
            return keepingState(() -> show.apply(standIn));
        } finally {
            standIn.hide();
            unblock.run();
            main.requestFocus();
        }
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
        private static final Duration LATE = Duration.millis(500);

        static WindowState of(Window w) {
            return w instanceof Stage s ? new WindowState(s.isMaximized(), s.isFullScreen()) : new WindowState(false, false);
        }

        /** Puts the state back now and, as the window manager's news may come late, a moment later. */
        void restore(Window w) {
            if (!(w instanceof Stage s) || !(maximized || fullScreen)) return;
            apply(s);
            PauseTransition later = new PauseTransition(LATE);
            later.setOnFinished(e -> apply(s));
            later.play();
        }

        private void apply(Stage s) {
            if (maximized && !s.isMaximized()) s.setMaximized(true);
            if (fullScreen && !s.isFullScreen()) s.setFullScreen(true);
        }
    }
}
