package org.raspworkbench.core.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.Value;

/**
 * The value of every S-op and selector of a program on one input. Values are {@code None} where an
 * aggregate selected nothing (and no default applies) or where a user function failed; each
 * failure is one diagnostic.
 */
public final class Evaluation {
    private final RaspProgram program;
    private final List<Value> input;
    private final int unpadded;
    private final Source source;

    /** Where the values and selections come from: the evaluator's engine, or a memoized evaluation. */
    interface Source {
        /** The S-op's values over the unpadded positions. */
        List<Value> values(SOp sop);

        /** The selector's matrix over the unpadded positions; the caller does not change it. */
        boolean[][] selection(Selector selector);

        /** Row {@code query} of {@link #selection}, a fresh array. */
        default boolean[] selectionRow(Selector selector, int query) {
            return selection(selector)[query].clone();
        }

        List<Diagnostic> diagnostics();
    }

    Evaluation(RaspProgram program, List<Value> input, int unpadded, Evaluator.Engine engine) {
        this(program, input, unpadded, new Source() {
            @Override
            public List<Value> values(SOp sop) {
                engine.ensure(sop);
                return engine.values(sop);
            }

            @Override
            public boolean[][] selection(Selector selector) {
                engine.ensure(selector);
                return engine.selection(selector);
            }

            @Override
            public List<Diagnostic> diagnostics() {
                return List.copyOf(engine.diagnostics);
            }
        });
    }

    Evaluation(RaspProgram program, List<Value> input, int unpadded, Source source) {
        this.program = program;
        this.input = List.copyOf(input);
        this.unpadded = unpadded;
        this.source = source;
    }

    public RaspProgram program() {
        return program;
    }

    /** The input as given, trailing PAD tokens included. */
    public List<Value> input() {
        return input;
    }

    /** How many positions come before the input's trailing PAD tokens: those the program ran on. */
    public int unpaddedLength() {
        return unpadded;
    }

    /** The S-op's value at each position ({@code None} at PAD positions). */
    public synchronized List<Value> valuesOf(SOp sop) {
        List<Value> values = source.values(sop);
        if (unpadded == input.size()) return values;
        List<Value> padded = new ArrayList<>(values);
        while (padded.size() < input.size()) padded.add(NoneValue.NONE);
        return Collections.unmodifiableList(padded);
    }

    /**
     * The selector's matrix, indexed {@code [query][key]}; a fresh copy each time. PAD positions
     * select nothing and are never selected.
     */
    public synchronized boolean[][] selectionOf(Selector selector) {
        boolean[][] m = source.selection(selector);
        boolean[][] copy = new boolean[input.size()][input.size()];
        for (int i = 0; i < m.length; i++) System.arraycopy(m[i], 0, copy[i], 0, m[i].length);
        return copy;
    }

    /**
     * Row {@code query} of {@link #selectionOf}: which keys that query selects, over all positions
     * (PAD positions are never selected), a fresh array.
     */
    public synchronized boolean[] selectionRowOf(Selector selector, int query) {
        boolean[] row = new boolean[input.size()];
        if (query >= unpadded) return row;
        boolean[] r = source.selectionRow(selector, query);
        System.arraycopy(r, 0, row, 0, Math.min(r.length, unpadded));
        return row;
    }

    /** The value of the program's output S-op. */
    public List<Value> output() {
        return valuesOf(program.output());
    }

    /** Failures of user functions and aggregates met while evaluating; empty when all went well. */
    public synchronized List<Diagnostic> diagnostics() {
        return source.diagnostics();
    }
}
