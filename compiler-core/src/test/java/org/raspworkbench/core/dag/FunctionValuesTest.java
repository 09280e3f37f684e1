package org.raspworkbench.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.PredicateFunction;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.Select;
import org.raspworkbench.core.rasp.SequenceMapOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The values a node's function reads besides its arguments, which {@code rasp convert} needs to
 * write the function as a readable lambda: a lambda's closure variables and defaults, and the plain
 * operands of an operator lifted over S-ops.
 */
class FunctionValuesTest {
    private static RaspProgram run(String text) {
        return ProgramRunner.run("set vocab [1, 2, 3];\nset max_seq_len 4;\n" + text).program().orElseThrow();
    }

    private static <T> T last(RaspProgram p, Class<T> kind) {
        T found = null;
        for (RaspExpr n : p.nodes()) if (kind.isInstance(n)) found = kind.cast(n);
        return found;
    }

    @Test
    void aLambdaTellsItsClosureVariablesAndDefaults() {
        RaspProgram p = run("def shift(offset) { return select(indices, indices, lambda k, q: q == k + offset); }\n"
                + "s = shift(2);\nfor v in [1, 7] { m = map(lambda x, w=v: x == w + v, tokens); }\noutput aggregate(s, m);\n");
        PredicateFunction pred = (PredicateFunction) last(p, Select.class).predicate();
        assertThat(pred.fn().valueOf("offset")).contains(IntValue.of(2));
        assertThat(pred.fn().valueOf("nothing")).isEmpty();
        MapOp m = last(p, MapOp.class);
        assertThat(m.fn().valueOf("w")).as("a default: its value where the lambda was written").contains(IntValue.of(7));
        assertThat(m.fn().valueOf("v")).as("a closure variable: its last value").contains(IntValue.of(7));
    }

    @Test
    void aLiftedOperatorTellsItsPlainOperands() {
        RaspProgram p = run("c = \"ab\";\nm = tokens == c[1];\n");
        assertThat(last(p, MapOp.class).fn().liftedOperands()).containsExactly(StrValue.of("b"));
        RaspProgram q = run("m = 10 - tokens;\n");
        assertThat(last(q, MapOp.class).fn().liftedOperands()).containsExactly(IntValue.of(10));
        assertThat(last(q, MapOp.class).fn().lifted()).contains(
                new org.raspworkbench.core.rasp.LiftedOperator("-", List.of(Optional.of(IntValue.of(10)), Optional.empty())));
        RaspProgram o = run("m = 0 | tokens;\n");
        assertThat(last(o, MapOp.class).fn().lifted()).as("Tracr's __ror__: x or c")
                .contains(org.raspworkbench.core.rasp.LiftedOperator.of("or", null, IntValue.of(0)));
        RaspProgram r = run("m = tokens if indices > 1 else 0;\n");
        List<Value> operands = last(r, SequenceMapOp.class).fn().liftedOperands();
        assertThat(operands).as("the operands of a conditional over S-ops that are not S-ops").containsExactly(IntValue.of(0));
    }

    @Test
    void aFusedMapAnswersForBothItsParts() {
        RaspProgram p = run("a = 5;\ndef f(k) { return map(lambda x: x + k, map(lambda y: y * a, tokens)); }\nm = f(3);\n");
        MapOp m = last(p, MapOp.class);
        assertThat(m.fn().valueOf("k")).contains(IntValue.of(3));
        assertThat(m.fn().valueOf("a")).isEqualTo(Optional.of(IntValue.of(5)));
    }
}
