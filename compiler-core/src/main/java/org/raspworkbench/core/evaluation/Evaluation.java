package org.raspworkbench.core.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.Selector;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.value.Value;

/**
 * The value of every S-op and selector of a program on one input. Values are {@code None} where an
 * aggregate selected nothing (and no default applies) or where a user function failed; each
 * failure is one diagnostic.
 */
public final class Evaluation {
    private final RaspProgram program;
    private final List<Value> input;
    private final Map<Integer, List<Value>> values;
    private final Map<Integer, boolean[][]> selections;
    private final List<Diagnostic> diagnostics;
    private final Evaluator.Engine engine;

    Evaluation(RaspProgram program, List<Value> input, Map<Integer, List<Value>> values,
               Map<Integer, boolean[][]> selections, List<Diagnostic> diagnostics, Evaluator.Engine engine) {
        this.program = program;
        this.input = List.copyOf(input);
        this.values = new HashMap<>(values);
        this.selections = new HashMap<>(selections);
        this.diagnostics = diagnostics;
        this.engine = engine;
    }

    public RaspProgram program() {
        return program;
    }

    public List<Value> input() {
        return input;
    }

    /** The S-op's value at each position. */
    public synchronized List<Value> valuesOf(SOp sop) {
        List<Value> v = values.get(sop.id());
        if (v == null) {
            engine.ensure(sop);
            v = engine.values(sop);
            values.put(sop.id(), v);
        }
        return v;
    }

    /** The selector's matrix, indexed {@code [query][key]}; a fresh copy each time. */
    public synchronized boolean[][] selectionOf(Selector selector) {
        boolean[][] m = selections.get(selector.id());
        if (m == null) {
            engine.ensure(selector);
            m = engine.selection(selector);
            selections.put(selector.id(), m);
        }
        boolean[][] copy = new boolean[m.length][];
        for (int i = 0; i < m.length; i++) copy[i] = m[i].clone();
        return copy;
    }

    /** The value of the program's output S-op. */
    public List<Value> output() {
        return valuesOf(program.output());
    }

    /** Failures of user functions and aggregates met while evaluating; empty when all went well. */
    public synchronized List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }
}
