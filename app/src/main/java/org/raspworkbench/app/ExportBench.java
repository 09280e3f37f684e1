package org.raspworkbench.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import org.raspworkbench.core.model.CompiledModel;

/**
 * {@code rasp bench --export}: how long writing the sort benchmark's weights export takes (the
 * whole folder, compressed {@code weights.npz} included) at each size, from an already compiled
 * model, with the file's size and the heap in use afterwards. Peak resident memory is the
 * process's, so measure it from outside ({@code /usr/bin/time -v rasp bench --export --sizes 64}).
 */
final class ExportBench {
    record Row(int n, DType dtype, double ms, double cpuMs, long parameters, long npzBytes, long rawBytes, long heapMb) {
    }

    private ExportBench() {
    }

    /**
     * One export per size after one untimed export of a small sort (class loading, JIT). The CPU
     * time of the exporting thread is reported too: on a shared machine it varies far less than
     * the wall-clock time.
     */
    static Optional<List<Row>> run(List<Integer> sizes, DType dtype) throws IOException {
        Path dir = Files.createTempDirectory("rasp-bench-export");
        try {
            List<Row> rows = new ArrayList<>();
            boolean warm = false;
            for (int n : sizes) {
                Optional<CompiledModel> model = Compiler.compile(BenchCommand.sortProgram(n)).model();
                if (model.isEmpty()) return Optional.empty();
                if (!warm) {
                    export(Compiler.compile(BenchCommand.sortProgram(Math.min(n, 16))).model().orElseThrow(), dir, dtype);
                    warm = true;
                }
                System.gc();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long cpu0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                export(model.get(), dir, dtype);
                double ms = Math.round((System.nanoTime() - t0) / 1e4) / 100.0;
                double cpuMs = Math.round((threads.getCurrentThreadCpuTime() - cpu0) / 1e4) / 100.0;
                Runtime rt = Runtime.getRuntime();
                long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
                long params = model.get().parameterCount();
                rows.add(new Row(n, dtype, ms, cpuMs, params, Files.size(dir.resolve(ExportWriter.WEIGHTS)),
                        params * dtype.bytes(), heapMb));
            }
            return Optional.of(rows);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void export(CompiledModel model, Path dir, DType dtype) throws IOException {
        ExportWriter.write(ModelToTransformerLens.run(model, "sort"), dir, dtype);
    }

    static void write(JsonGenerator g, List<Row> rows) throws IOException {
        g.writeArrayFieldStart("export");
        for (Row r : rows) {
            g.writeStartObject();
            g.writeNumberField("n", r.n());
            g.writeStringField("dtype", r.dtype().displayName());
            g.writeNumberField("export_ms", r.ms());
            g.writeNumberField("export_cpu_ms", r.cpuMs());
            g.writeNumberField("parameters", r.parameters());
            g.writeNumberField("npz_bytes", r.npzBytes());
            g.writeNumberField("uncompressed_bytes", r.rawBytes());
            g.writeNumberField("heap_after_mb", r.heapMb());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
