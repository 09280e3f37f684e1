package org.raspworkbench.ui.window;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.raspworkbench.ui.figures.FigureFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the bundled figure font known to JavaFX, so the figures on screen (drawn through FXGraphics2D,
 * which asks JavaFX for the font by family) use the glyphs and metrics the exports use.
 */
final class FxFigureFonts {
    private static final Logger LOG = LoggerFactory.getLogger(FxFigureFonts.class);
    private static boolean loaded;

    private FxFigureFonts() {
    }

    static synchronized void load() {
        if (loaded) return;
        loaded = true;
        for (FigureFonts.Face face : FigureFonts.Face.values()) {
            try (InputStream in = face.open()) {
                if (Font.loadFont(in, 11) == null) LOG.warn("JavaFX did not load the figure font face {}", face);
            } catch (IOException e) {
                LOG.error("cannot load the figure font face {}", face, e);
            }
        }
    }
}
