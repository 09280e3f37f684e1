package org.raspworkbench.core.bases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;

/** A categorical value set past the residual width stops being enumerated as soon as it is too big. */
class ValueSetLimitTest {
    @Test
    void aHugeCategoricalValueSetStopsEarlyWithALimitError() {
        // 3000 x 3000 = nine million distinct keys; the limit is 20000 directions. Both arguments are
        // tokens: a map of two different S-ops this size is refused sooner, for its hidden units.
        String program = "set vocab list(range(3000));\nset max_seq_len 3000;\n"
                + "k = sequence_map(lambda x, y: x * 10000 + y, tokens, tokens);\n";
        Compilation c = Compiler.compile(program);
        assertThat(c.model()).isEmpty();
        Diagnostic d = c.diagnostics().get(c.diagnostics().size() - 1);
        assertThat(d.kind()).isEqualTo(ErrorKind.LIMIT);
        assertThat(d.range().start().line()).isEqualTo(3);
        Matcher m = Pattern.compile("'k' can take (\\d+) or more values").matcher(d.message());
        assertThat(m.find()).as(d.message()).isTrue();
        // Enumeration stopped one row of 3000 past the limit, not after all nine million values.
        assertThat(Integer.parseInt(m.group(1))).isBetween(20_001, 23_000);
    }
}
