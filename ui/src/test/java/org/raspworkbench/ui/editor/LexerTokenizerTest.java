package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexerTokenizerTest {
    @Test
    void everyCategoryHasAStyleClass() {
        var spans = new LexerTokenizer().tokenize("x = map(lambda v: v + 1, tokens); # c\ny = \"s\";");
        assertThat(spans).extracting(TokenSpan::styleClass)
                .contains("identifier", "builtin", "keyword", "operator", "number", "punctuation", "comment", "string");
        String text = "def f() { return 1; }";
        var first = new LexerTokenizer().tokenize(text).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("def");
        assertThat(first.styleClass()).isEqualTo("keyword");
    }
}
