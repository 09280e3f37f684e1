package org.raspworkbench.core.program;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.interpreter.Builtin;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.syntax.BuiltinNames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.at;

/** One program per error kind, with the exact range and sentence each gives. */
class ErrorKindsTest {
    private static void expect(String body, ErrorKind kind, String range, String message) {
        Diagnostic d = Programs.errors(HEADER + body).get(0);
        assertThat(d.kind()).as(body).isEqualTo(kind);
        assertThat(at(d)).as(body).isEqualTo(range);
        assertThat(d.message()).as(body).isEqualTo(message);
    }

    @Test
    void syntax() {
        expect("x = tokens + 1\noutput x;", ErrorKind.SYNTAX, "3:15-3:15", "expected ';' after the statement");
        expect("x = (tokens + 1;", ErrorKind.SYNTAX, "3:16-3:17", "expected ')' but found ';'");
    }

    @Test
    void name() {
        expect("x = tokns + 1;", ErrorKind.NAME, "3:5-3:10", "name 'tokns' is not defined (did you mean 'tokens'?)");
    }

    @Test
    void type() {
        expect("x = select(tokens, 3, ==);", ErrorKind.TYPE, "3:20-3:21", "the queries must be an S-op, not an int");
    }

    @Test
    void value() {
        expect("xs = [1, 2];\nx = tokens + xs[5];", ErrorKind.VALUE, "4:14-4:19", "list index out of range");
    }

    @Test
    void unsupported() {
        expect("x = tokens.shape;", ErrorKind.UNSUPPORTED, "3:5-3:17",
                "an S-op has no attribute 'shape': its only method is .named(\"name\"); its values exist only when the "
                        + "model runs");
    }

    @Test
    void limit() {
        expect("def f(n) { return f(n); }\nx = f(1);", ErrorKind.LIMIT, "3:19-3:23",
                "calls are nested more than 1000 deep; does a recursion never end?");
    }

    @Test
    void theRunnerDefinesExactlyTheBuiltinsTheHighlighterColours() {
        Set<String> defined = new TreeSet<>(Set.of("tokens", "indices", "length"));
        for (Builtin b : Builtin.values()) defined.add(b.pyName);
        defined.add("math"); // a module, not a function
        Set<String> coloured = new TreeSet<>(BuiltinNames.RASP);
        coloured.addAll(BuiltinNames.HOST);
        assertThat(defined).isEqualTo(coloured);
    }
}
