package org.raspworkbench.ui.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The programs of the project's {@code sample-programs/} folder, which the build copies into the
 * ui jar so that the IDE finds them wherever it is started. Reading them touches the disk: call
 * {@link #load()} off the FX thread.
 */
public final class SampleCatalog {
    public static final String FOLDER = "/org/raspworkbench/ui/samples";
    /** Opened the first time the IDE starts, when there is no last file. */
    public static final String FIRST_SAMPLE = "reverse.rasp";
    private static final Logger LOG = LoggerFactory.getLogger(SampleCatalog.class);

    private SampleCatalog() {
    }

    public static List<Sample> load() {
        URL url = SampleCatalog.class.getResource(FOLDER);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException open) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return readFolder(fs.provider().getPath(uri));
            }
            return readFolder(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("cannot list the sample programs", e);
            return List.of();
        }
    }

    private static List<Sample> readFolder(Path folder) throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(DocumentModel.EXTENSION) && !name.endsWith(DocumentModel.PYTHON_EXTENSION)) continue;
                String text = Files.readString(p, StandardCharsets.UTF_8);
                samples.add(new Sample(name, summary(text), text));
            }
        }
        return samples;
    }

    /** The first comment line, without its {@code #} and a leading "name:" that repeats the title. */
    static String summary(String text) {
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (!t.startsWith("#")) continue;
            String s = t.substring(1).strip();
            int colon = s.indexOf(':');
            if (colon > 0 && colon < 24 && s.substring(0, colon).matches("[A-Za-z0-9_ -]+")) s = s.substring(colon + 1).strip();
            return s;
        }
        return "";
    }
}
