package org.raspworkbench.core.dag;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.Programs;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SelectorAnd;
import org.raspworkbench.core.rasp.SelectorWidthOp;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.raspworkbench.core.program.Programs.HEADER;
import static org.raspworkbench.core.program.Programs.error;
import static org.raspworkbench.core.program.Programs.eval;
import static org.raspworkbench.core.program.Programs.ints;
import static org.raspworkbench.core.program.Programs.node;
import static org.raspworkbench.core.program.Programs.program;

/** {@code &}, {@code |} and {@code ~} with Tracr's overloads on S-ops and selectors. */
class BitwiseOperatorsTest {
    @Test
    void onSopsTheyArePythonsAndOrNotPerPosition() {
        RaspProgram p = program(HEADER + "a = tokens == 1;\nb = tokens > 1;\nboth = a & b;\neither = a | b;\n"
                + "neither = ~either;\n");
        assertThat(node(p, "both")).isInstanceOf(SequenceMapOp.class);
        assertThat(node(p, "either")).isInstanceOf(SequenceMapOp.class);
        assertThat(node(p, "neither")).isInstanceOf(MapOp.class);
        assertThat(eval(p, ints(1, 2, 3))).containsExactly(BoolValue.FALSE, BoolValue.FALSE, BoolValue.FALSE);
        RaspProgram t = program(HEADER + "n = ~(tokens == 2);\n");
        assertThat(eval(t, ints(1, 2, 3))).containsExactly(BoolValue.TRUE, BoolValue.FALSE, BoolValue.TRUE);
    }

    @Test
    void aPlainLeftOperandFollowsTracrsReflectedOverloads() {
        // Tracr: c & x is Map(lambda x: c and x); c | x is Map(lambda x: x or c)
        RaspProgram and = program(HEADER + "m = 0 & tokens;\n");
        assertThat(eval(and, ints(1, 2))).extracting(Value::repr).containsExactly("0", "0");
        RaspProgram or = program(HEADER + "m = 5 | tokens;\n");
        assertThat(eval(or, ints(1, 2))).extracting(Value::repr).containsExactly("1", "2");
        RaspProgram right = program(HEADER + "m = tokens & 7;\n");
        assertThat(eval(right, ints(1, 2))).extracting(Value::repr).containsExactly("7", "7");
    }

    @Test
    void onSelectorsTheyAreSelectorAndOrNot() {
        RaspProgram p = program(HEADER + "s = select(tokens, tokens, ==);\nt = select(indices, indices, <);\n"
                + "u = s & t;\nv = ~s | select(tokens, tokens, <);\nw = selector_width(v);\n");
        assertThat(node(p, "u")).isInstanceOf(SelectorAnd.class);
        assertThat(node(p, "v")).isInstanceOf(Select.class); // same keys and queries: one select
        assertThat(node(p, "w")).isInstanceOf(SelectorWidthOp.class);
        assertThat(eval(p, ints(1, 2, 2))).extracting(Value::repr).containsExactly("2", "1", "1");
    }

    @Test
    void mixingASelectorAndAnSopIsATypeError() {
        assertThat(error(HEADER + "s = select(tokens, tokens, ==) & tokens;\n").kind()).isEqualTo(ErrorKind.TYPE);
    }
}
