package org.raspworkbench.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.DictValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.NoneValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** The expected texts are what python3's {@code json.dumps} prints for the same values (without spaces). */
class ValueJsonTest {
    private static String json(List<Value> values) {
        return JsonText.line(g -> ValueJson.writeArray(g, values));
    }

    private static Value f(double d) {
        return FloatValue.of(d);
    }

    @Test
    void floatsAsPythonWritesThem() {
        assertThat(json(List.of(f(0.5), f(1e-05), f(2.0), f(-0.0), f(1e16), f(1e15), f(123456789.0),
                f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY), f(1.0 / 3), f(-2.5e-7), f(Double.NaN))))
                .isEqualTo("[0.5,1e-05,2.0,-0.0,1e+16,1000000000000000.0,123456789.0,Infinity,-Infinity,"
                        + "0.3333333333333333,-2.5e-07,NaN]");
        assertThat(JsonText.line(g -> ValueJson.writeFloats(g, new double[] {0, 1, -3, 0.25, 1e300})))
                .isEqualTo("[0.0,1.0,-3.0,0.25,1e+300]");
    }

    @Test
    void tuplesAreArraysAndTheRestAsJsonHasThem() {
        Value nested = new TupleValue(List.of(IntValue.of(1), new TupleValue(List.of(f(2.0), StrValue.of("a")))));
        assertThat(json(List.of(nested, NoneValue.NONE, BoolValue.TRUE, StrValue.of("é\"")))).isEqualTo(
                "[[1,[2.0,\"a\"]],null,true,\"é\\\"\"]");
    }

    @Test
    void dictKeysArePythonsSpellings() {
        Map<Value, Value> m = new LinkedHashMap<>();
        m.put(BoolValue.TRUE, IntValue.of(1));
        m.put(NoneValue.NONE, IntValue.of(2));
        m.put(f(1.5), IntValue.of(3));
        m.put(IntValue.of(2), IntValue.of(4));
        m.put(StrValue.of("s"), IntValue.of(5));
        m.put(f(Double.POSITIVE_INFINITY), IntValue.of(6));
        assertThat(JsonText.line(g -> ValueJson.write(g, new DictValue(m))))
                .isEqualTo("{\"true\":1,\"null\":2,\"1.5\":3,\"2\":4,\"s\":5,\"Infinity\":6}");
    }

    @Test
    void wholeSettingsPrintAsInts() {
        CompileSettings whole = new CompileSettings(List.of(IntValue.of(1)), 2, Optional.empty(), true, "B", "P", 100);
        CompileSettings half = new CompileSettings(List.of(f(0.5)), 2, Optional.empty(), false, "B", "P", 0.5);
        assertThat(JsonText.line(g -> SettingsJson.write(g, whole))).isEqualTo(
                "{\"vocab\":[1],\"max_seq_len\":2,\"causal\":true,\"bos\":\"B\",\"pad\":\"P\",\"mlp_exactness\":100}");
        assertThat(JsonText.line(g -> SettingsJson.write(g, half))).contains("\"vocab\":[0.5]").endsWith("\"mlp_exactness\":0.5}");
    }
}
