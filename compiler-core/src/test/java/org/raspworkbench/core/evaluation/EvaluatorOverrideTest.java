package org.raspworkbench.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.program.ProgramRunner;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;

/** An S-op's value replaced at a position reaches everything that reads it, and nothing else. */
class EvaluatorOverrideTest {
    private static List<Value> ints(long... xs) {
        return java.util.Arrays.stream(xs).mapToObj(x -> (Value) IntValue.of(x)).toList();
    }

    @Test
    void anOverrideFlowsDownstreamAndLeavesTheRest() {
        RaspProgram p = ProgramRunner.run("""
                set vocab [1, 2, 3]; set max_seq_len 5;
                prev = aggregate(select(indices, indices, lambda k, q: k == q - 1), tokens, 0);
                plus = map(lambda x: x + 10, prev);
                other = map(lambda t: t * 2, tokens);
                output sequence_map(lambda a, b: a + b, plus, other);
                """).program().orElseThrow();
        SOp prev = p.nodes().stream().filter(n -> n.name().equals("prev")).map(n -> (SOp) n).findFirst().orElseThrow();
        SOp other = p.nodes().stream().filter(n -> n.name().equals("other")).map(n -> (SOp) n).findFirst().orElseThrow();
        List<Value> input = ints(1, 2, 3);
        Evaluation clean = Evaluator.evaluate(p, input);
        Evaluation e = Evaluator.evaluate(p, input, List.of(new ValueOverride(prev, 1, IntValue.of(3)),
                new ValueOverride(prev, 9, IntValue.of(3))));
        assertThat(clean.valuesOf(prev)).isEqualTo(ints(0, 1, 2));
        assertThat(e.valuesOf(prev)).isEqualTo(ints(0, 3, 2));
        assertThat(e.valuesOf(other)).isEqualTo(clean.valuesOf(other));
        assertThat(clean.output()).isEqualTo(ints(12, 15, 18));
        assertThat(e.output()).isEqualTo(ints(12, 17, 18));
    }
}
