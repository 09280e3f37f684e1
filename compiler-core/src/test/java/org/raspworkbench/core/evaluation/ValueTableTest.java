package org.raspworkbench.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;

/** Numbers are told apart as their type and repr tell them apart, without computing the repr. */
class ValueTableTest {
    @Test
    void valuesPythonHoldsEqualButPrintsApartGetTheirOwnIds() {
        ValueTable t = new ValueTable();
        int one = t.intern(IntValue.of(1));
        int yes = t.intern(BoolValue.of(true));
        int oneFloat = t.intern(FloatValue.of(1.0));
        int text = t.intern(StrValue.of("1"));
        assertThat(java.util.Set.of(one, yes, oneFloat, text)).hasSize(4);
        assertThat(t.intern(IntValue.of(1))).isEqualTo(one);
        assertThat(t.intern(FloatValue.of(1.0))).isEqualTo(oneFloat);
        // repr(-0.0) is '-0.0': a function can tell it from 0.0
        assertThat(t.intern(FloatValue.of(-0.0))).isNotEqualTo(t.intern(FloatValue.of(0.0)));
        // every NaN prints 'nan'
        double otherNan = Double.longBitsToDouble(0x7ff8000000000001L);
        assertThat(t.intern(FloatValue.of(otherNan))).isEqualTo(t.intern(FloatValue.of(Double.NaN)));
        assertThat(t.intern(FloatValue.of(0.1 + 0.2))).isNotEqualTo(t.intern(FloatValue.of(0.3)));
    }
}
