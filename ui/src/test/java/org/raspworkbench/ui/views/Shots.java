package org.raspworkbench.ui.views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a node's look to {@code target/view-shots/NAME.png} so a person can look at it. */
public final class Shots {
    private Shots() {
    }

    /** Call on the FX thread. */
    public static Path save(Node node, String name) {
        try {
            WritableImage image = node.snapshot(null, null);
            Path dir = Path.of("target", "view-shots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
