package org.raspworkbench.app;

/**
 * Measures one row of {@code rasp bench}'s verification part and prints it as one line for {@link
 * VerifyBench}, which runs this in a JVM of its own per row.
 */
public final class VerifyBenchFork {
    private VerifyBenchFork() {
    }

    /** @param args the row's name, the warm-up runs, the timed repeats */
    public static void main(String[] args) throws Exception {
        VerifyBench bench = new VerifyBench(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        bench.measure(args[0]).ifPresent(t -> System.out.println(t.format()));
        // the verification's pools are daemon threads; this is for any a library leaves running
        System.exit(0);
    }
}
