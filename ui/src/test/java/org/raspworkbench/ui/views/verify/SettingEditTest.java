package org.raspworkbench.ui.views.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.raspworkbench.core.value.IntValue;

class SettingEditTest {
    @Test
    void replacesTheSettingsValue() {
        String text = "set vocab {1, 2};\nset mlp_exactness 20;\nx = tokens;\n";
        assertThat(SettingEdit.apply(text, "mlp_exactness", IntValue.of(30)))
                .isEqualTo("set vocab {1, 2};\nset mlp_exactness 30;\nx = tokens;\n");
    }

    @Test
    void addsItAfterTheLastSetStatement() {
        String text = "# sort\nset vocab {1, 2};\nset max_seq_len 5;\nx = tokens;\n";
        assertThat(SettingEdit.apply(text, "mlp_exactness", IntValue.of(200)))
                .isEqualTo("# sort\nset vocab {1, 2};\nset max_seq_len 5;\nset mlp_exactness 200;\nx = tokens;\n");
        assertThat(SettingEdit.apply("x = tokens;\n", "max_seq_len", IntValue.of(4)))
                .isEqualTo("set max_seq_len 4;\nx = tokens;\n");
    }
}
