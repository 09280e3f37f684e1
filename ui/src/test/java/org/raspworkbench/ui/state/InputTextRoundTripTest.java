package org.raspworkbench.ui.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** The input field's text for an example reads back, through the one input parser, as the same tokens. */
class InputTextRoundTripTest {
    @Test
    void tuplesFloatsAndPadSurviveTheInputField() {
        Value pair = new TupleValue(List.of(IntValue.of(1), StrValue.of("a")));
        Value inf = FloatValue.of(Double.POSITIVE_INFINITY);
        Value small = FloatValue.of(1e-5);
        List<Value> example = List.of(pair, inf, small, StrValue.of("PAD"));
        CompileSettings s = new CompileSettings(List.of(pair, inf, small), 4, Optional.of(example), false, "BOS",
                "PAD", 100);
        String text = InputText.format(example);
        ParsedInput back = InputParser.parse(text, s);
        assertThat(back.errors()).as(text).isEmpty();
        assertThat(back.values().orElseThrow()).isEqualTo(example);
        assertThat(back.values().orElseThrow().get(1).typeName()).isEqualTo("float");
    }
}
