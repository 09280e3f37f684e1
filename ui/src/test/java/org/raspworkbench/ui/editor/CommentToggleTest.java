package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentToggleTest {
    private static String apply(String text, int start, int end) {
        CommentToggle.Edit e = CommentToggle.toggle(text, start, end);
        return text.substring(0, e.start()) + e.replacement() + text.substring(e.end());
    }

    @Test
    void commentsTheCaretLine() {
        assertThat(apply("a = 1;\nb = 2;\n", 8, 8)).isEqualTo("a = 1;\n# b = 2;\n");
    }

    @Test
    void commentsSelectedLinesAtTheirSmallestIndent() {
        String text = "def f(x) {\n  y = x;\n    return y;\n}\n";
        int start = text.indexOf("  y");
        int end = text.indexOf("}");
        assertThat(apply(text, start, end)).isEqualTo("def f(x) {\n  # y = x;\n  #   return y;\n}\n");
    }

    @Test
    void uncommentsWhenEveryLineIsCommented() {
        String text = "# a = 1;\n  #b = 2;\n";
        assertThat(apply(text, 0, text.length() - 1)).isEqualTo("a = 1;\n  b = 2;\n");
    }

    @Test
    void roundTripsAndSkipsBlankLines() {
        String text = "a = 1;\n\nb = 2;";
        String once = apply(text, 0, text.length());
        assertThat(once).isEqualTo("# a = 1;\n\n# b = 2;");
        assertThat(apply(once, 0, once.length())).isEqualTo(text);
    }
}
