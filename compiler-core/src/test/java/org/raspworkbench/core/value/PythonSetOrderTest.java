package org.raspworkbench.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values printed by CPython 3.11 ({@code hash(v)}, {@code list(s)}). */
class PythonSetOrderTest {
    @Test
    void hashesAreCPythons() {
        assertThat(PythonSetOrder.hash(IntValue.of(-1))).isEqualTo(-2);
        assertThat(PythonSetOrder.hash(FloatValue.of(0.5))).isEqualTo(1152921504606846976L);
        assertThat(PythonSetOrder.hash(FloatValue.of(-0.5))).isEqualTo(-1152921504606846976L);
        assertThat(PythonSetOrder.hash(FloatValue.of(1.5))).isEqualTo(1152921504606846977L);
        assertThat(PythonSetOrder.hash(FloatValue.of(0.1))).isEqualTo(230584300921369408L);
        assertThat(PythonSetOrder.hash(FloatValue.of(-2.75))).isEqualTo(-1729382256910270466L);
        assertThat(PythonSetOrder.hash(FloatValue.of(1e-310))).isEqualTo(615709907932414099L);
        assertThat(PythonSetOrder.hash(FloatValue.of(1e300))).isEqualTo(1224995262755759164L);
        assertThat(PythonSetOrder.hash(FloatValue.of(-0.0))).isEqualTo(0);
        assertThat(PythonSetOrder.hash(IntValue.of(1L << 62))).isEqualTo(2);
        assertThat(PythonSetOrder.hash(IntValue.of(-(1L << 62)))).isEqualTo(-2);
        assertThat(PythonSetOrder.hash(IntValue.of(Long.MAX_VALUE))).isEqualTo(3);
        assertThat(PythonSetOrder.hash(new TupleValue(List.of(IntValue.of(1), IntValue.of(2)))))
                .isEqualTo(-3550055125485641917L);
        assertThat(PythonSetOrder.hash(new TupleValue(List.of(IntValue.of(-1), FloatValue.of(0.5),
                new TupleValue(List.of()))))).isEqualTo(-7506565722144238870L);
        assertThat(PythonSetOrder.hash(new TupleValue(List.of()))).isEqualTo(5740354900026072187L);
    }

    @Test
    void iterationFollowsTheHashTable() {
        assertThat(PythonSetOrder.iterationOrder(List.of(IntValue.of(-1), IntValue.of(1))))
                .containsExactly(IntValue.of(1), IntValue.of(-1));
        List<Value> inserted = List.of(FloatValue.of(0.25), FloatValue.of(0.5), FloatValue.of(1.0),
                FloatValue.of(1.0 / 3), FloatValue.of(0.2), FloatValue.of(0.75), FloatValue.of(2.0 / 3),
                FloatValue.of(0.0), FloatValue.of(0.125), IntValue.of(3), IntValue.of(17), IntValue.of(33),
                IntValue.of(-5), FloatValue.of(1e9));
        assertThat(PythonSetOrder.iterationOrder(inserted)).extracting(Value::repr).containsExactly("0.25", "0.5",
                "0.2", "0.3333333333333333", "1.0", "0.75", "0.6666666666666666", "0.0", "0.125", "3", "33", "17",
                "1000000000.0", "-5");
    }

    @Test
    void randomNumericSetsIterateAsCPythonDoes() throws java.io.IOException {
        List<String> lines;
        try (var in = getClass().getResourceAsStream("/python-set-orders.tsv")) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
        assertThat(lines).hasSize(40);
        for (String line : lines) {
            String[] parts = line.split("\t");
            List<Value> inserted = java.util.Arrays.stream(parts[0].split("\\|")).map(PythonSetOrderTest::parse).toList();
            assertThat(String.join("|", PythonSetOrder.iterationOrder(inserted).stream().map(Value::repr).toList()))
                    .as(parts[0]).isEqualTo(parts[1]);
        }
    }

    private static Value parse(String repr) {
        if (repr.contains(".") || repr.contains("e") || repr.contains("inf")) return FloatValue.of(Double.parseDouble(repr));
        return IntValue.of(Long.parseLong(repr));
    }
}
