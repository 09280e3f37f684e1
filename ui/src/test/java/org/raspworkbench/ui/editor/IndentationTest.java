package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndentationTest {
    @Test
    void keepsTheIndentOfTheLine() {
        String text = "  x = 1;";
        assertThat(Indentation.newline(text, text.length())).isEqualTo(new Indentation.Insert("\n  ", 3));
    }

    @Test
    void indentsAfterAnOpeningBrace() {
        String text = "def f(x) {";
        assertThat(Indentation.newline(text, text.length())).isEqualTo(new Indentation.Insert("\n  ", 3));
    }

    @Test
    void splitsABracePair() {
        String text = "for x in xs {}";
        Indentation.Insert insert = Indentation.newline(text, text.length() - 1);
        assertThat(insert.text()).isEqualTo("\n  \n");
        assertThat(insert.caretOffset()).isEqualTo(3);
    }

    @Test
    void dedentsAClosingBraceOnAnEmptyLine() {
        assertThat(Indentation.dedentForCloser("{\n    ", 6)).isEqualTo(2);
        assertThat(Indentation.dedentForCloser("{\n  x", 5)).isEqualTo(-1);
    }
}
