package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void findsForwardAndWraps() {
        String text = "Select select SELECT";
        assertThat(TextSearch.find(text, "select", 1, true, false)).isEqualTo(OptionalInt.of(7));
        assertThat(TextSearch.find(text, "select", 15, true, false)).isEqualTo(OptionalInt.of(0));
        assertThat(TextSearch.find(text, "select", 1, true, true)).isEqualTo(OptionalInt.of(7));
        assertThat(TextSearch.count(text, "select", false)).isEqualTo(3);
    }

    @Test
    void findsBackward() {
        assertThat(TextSearch.find("ab ab ab", "ab", 4, false, false)).isEqualTo(OptionalInt.of(3));
        assertThat(TextSearch.find("ab ab ab", "ab", -1, false, false)).isEqualTo(OptionalInt.of(6));
    }

    @Test
    void nothingForAnEmptyOrMissingQuery() {
        assertThat(TextSearch.find("abc", "", 0, true, false)).isEmpty();
        assertThat(TextSearch.find("abc", "x", 0, true, false)).isEmpty();
    }
}
