package org.raspworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.Value;

/**
 * Checks a {@link MemoizedEvaluator} against {@link Evaluator} input by input: it returns false on
 * exactly the inputs where the evaluator reports a diagnostic, and gives every S-op the very value
 * (same type, same repr) at every position, on those inputs too.
 */
final class MemoAgreement {
    final RaspProgram program;
    final List<SOp> sops;
    final MemoizedEvaluator memo;
    int diagnosed;
    int agreed;

    MemoAgreement(RaspProgram program) {
        this.program = program;
        List<SOp> s = new ArrayList<>();
        for (RaspExpr e : program.nodes()) if (e instanceof SOp op) s.add(op);
        this.sops = List.copyOf(s);
        this.memo = new MemoizedEvaluator(program, sops);
    }

    static boolean same(Value a, Value b) {
        return a.getClass() == b.getClass() && a.repr().equals(b.repr());
    }

    /** Fails with a message naming the input, S-op and position where the two differ. */
    void check(int[] tokens) {
        List<Value> vocab = program.settings().vocab();
        List<Value> input = new ArrayList<>(tokens.length);
        for (int t : tokens) input.add(vocab.get(t));
        Evaluation e = Evaluator.evaluate(program, input);
        boolean fast = memo.evaluate(tokens);
        if (!e.diagnostics().isEmpty() && fast) {
            throw new AssertionError("on " + input + " the evaluator reports " + e.diagnostics()
                    + " but the memoized evaluator returned true");
        }
        if (e.diagnostics().isEmpty() && !fast) {
            throw new AssertionError("on " + input + " the memoized evaluator returned false, yet the evaluator ran cleanly");
        }
        for (int i = 0; i < sops.size(); i++) {
            List<Value> expected = e.valuesOf(sops.get(i));
            for (int p = 0; p < tokens.length; p++) {
                Value actual = memo.value(i, memo.id(i, p));
                if (!same(actual, expected.get(p))) {
                    throw new AssertionError("on " + input + ", '" + sops.get(i).name() + "' at position " + p + ": expected "
                            + expected.get(p).repr() + " (" + expected.get(p).typeName() + ") but got " + actual.repr()
                            + " (" + actual.typeName() + ")");
                }
            }
        }
        // the evaluation read back from the tables (what a verification's diagnosis reads), on every
        // fifth input: every selector's matrix is the slow part of the comparison
        if (readBacks++ % 5 == 0) readBack(input, e, tokens.length);
        if (fast) agreed++;
        else diagnosed++;
    }

    private int readBacks;

    private void readBack(List<Value> input, Evaluation e, int length) {
        Evaluation read = memo.evaluation(input);
        for (RaspExpr node : program.nodes()) {
            if (node instanceof SOp op) {
                List<Value> want = e.valuesOf(op);
                List<Value> got = read.valuesOf(op);
                for (int p = 0; p < length; p++) {
                    if (!same(got.get(p), want.get(p))) {
                        throw new AssertionError("on " + input + ", the evaluation read back gives '" + op.name()
                                + "' at position " + p + " as " + got.get(p).repr() + ", not " + want.get(p).repr());
                    }
                }
            } else if (node instanceof org.raspworkbench.core.rasp.Selector sel
                    && !java.util.Arrays.deepEquals(read.selectionOf(sel), e.selectionOf(sel))) {
                throw new AssertionError("on " + input + ", the evaluation read back selects otherwise for '" + sel.name() + "'");
            }
        }
    }

    /** An agreement that has checked the program on {@link #inputs}{@code (program, budget, seed)}. */
    static MemoAgreement checked(RaspProgram program, int budget, long seed) {
        MemoAgreement a = new MemoAgreement(program);
        a.checkAll(inputs(program, budget, seed));
        return a;
    }

    void checkAll(List<int[]> inputs) {
        for (int[] in : inputs) check(in);
    }

    /**
     * Every input of each length from 0 up while all of them fit in {@code budget}, then
     * about {@code budget} random ones spread over the longer lengths up to max_seq_len.
     */
    static List<int[]> inputs(RaspProgram program, int budget, long seed) {
        int v = program.settings().vocab().size();
        int maxLen = program.settings().maxSeqLen();
        List<int[]> out = new ArrayList<>();
        int len = 0;
        for (long count = 1; len <= maxLen && out.size() + count <= budget; len++, count *= v) {
            for (long code = 0; code < count; code++) {
                int[] in = new int[len];
                long c = code;
                for (int p = 0; p < len; p++, c /= v) in[p] = (int) (c % v);
                out.add(in);
            }
        }
        Random r = new Random(seed);
        int perLength = Math.max(2, budget / Math.max(1, maxLen - len + 1));
        for (; len <= maxLen; len++) {
            for (int i = 0; i < perLength; i++) {
                int[] in = new int[len];
                for (int p = 0; p < len; p++) in[p] = r.nextInt(v);
                out.add(in);
            }
        }
        return out;
    }
}
