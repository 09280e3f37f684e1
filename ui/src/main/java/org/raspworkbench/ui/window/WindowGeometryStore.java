package org.raspworkbench.ui.window;

import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.raspworkbench.core.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the main window's {@link WindowGeometry} in {@code window.properties} in the IDE's home
 * folder. Reading is done once before the window exists (off the FX thread); saving goes to the
 * file executor. A missing or damaged file means "no saved geometry", never an error.
 */
public final class WindowGeometryStore {
    public static final String FILE_NAME = "window.properties";
    private static final Logger LOG = LoggerFactory.getLogger(WindowGeometryStore.class);
    private final Path file;
    private final Executor io;

    public WindowGeometryStore(Path home, Executor io) {
        this.file = home.resolve(FILE_NAME);
        this.io = io;
    }

    /** Reads the saved geometry on the calling thread (which must not be the FX thread). */
    public Optional<WindowGeometry> read() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new WindowGeometry(number(p, "x"), number(p, "y"), number(p, "width"),
                    number(p, "height"), Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("ignoring unreadable window geometry in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key);
        double d = Double.parseDouble(v.strip());
        if (!Double.isFinite(d)) throw new IllegalArgumentException(key + " is " + v);
        return d;
    }

    /** Writes {@code g} on the file executor, through a temporary file. */
    public CompletableFuture<Void> save(WindowGeometry g) {
        return CompletableFuture.runAsync(() -> write(g), io);
    }

    private void write(WindowGeometry g) {
        Properties p = new Properties();
        p.setProperty("x", format(g.x()));
        p.setProperty("y", format(g.y()));
        p.setProperty("width", format(g.width()));
        p.setProperty("height", format(g.height()));
        p.setProperty("maximized", Boolean.toString(g.maximized()));
        try {
            AtomicFiles.writeWith(file, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "RASP Workbench main window (normal bounds, and whether it was maximised)");
                w.flush();
            });
        } catch (IOException e) {
            LOG.warn("cannot save the window geometry to {}", file, e);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
