package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** {@code vocab.json} writes tokens as every command does: tuples as arrays, floats as Python prints them. */
class VocabJsonValuesTest {
    @Test
    void tuplesAreArraysAndFloatsArePythons() throws Exception {
        Value pair = new TupleValue(List.of(IntValue.of(1), FloatValue.of(0.5)));
        List<Value> vocab = List.of(pair, FloatValue.of(1e-5), FloatValue.of(2.0));
        CompileSettings s = new CompileSettings(vocab, 2, Optional.empty(), false, "BOS", "PAD", 100);
        ExportVocab v = new ExportVocab(List.of(StrValue.of("BOS"), pair), Encoding.CATEGORICAL, "out",
                List.of(FloatValue.of(Double.POSITIVE_INFINITY), pair), List.of("tokens:(1, 0.5)"), s);
        String json = ExportJson.vocab(v).replaceAll("\\s+", "");
        assertThat(json).contains("\"input_tokens\":[\"BOS\",[1,0.5]]");
        assertThat(json).contains("\"output_values\":[Infinity,[1,0.5]]");
        assertThat(json).contains("\"vocab\":[[1,0.5],1e-05,2.0]");
        assertThat(json).contains("\"mlp_exactness\":100");
    }
}
