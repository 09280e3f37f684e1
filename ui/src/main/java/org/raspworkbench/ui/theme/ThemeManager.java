package org.raspworkbench.ui.theme;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Applies the chosen {@link Theme} to the whole application and the workbench stylesheet to each
 * scene. Switching themes swaps AtlantaFX's user-agent stylesheet and the {@code dark} class on
 * every managed scene's root, which the workbench CSS keys its own colours on.
 */
public final class ThemeManager {
    public static final String WORKBENCH_CSS = "/org/raspworkbench/ui/css/workbench.css";
    public static final String EDITOR_CSS = "/org/raspworkbench/ui/css/editor.css";
    private static final String ICONS = "/org/raspworkbench/ui/icons/rasp-workbench-%d.png";

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final List<Scene> scenes = new java.util.ArrayList<>();

    public ThemeManager() {
        theme.addListener((obs, was, now) -> apply());
    }

    /** Styles {@code scene} now and on every later theme change. */
    public void manage(Scene scene) {
        scene.getStylesheets().addAll(stylesheet(WORKBENCH_CSS), stylesheet(EDITOR_CSS));
        scenes.add(scene);
        apply();
    }

    private void apply() {
        Application.setUserAgentStylesheet(theme.get().userAgentStylesheet());
        for (Scene s : scenes) {
            if (s.getRoot() == null) continue;
            s.getRoot().getStyleClass().removeAll("light", "dark");
            s.getRoot().getStyleClass().add(theme.get() == Theme.DARK ? "dark" : "light");
        }
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void toggle() {
        theme.set(theme.get().other());
    }

    /** Puts the application icon, in every size the icons folder has, on {@code stage}. */
    public static void setWindowIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var url = ThemeManager.class.getResource(String.format(ICONS, size));
            if (url != null) stage.getIcons().add(new Image(url.toExternalForm(), true));
        }
    }

    private static String stylesheet(String path) {
        return Objects.requireNonNull(ThemeManager.class.getResource(path), path).toExternalForm();
    }
}
