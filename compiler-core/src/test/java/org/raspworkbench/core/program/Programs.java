package org.raspworkbench.core.program;

import java.util.List;
import org.raspworkbench.core.evaluation.Evaluator;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Limits;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.RaspException;
import org.raspworkbench.core.syntax.Program;
import org.raspworkbench.core.syntax.ProgramParser;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: run program text, look at host values, S-ops and errors. */
public final class Programs {
    public static final String HEADER = "set vocab [1, 2, 3];\nset max_seq_len 5;\n";

    private Programs() {
    }

    /** Runs statements only (no settings needed) and returns the interpreter to read globals from. */
    public static Interpreter host(String source) {
        Program p = ProgramParser.parse(source).program().orElseThrow(() -> new AssertionError(
                ProgramParser.parse(source).errors()));
        Interpreter in = new Interpreter(p.text(), Limits.DEFAULT);
        in.run(p);
        return in;
    }

    /** The value of {@code x} after running {@code source}. */
    public static Value value(String source) {
        return host(source).global("x");
    }

    /** The error that stops {@code source} when run as statements only. */
    public static Diagnostic hostError(String source) {
        try {
            host(source);
        } catch (RaspException e) {
            return e.diagnostic();
        }
        throw new AssertionError("no error from: " + source);
    }

    public static RaspProgram program(String source) {
        RunResult r = ProgramRunner.run(source);
        assertThat(r.diagnostics()).as("diagnostics of:\n" + source).isEmpty();
        return r.program().orElseThrow();
    }

    public static List<Diagnostic> errors(String source) {
        RunResult r = ProgramRunner.run(source);
        assertThat(r.program()).as("program of:\n" + source).isEmpty();
        return r.diagnostics();
    }

    public static Diagnostic error(String source) {
        List<Diagnostic> errors = errors(source);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    public static RaspExpr node(RaspProgram p, String name) {
        return p.nodes().stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name + " in " + names(p)));
    }

    public static SOp sop(RaspProgram p, String name) {
        return (SOp) node(p, name);
    }

    public static List<String> names(RaspProgram p) {
        return p.nodes().stream().map(RaspExpr::name).toList();
    }

    public static List<Value> eval(RaspProgram p, List<Value> input) {
        var e = Evaluator.evaluate(p, input);
        assertThat(e.diagnostics()).isEmpty();
        return e.output();
    }

    public static List<Value> ints(long... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> (Value) IntValue.of(x)).toList();
    }

    public static List<Value> chars(String s) {
        return s.chars().mapToObj(c -> (Value) StrValue.of(String.valueOf((char) c))).toList();
    }

    /** "line:col-line:col" of a diagnostic, for exact range assertions. */
    public static String at(Diagnostic d) {
        return d.range().start().line() + ":" + d.range().start().column() + "-" + d.range().end().line() + ":"
                + d.range().end().column();
    }
}
