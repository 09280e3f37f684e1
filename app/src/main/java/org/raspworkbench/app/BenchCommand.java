package org.raspworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.raspworkbench.app.bench.CircuitsUiBench;
import org.raspworkbench.app.bench.UiBench;
import org.raspworkbench.app.bench.UiFrames;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.files.SampleCatalog;
import org.raspworkbench.ui.views.ViewInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasp bench [--sizes 8,16,32,48,64]}: compile and forward-pass times (median of repeats
 * after warm-up, in milliseconds) for Tracr's non-unique sort with vocabulary {@code 1..n} and
 * {@code max_seq_len n}, and for every golden program, as JSON; with {@code --ui}, the IDE heatmap's
 * frame times instead ({@link UiBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time compiling and running the sort benchmark and the golden programs (JSON).")
public final class BenchCommand extends JsonCommand {
    @Option(names = "--sizes", split = ",", paramLabel = "N,...", description = "sort sizes (default 8,16,32,48,64)")
    List<Integer> sizes = new ArrayList<>(List.of(8, 16, 32, 48, 64));

    @Option(names = "--repeats", paramLabel = "N", description = "timed repeats per measurement (default 5)")
    int repeats = 5;

    @Option(names = "--warmup", paramLabel = "N", description = "untimed runs first (default 2); above 0, the verification timings also run until the JIT compiler is idle (4 s at least)")
    int warmup = 2;

    @Option(names = "--no-verify", description = "skip the verification throughput")
    boolean noVerify;

    @Option(names = "--no-patch", description = "skip the interventions timings (one patch, the patching sweep)")
    boolean noPatch;

    @Option(names = "--golden", paramLabel = "DIR",
            description = "folder of golden programs (default: shared/golden beside the repository)")
    Path golden;

    @Option(names = "--ui", description = "time the IDE's heatmap frames (scroll, zoom, step, all snapshots) "
            + "headless on sat3_verifier and on sort at n = 32, instead of compiling")
    boolean ui;

    @Option(names = "--export", description = "instead, time writing the sort's weights export at each size")
    boolean export;

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float32",
            description = "element type of the --export weights: float32 (default) or float64")
    String dtype;

    record Row(String name, int n, double compileMs, double forwardMs, int dModel, int mlpHidden) {
    }

    @Override
    protected int run() {
        if (ui) return runUi();
        if (export) return runExport();
        List<Row> sort = new ArrayList<>();
        for (int n : sizes) {
            if (n < 1) return fail(List.of(error("sizes must be at least 1, not " + n)));
            Optional<Row> r = measure("sort", n, sortProgram(n), randomInput(n));
            if (r.isEmpty()) return fail(List.of(error("the sort benchmark did not compile at n = " + n)));
            sort.add(r.get());
        }
        List<Row> programs = new ArrayList<>();
        for (Path p : goldenPrograms()) {
            String text = read(p);
            Compilation c = Compiler.compile(text);
            if (c.model().isEmpty()) continue;
            List<Value> input = c.model().get().program().settings().example().orElse(List.of());
            String name = p.getFileName().toString().replaceFirst("\\.rasp$", "");
            measure(name, 0, text, input).ifPresent(programs::add);
        }
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("sort");
            for (Row r : sort) {
                g.writeStartObject();
                g.writeNumberField("n", r.n());
                g.writeNumberField("compile_ms", r.compileMs());
                g.writeNumberField("forward_ms", r.forwardMs());
                g.writeNumberField("d_model", r.dModel());
                g.writeNumberField("mlp_hidden", r.mlpHidden());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("programs");
            for (Row r : programs) {
                g.writeStartObject();
                g.writeStringField("name", r.name());
                g.writeNumberField("compile_ms", r.compileMs());
                g.writeNumberField("forward_ms", r.forwardMs());
                g.writeNumberField("d_model", r.dModel());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!noVerify) new VerifyBench(warmup, repeats).write(g);
            if (!noPatch) new PatchBench(new VerifyBench(warmup, repeats)).write(g);
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }

    /** {@code {"ui": [{"program", "action", "frames", "median_ms", "max_ms"}]}}. */
    private int runUi() {
        List<UiFrames> all = new ArrayList<>();
        try {
            Optional<Shown> sat3 = SampleCatalog.load().stream().filter(s -> s.fileName().equals("sat3_verifier.rasp"))
                    .findFirst().flatMap(s -> shown(s.text(), null));
            Optional<Shown> sort = shown(sortProgram(32), randomInput(32));
            if (sat3.isEmpty() || sort.isEmpty()) return fail(List.of(error("the UI benchmark's programs did not compile")));
            UiBench.startHeadless();
            try {
                all.addAll(UiBench.measure("sat3_verifier", sat3.get().inputs()));
                all.addAll(UiBench.measure("sort_n32", sort.get().inputs()));
                for (var p : List.of(java.util.Map.entry("sat3_verifier", sat3.get()), java.util.Map.entry("sort_n32", sort.get()))) {
                    Shown s = p.getValue();
                    all.addAll(CircuitsUiBench.measure(p.getKey(), s.model(), s.trace(), s.inputs()));
                }
            } finally {
                UiBench.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(List.of(error("interrupted")));
        }
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("ui");
            for (UiFrames f : all) {
                g.writeStartObject();
                g.writeStringField("program", f.program());
                g.writeStringField("action", f.action());
                g.writeNumberField("frames", f.frames());
                g.writeNumberField("median_ms", f.median());
                g.writeNumberField("max_ms", f.max());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }

    private int runExport() {
        DType type = DType.byName(dtype).orElse(null);
        if (type == null) return fail(List.of(error("--dtype must be float32 or float64, not " + dtype)));
        for (int n : sizes) if (n < 1) return fail(List.of(error("sizes must be at least 1, not " + n)));
        Optional<List<ExportBench.Row>> rows;
        try {
            rows = ExportBench.run(sizes, type);
        } catch (IOException e) {
            return fail(List.of(error("cannot write the benchmark's export to a temporary folder: " + e.getMessage())));
        }
        if (rows.isEmpty()) return fail(List.of(error("the sort benchmark did not compile")));
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            ExportBench.write(g, rows.get());
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }

    /** The program compiled and run on {@code input} (null: its example), in view terms. */
    /** A compiled model, its run on an input and the views' digest of both. */
    private record Shown(CompiledModel model, ForwardTrace trace, ViewInputs inputs) {
    }

    private static Optional<Shown> shown(String text, List<Value> input) {
        Compilation c = Compiler.compile(text);
        if (c.model().isEmpty()) return Optional.empty();
        CompiledModel model = c.model().get();
        List<Value> in = input != null ? input : model.program().settings().example().orElse(List.of());
        ForwardTrace trace = ForwardPass.run(model, in);
        return Optional.of(new Shown(model, trace, ViewInputs.prepare(model, trace)));
    }

    private Optional<Row> measure(String name, int n, String text, List<Value> input) {
        Compilation first = Compiler.compile(text);
        if (first.model().isEmpty()) return Optional.empty();
        double compile = median(() -> Compiler.compile(text));
        CompiledModel model = first.model().get();
        double forward = median(() -> ForwardPass.run(model, input));
        return Optional.of(new Row(name, n, compile, forward, model.config().dModel(), model.config().mlpHidden()));
    }

    private double median(Supplier<?> work) {
        for (int i = 0; i < warmup; i++) work.get();
        double[] ms = new double[Math.max(1, repeats)];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double m = ms.length % 2 == 1 ? ms[ms.length / 2] : (ms[ms.length / 2 - 1] + ms[ms.length / 2]) / 2;
        return Math.round(m * 100) / 100.0;
    }

    /**
     * Tracr's {@code make_sort} as in {@code golden/sort.rasp}, at size n: keys {@code x + i / n}
     * (Tracr divides by {@code max_seq_len}) so that every (token, position) pair gets its own key.
     */
    static String sortProgram(int n) {
        StringBuilder vocab = new StringBuilder();
        for (int i = 1; i <= n; i++) vocab.append(i == 1 ? "" : ", ").append(i);
        return "set vocab [" + vocab + "];\n"
                + "set max_seq_len " + n + ";\n"
                + "keys = sequence_map(lambda x, i: x + 1 * i / " + n + ", tokens, indices);\n"
                + "smaller = select(keys, keys, <);\n"
                + "target_pos = selector_width(smaller);\n"
                + "sel_new = select(target_pos, indices, ==);\n"
                + "sort = aggregate(sel_new, tokens);\n";
    }

    static List<Value> randomInput(int n) {
        Random r = new Random(n);
        List<Value> in = new ArrayList<>();
        for (int i = 0; i < n; i++) in.add(IntValue.of(1 + r.nextInt(n)));
        return in;
    }

    private List<Path> goldenPrograms() {
        Path dir = golden != null ? golden : findGolden();
        if (dir == null || !Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".rasp")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** {@code shared/golden} beside the repository root (or any folder above the working directory). */
    private static Path findGolden() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            for (Path candidate : List.of(p.resolve("shared").resolve("golden"),
                    p.resolveSibling("shared").resolve("golden"))) {
                if (Files.isDirectory(candidate)) return candidate;
            }
        }
        return null;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return "";
        }
    }

    private static Diagnostic error(String message) {
        return Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE);
    }
}
