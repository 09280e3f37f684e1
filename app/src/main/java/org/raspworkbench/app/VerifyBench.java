package org.raspworkbench.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.BatchedForwardPass;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.core.verification.Cancellation;
import org.raspworkbench.core.verification.JitActivity;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.VerificationProgress;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.Verifier;

/**
 * The verification part of {@code rasp bench}: throughput of {@code rasp verify} (inputs and
 * positions per second, warm: each measurement runs until the JIT compiler is idle, then the
 * median of repeats) on the 3-SAT verifier's 2046 inputs and on sort at n = 16 (2018 inputs, and
 * the 20 018 {@code rasp verify} samples by default), next to one-at-a-time forward passes as
 * {@code rasp trace} runs them, each also in the
 * process's CPU time over all threads (which the machine's load, also reported, changes far less
 * than the wall clock; verification runs on {@code threads} threads), and the IDE's quick check
 * after each compile; and the batched
 * model alone with our loops (ND4J was measured against them in docs/decisions/0030 and 0055).
 */
final class VerifyBench {
    private final int warmup;
    private final int repeats;
    /** How long each measurement runs untimed at least, and at most while the JIT compiler is busy. */
    private static final long WARM_NS = 4_000_000_000L;
    private static final long WARM_LIMIT_NS = 30_000_000_000L;
    /** Runs in a row that must leave the JIT compiler idle before the timed ones. */
    private static final int QUIET_RUNS = 5;

    VerifyBench(int warmup, int repeats) {
        this.warmup = warmup;
        this.repeats = Math.max(1, repeats);
    }

