package org.raspworkbench.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code repr(str)} as CPython writes it: converted programs print string literals with it. */
class StrReprTest {
    @Test
    void quotesAndCommonEscapes() {
        assertThat(StrValue.of("a").repr()).isEqualTo("'a'");
        assertThat(StrValue.of("it's").repr()).isEqualTo("\"it's\"");
        assertThat(StrValue.of("'\"").repr()).isEqualTo("'\\'\"'");
        assertThat(StrValue.of("a\\b\n\t\r").repr()).isEqualTo("'a\\\\b\\n\\t\\r'");
    }

    @Test
    void nonPrintableCharactersAreEscapedAsPythonDoes() {
        assertThat(StrValue.of("\0").repr()).isEqualTo("'\\x00'");
        assertThat(StrValue.of("\u001b[0m").repr()).isEqualTo("'\\x1b[0m'");
        assertThat(StrValue.of("\u007f").repr()).isEqualTo("'\\x7f'");
        assertThat(StrValue.of("\u00a0").repr()).isEqualTo("'\\xa0'");
        assertThat(StrValue.of("\u200b").repr()).isEqualTo("'\\u200b'");
        assertThat(StrValue.of("\u2028").repr()).isEqualTo("'\\u2028'");
    }

    @Test
    void printableUnicodeStaysAsItIs() {
        assertThat(StrValue.of("é ∅ 😀").repr()).isEqualTo("'é ∅ 😀'");
    }
}
