package org.raspworkbench.core.evaluation;

import java.util.List;
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
    private final Evaluator.Engine engine;

    Evaluation(RaspProgram program, List<Value> input, Evaluator.Engine engine) {
        this.program = program;
        this.input = List.copyOf(input);
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
        engine.ensure(sop);
        return engine.values(sop);
    }

    /** The selector's matrix, indexed {@code [query][key]}; a fresh copy each time. */
    public synchronized boolean[][] selectionOf(Selector selector) {
        engine.ensure(selector);
        boolean[][] m = engine.selection(selector);
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
        return List.copyOf(engine.diagnostics);
    }
}