    /** Wall and thread-CPU times: on a shared machine the CPU time says what the code costs. */
    record Throughput(String name, long inputs, long positions, Timing verify, Timing single, int singleInputs,
                      double quickMs) {
        double inputsPerSecond() {
            return inputs / (verify.wallMs() / 1000);
        }

        double singleInputsPerSecond() {
            return singleInputs / (single.wallMs() / 1000);
        }

        double cpuSpeedup() {
            return (inputs / verify.cpuMs()) / (singleInputs / single.cpuMs());
        }

        /** One line for {@link #parse}, what a forked measurement prints. */
        String format() {
            return String.join(" ", name, Long.toString(inputs), Long.toString(positions), Double.toString(verify.wallMs()),
                    Double.toString(verify.cpuMs()), Double.toString(single.wallMs()), Double.toString(single.cpuMs()),
                    Integer.toString(singleInputs), Double.toString(quickMs));
        }

        static Throughput parse(String line) throws IOException {
            String[] f = line.split(" ");
            if (f.length != 9) throw new IOException("a forked measurement printed: " + line);
            return new Throughput(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]),
                    new Timing(Double.parseDouble(f[3]), Double.parseDouble(f[4])),
                    new Timing(Double.parseDouble(f[5]), Double.parseDouble(f[6])), Integer.parseInt(f[7]),
                    Double.parseDouble(f[8]));
        }
    }

    /** Medians of the wall-clock and the measuring thread's CPU time of the same repeats. */
    record Timing(double wallMs, double cpuMs) {
    }

    /** The rows, by name: what {@link VerifyBenchFork} is asked for. */
    static final List<String> ROWS = List.of("sat3_verifier", "sort_16_default_samples", "sort_16_2000_samples");

    void write(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("verification");
        for (String name : ROWS) {
            Optional<Throughput> t = warmup > 0 ? forked(name) : measure(name);
            if (t.isPresent()) row(g, t.get(), warmup > 0);
        }
        g.writeEndArray();
        kernels(g, Compiler.compile(BenchCommand.sortProgram(16)).model().orElseThrow());
    }

    /**
     * One row measured in a JVM of its own, as JMH forks per benchmark: in one JVM the profiles C2
     * compiled the 3-SAT verifier's verification with made sort's 19 % slower (75 against 63.5 ms,
     * decision 0102). The one-at-a-time passes it is compared with run in that JVM too.
     */
    private Optional<Throughput> forked(String name) throws IOException {
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "-cp", System.getProperty("java.class.path"),
                VerifyBenchFork.class.getName(), name, Integer.toString(warmup), Integer.toString(repeats));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        try {
            if (p.waitFor() != 0) throw new IOException("the measurement of " + name + " in its own JVM failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while measuring " + name, e);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(Throughput.parse(out));
    }

    /** One row, measured in this JVM (empty when its program is not there: the samples are not found). */
    Optional<Throughput> measure(String name) throws IOException {
        switch (name) {
            case "sat3_verifier" -> {
                Optional<Path> sat3 = samples().map(d -> d.resolve("sat3_verifier.rasp")).filter(Files::exists);
                if (sat3.isEmpty()) return Optional.empty();
                CompiledModel m = Compiler.compile(Files.readString(sat3.get())).model().orElseThrow();
                return Optional.of(measure(name, m, VerificationOptions.defaults().withoutFixes(), 10));
            }
            case "sort_16_default_samples", "sort_16_2000_samples" -> {
                CompiledModel sort = Compiler.compile(BenchCommand.sortProgram(16)).model().orElseThrow();
                // 2,000 samples, or what `rasp verify` samples by default: each checker's warm-up spread thinner
                int samples = name.equals("sort_16_2000_samples") ? 2000 : VerificationOptions.defaults().samples();
                VerificationOptions options = new VerificationOptions(OptionalInt.of(16), OptionalInt.of(16), 0, samples, 1,
                        VerificationOptions.DEFAULT_TOLERANCE, false, org.raspworkbench.core.model.Precision.FLOAT64);
                return Optional.of(measure(name, sort, options, 16));
            }
            default -> throw new IllegalArgumentException("no verification bench row " + name);
        }
    }

    private Throughput measure(String name, CompiledModel model, VerificationOptions options, int length) {
        // one-at-a-time passes first: timed after verification, they ran up to a third slower in the
        // same JVM (the kernels they share with it were compiled for verification's shapes)
        List<List<Value>> inputs = randomInputs(model, length, 100);
        Timing single = timed(() -> inputs.forEach(in -> ForwardPass.run(model, in)), false);
        VerificationReport[] last = new VerificationReport[1];
        Timing verify = timed(() -> last[0] = Verifier.verify(model, options, VerificationProgress.NONE, new Cancellation()),
                true);
        VerificationReport r = last[0];
        VerificationOptions quick = org.raspworkbench.ui.views.verify.VerifyRunner.quickOptions();
        double quickMs = median(() -> Verifier.count(model, quick, new Cancellation()));
        return new Throughput(name, r.inputsChecked(), r.positionsCompared() + r.nonePositions(), verify, single,
                inputs.size(), quickMs);
    }

    private static void row(JsonGenerator g, Throughput t, boolean ownJvm) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeBooleanField("own_jvm", ownJvm);
        g.writeNumberField("inputs", t.inputs());
        g.writeNumberField("verify_ms", round(t.verify().wallMs()));
        g.writeNumberField("inputs_per_s", Math.round(t.inputsPerSecond()));
        g.writeNumberField("positions_per_s", Math.round(t.positions() / (t.verify().wallMs() / 1000)));
        g.writeNumberField("trace_inputs_per_s", Math.round(t.singleInputsPerSecond()));
        g.writeNumberField("speedup", round(t.inputsPerSecond() / t.singleInputsPerSecond()));
        g.writeNumberField("verify_cpu_ms", round(t.verify().cpuMs()));
        g.writeNumberField("speedup_cpu", round(t.cpuSpeedup()));
        g.writeNumberField("ide_quick_check_ms", round(t.quickMs()));
        g.writeNumberField("threads", Verifier.threads());
        g.writeNumberField("load_average", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        g.writeEndObject();
    }

    /**
     * The batched model alone, and one layer's MLP as our loops, on 512 inputs. (ND4J's products were
     * measured against these loops in decision 0030; ND4J is now a test-only dependency, so the bench
     * no longer carries that comparison.)
     */
    private void kernels(JsonGenerator g, CompiledModel sort) throws IOException {
        List<List<Value>> batch = randomInputs(sort, 16, 512);
        double batched = median(() -> BatchedForwardPass.run(sort, batch));
        int d = sort.config().dModel();
        int rows = batch.size() * 17;
        int hidden = sort.config().mlpHidden();
        Random r = new Random(1);
        // one-hot rows like the residual stream's, and dense weights of the widest MLP's shape
        double[][] x = new double[rows][d];
        for (double[] row : x) for (int k = 0; k < 6; k++) row[r.nextInt(d)] = 1;
        double[][] w1 = dense(r, d, hidden);
        double[][] w2 = dense(r, hidden, d);
        double loops = median(() -> loopMlp(x, w1, w2));
        g.writeObjectFieldStart("verification_kernels");
        g.writeNumberField("batched_forward_512_inputs_ms", round(batched));
        g.writeNumberField("mlp_rows", rows);
        g.writeNumberField("mlp_in", d);
        g.writeNumberField("mlp_hidden", hidden);
        g.writeNumberField("mlp_loops_ms", round(loops));
        g.writeEndObject();
    }

    /** ReLU(x w1) w2 the way the forward pass runs it: zero inputs and inactive units skipped. */
    private static double[][] loopMlp(double[][] x, double[][] w1, double[][] w2) {
        double[][] out = new double[x.length][w2[0].length];
        double[] h = new double[w1[0].length];
        for (int p = 0; p < x.length; p++) {
            Arrays.fill(h, 0);
            double[] xp = x[p];
            for (int a = 0; a < xp.length; a++) {
                if (xp[a] == 0) continue;
                double[] row = w1[a];
                for (int b = 0; b < h.length; b++) h[b] += xp[a] * row[b];
            }
            double[] op = out[p];
            for (int u = 0; u < h.length; u++) {
                if (h[u] <= 0) continue;
                double[] row = w2[u];
                for (int b = 0; b < op.length; b++) op[b] += h[u] * row[b];
            }
        }
        return out;
    }

    private static double[][] dense(Random r, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) for (int j = 0; j < cols; j++) row[j] = r.nextGaussian();
        return m;
    }

    private static List<List<Value>> randomInputs(CompiledModel model, int length, int count) {
        List<Value> vocab = model.program().settings().vocab();
        Random r = new Random(length);
        List<List<Value>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Value> in = new ArrayList<>();
            for (int p = 0; p < length; p++) in.add(vocab.get(r.nextInt(vocab.size())));
            out.add(in);
        }
        return out;
    }

    private double median(Runnable work) {
        return timed(work).wallMs();
    }

    Timing timed(Runnable work) {
        return timed(work, true);
    }

    /**
     * @param processWide CPU time of every thread (verification's), else of this thread alone (a
     *                    single-threaded loop: the process's clock ticks in 10 ms, too coarse for it)
     */
    Timing timed(Runnable work, boolean processWide) {
        for (int i = 0; i < warmup; i++) work.run();
        // warm means the JIT compiler is done: on 2 cores it compiles in bursts for seconds, and a
        // verification of 2,018 inputs took 40 ms after 25 runs, 14 ms after 100 (decision 102); so
        // runs go on for WARM_NS at least, until QUIET_RUNS in a row leave the compiler idle
        // (--warmup 0 asks for no warm-up at all: a quick look, or a test of the command)
        JitActivity jit = new JitActivity();
        long start = System.nanoTime();
        int quiet = 0;
        while (warmup > 0 && System.nanoTime() - start < WARM_LIMIT_NS
                && (System.nanoTime() - start < WARM_NS || quiet < QUIET_RUNS)) {
            work.run();
            quiet = jit.quiet() ? quiet + 1 : 0;
        }
        double[] ms = new double[repeats];
        double[] cpu = new double[repeats];
        for (int i = 0; i < ms.length; i++) {
            long c0 = processWide ? processCpuNanos() : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            long c1 = processWide ? processCpuNanos() : ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            cpu[i] = (c1 - c0) / 1e6;
        }
        return new Timing(middle(ms), middle(cpu));
    }

    /**
     * CPU time of the whole process: verification checks batches on several threads, so the
     * measuring thread's own time would leave most of its work out.
     */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static double middle(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** {@code sample-programs/} of the repository above the working directory. */
    private static Optional<Path> samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("sample-programs"))) return Optional.of(p.resolve("sample-programs"));
        }
        return Optional.empty();
    }
}
