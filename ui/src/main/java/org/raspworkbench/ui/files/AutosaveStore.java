package org.raspworkbench.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.raspworkbench.core.files.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The autosaved text of unsaved documents, one file per document and IDE process in the state
 * folder's {@code autosave/}: a short header (process, source file, time) and the text. Every
 * method touches the disk: call them off the FX thread.
 */
public final class AutosaveStore {
    private static final Logger LOG = LoggerFactory.getLogger(AutosaveStore.class);
    private static final String MAGIC = "rasp-workbench autosave 1";
    private static final String SUFFIX = ".autosave";

    /** One autosaved document: which process wrote it, the file it belongs to (none if new), when. */
    public record Entry(Path store, long pid, Optional<Path> source, Instant saved, String text) {
        /** How the recovery prompt names it. */
        public String describe() {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()).format(saved);
            return source.map(Path::toString).orElse("a new document") + " (autosaved " + when + ")";
        }
    }

    private final Path folder;
    private final long pid;

    public AutosaveStore(Path stateFolder) {
        this(stateFolder, ProcessHandle.current().pid());
    }

    AutosaveStore(Path stateFolder, long pid) {
        this.folder = stateFolder.resolve("autosave");
        this.pid = pid;
    }

    /** Where this process keeps the text of {@code source} (or of its new document). */
    public Path storeFor(Optional<Path> source) {
        return folder.resolve(pid + "-" + source.map(AutosaveStore::key).orElse("untitled") + SUFFIX);
    }

    public void write(Optional<Path> source, String text) throws IOException {
        String header = MAGIC + "\npid=" + pid + "\nsource=" + source.map(Path::toString).orElse("")
                + "\nsaved=" + Instant.now() + "\n---\n";
        AtomicFiles.writeString(storeFor(source), header + text);
    }

    public void delete(Path store) {
        try {
            Files.deleteIfExists(store);
        } catch (IOException e) {
            LOG.warn("cannot remove the autosave {}", store, e);
        }
    }

    /** Text left by sessions that ended without saving it (not by IDEs still running), newest first. */
    public List<Entry> orphans() {
        List<Entry> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) return found;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                read(p).filter(e -> e.pid() != pid && ProcessHandle.of(e.pid()).map(h -> !h.isAlive()).orElse(true))
                        .ifPresent(found::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list the autosaves in {}", folder, e);
        }
        found.sort(Comparator.comparing(Entry::saved).reversed());
        return found;
    }

    static Optional<Entry> read(Path store) {
        try {
            String all = Files.readString(store, StandardCharsets.UTF_8);
            int body = all.indexOf("\n---\n");
            if (!all.startsWith(MAGIC + "\n") || body < 0) return Optional.empty();
            long pid = -1;
            Optional<Path> source = Optional.empty();
            Instant saved = Files.getLastModifiedTime(store).toInstant();
            for (String line : all.substring(0, body).split("\n")) {
                if (line.startsWith("pid=")) pid = Long.parseLong(line.substring(4));
                else if (line.startsWith("source=") && line.length() > 7) source = Optional.of(Path.of(line.substring(7)));
                else if (line.startsWith("saved=")) saved = Instant.parse(line.substring(6));
            }
            return Optional.of(new Entry(store, pid, source, saved, all.substring(body + 5)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping the unreadable autosave {}", store, e);
            return Optional.empty();
        }
    }

    private static String key(Path source) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(source.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
