package org.raspworkbench.ui.views.canvas;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Follows the IDE's theme for a node: the theme manager marks the scene's root with the
 * {@code dark} style class, which figures need to know because they paint their own background.
 */
final class DarkTheme {
    private DarkTheme() {
    }

    /** Calls {@code dark} with the theme now and whenever it (or the node's scene or root) changes. */
    static void follow(Node node, Consumer<Boolean> dark) {
        ListChangeListener<String> classes = c -> dark.accept(c.getList().contains("dark"));
        node.sceneProperty().addListener((o, oldScene, scene) -> {
            if (oldScene != null && oldScene.getRoot() != null) oldScene.getRoot().getStyleClass().removeListener(classes);
            if (scene == null) return;
            scene.rootProperty().addListener((oo, oldRoot, root) -> {
                if (oldRoot != null) oldRoot.getStyleClass().removeListener(classes);
                watch(root, classes, dark);
            });
            watch(scene.getRoot(), classes, dark);
        });
    }

    private static void watch(Parent root, ListChangeListener<String> classes, Consumer<Boolean> dark) {
        if (root == null) return;
        root.getStyleClass().addListener(classes);
        dark.accept(root.getStyleClass().contains("dark"));
    }
}
