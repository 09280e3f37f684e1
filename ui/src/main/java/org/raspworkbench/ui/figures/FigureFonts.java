package org.raspworkbench.ui.figures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one font of every figure: DejaVu Sans, bundled (from the {@code jasperreports-fonts} jar) so
 * that screen, PNG, SVG and PDF use the same glyphs and metrics on any machine. Its faces are
 * registered with Java2D once, so {@code deriveFont(Font.BOLD)} finds the real bold face; PDF export
 * embeds the same files ({@link PdfFigureFonts}).
 */
public final class FigureFonts {
    /** The family name, as SVG's {@code font-family} and JavaFX know it. */
    public static final String FAMILY = "DejaVu Sans";

    /** The four faces of the family, by AWT style. */
    public enum Face {
        REGULAR(Font.PLAIN, "DejaVuSans.ttf"),
        BOLD(Font.BOLD, "DejaVuSans-Bold.ttf"),
        OBLIQUE(Font.ITALIC, "DejaVuSans-Oblique.ttf"),
        BOLD_OBLIQUE(Font.BOLD | Font.ITALIC, "DejaVuSans-BoldOblique.ttf");

        private final int style;
        private final String file;

        Face(int style, String file) {
            this.style = style;
            this.file = file;
        }

        public int style() {
            return style;
        }

        public static Face of(int awtStyle) {
            for (Face f : values()) if (f.style == (awtStyle & (Font.BOLD | Font.ITALIC))) return f;
            return REGULAR;
        }

        /** The TrueType file; the caller closes it. */
        public InputStream open() throws IOException {
            InputStream in = FigureFonts.class.getResourceAsStream(FOLDER + file);
            if (in == null) throw new IOException("the bundled font " + FOLDER + file + " is not on the class path");
            return in;
        }
    }

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Logger LOG = LoggerFactory.getLogger(FigureFonts.class);
    private static final Map<Face, Font> FACES = register();

    private FigureFonts() {
    }

    /** DejaVu Sans in {@code style} ({@link Font#PLAIN}, BOLD, ITALIC or both) at {@code size}. */
    public static Font font(int style, float size) {
        // By family name, so that deriveFont(BOLD) on it finds the registered bold face, not a synthetic one.
        String family = bundled() ? FAMILY : Font.SANS_SERIF;
        return new Font(family, style, 1).deriveFont(size);
    }

    /** True when the bundled faces loaded (else figures fall back to the JVM's sans-serif). */
    public static boolean bundled() {
        return FACES.size() == Face.values().length;
    }

    private static Map<Face, Font> register() {
        Map<Face, Font> faces = new EnumMap<>(Face.class);
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (Face f : Face.values()) {
            try (InputStream in = f.open()) {
                Font created = Font.createFont(Font.TRUETYPE_FONT, in);
                // False when the system has DejaVu Sans already; the bundled face object is used either way.
                env.registerFont(created);
                faces.put(f, created.deriveFont(f.style, 1f));
            } catch (IOException | FontFormatException e) {
                LOG.error("cannot load the figure font {}; figures use the JVM's sans-serif", f.file, e);
            }
        }
        return faces;
    }
}
