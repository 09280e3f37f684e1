package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;

/**
 * A weights export replaces the previous one whole or not at all: a failure or a cancellation part
 * way through the weights leaves the folder byte for byte as it was, without temporary files.
 */
class ExportAtomicityTest {
    @TempDir
    Path dir;

    @Test
    void aFailureWhileWritingWeightsLeavesThePreviousExport() throws IOException {
        ExportWriter.write(ExportWriterTest.tinyExport(false), dir, DType.FLOAT32);
        Map<String, byte[]> before = contents();
        TransformerLensExport bigger = sortExport();
        TransformerLensExport failing = withEntry(bigger, new FailingEntry(bigger.stateDict().get(5)));
        assertThatThrownBy(() -> ExportWriter.write(failing, dir, DType.FLOAT32)).isInstanceOf(IOException.class)
                .hasMessageContaining("disk full");
        assertUnchanged(before);
    }

    @Test
    void aCancelledExportChangesNothing() throws IOException {
        ExportWriter.write(ExportWriterTest.tinyExport(true), dir, DType.FLOAT64);
        Map<String, byte[]> before = contents();
        List<Long> seen = new ArrayList<>();
        ExportListener cancelHalfWay = new ExportListener() {
            private long total = 1;
            private long done;

            @Override
            public void progress(long done, long total) {
                this.done = done;
                this.total = total;
                seen.add(done);
            }

            @Override
            public boolean cancelled() {
                return done > total / 2;
            }
        };
        assertThatThrownBy(() -> ExportWriter.write(sortExport(), dir, DType.FLOAT64, cancelHalfWay))
                .isInstanceOf(CancellationException.class);
        assertThat(seen).isNotEmpty();
        assertUnchanged(before);
    }

    @Test
    void progressRisesToTheNumberOfValues() throws IOException {
        TransformerLensExport e = sortExport();
        long values = e.stateDict().stream().mapToLong(StateDictEntry::size).sum();
        List<long[]> seen = new ArrayList<>();
        ExportWriter.write(e, dir, DType.FLOAT32, (done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen.size()).isGreaterThan(1);
        for (int i = 1; i < seen.size(); i++) assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        assertThat(seen.get(seen.size() - 1)).containsExactly(values, values);
        assertThat(listing()).containsExactlyInAnyOrder("weights.npz", "config.json", "vocab.json", "README.md");
    }

    /** The files get the permissions any new file gets here, not a temporary file's owner-only 0600. */
    @Test
    void exportedFilesHaveOrdinaryPermissions() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(Files.createFile(dir.resolve("plain")));
        assumeTrue(ordinary.contains(PosixFilePermission.GROUP_READ) || ordinary.contains(PosixFilePermission.OTHERS_READ),
                "the umask makes every file private");
        Path out = dir.resolve("export");
        for (Path f : ExportWriter.write(ExportWriterTest.tinyExport(false), out, DType.FLOAT32)) {
            assertThat(Files.getPosixFilePermissions(f)).as(f.toString()).isEqualTo(ordinary);
        }
    }

    private static TransformerLensExport sortExport() {
        CompiledModel m = Compiler.compile(org.raspworkbench.core.testsupport.SortProgram.at(16)).model().orElseThrow();
        return ModelToTransformerLens.run(m, "sort");
    }

    private static TransformerLensExport withEntry(TransformerLensExport e, StateDictEntry replacement) {
        List<StateDictEntry> arrays = new ArrayList<>(e.stateDict());
        arrays.set(5, replacement);
        return new TransformerLensExport(e.modelName(), e.config(), arrays, e.vocab(), e.example());
    }

    /** Gives half its rows, then fails as a full disk would. */
    private record FailingEntry(StateDictEntry inner) implements StateDictEntry {
        @Override
        public String key() {
            return inner.key();
        }

        @Override
        public int[] shape() {
            return inner.shape();
        }

        @Override
        public void writeRows(RowSink sink) throws IOException {
            int[] n = {0};
            inner.writeRows(row -> {
                if (n[0]++ == 2) throw new IOException("No space left on device (disk full)");
                sink.row(row);
            });
        }
    }

    private Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        for (String name : listing()) out.put(name, Files.readAllBytes(dir.resolve(name)));
        return out;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        }
    }

    private void assertUnchanged(Map<String, byte[]> before) throws IOException {
        assertThat(listing()).containsExactlyInAnyOrderElementsOf(before.keySet());
        for (Map.Entry<String, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
