package org.raspworkbench.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    @Test
    void categorisesEveryKindOfToken() {
        String text = "def f(x) { return map(lambda v: v + 1.5, x); } # note\ny = \"s\" @";
        List<HighlightToken> tokens = Highlighter.tokens(text);
        assertThat(category(tokens, text, "def")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(category(tokens, text, "f(")).isEqualTo(TokenCategory.IDENTIFIER);
        assertThat(category(tokens, text, "map")).isEqualTo(TokenCategory.BUILTIN);
        assertThat(category(tokens, text, "lambda")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(category(tokens, text, "1.5")).isEqualTo(TokenCategory.NUMBER);
        assertThat(category(tokens, text, "+")).isEqualTo(TokenCategory.OPERATOR);
        assertThat(category(tokens, text, "(")).isEqualTo(TokenCategory.PUNCTUATION);
        assertThat(category(tokens, text, "# note")).isEqualTo(TokenCategory.COMMENT);
        assertThat(category(tokens, text, "\"s\"")).isEqualTo(TokenCategory.STRING);
        assertThat(category(tokens, text, "@")).isEqualTo(TokenCategory.ERROR);
    }

    @Test
    void offsetsAreJavaCharsEvenAfterAnEmoji() {
        String text = "# \uD83D\uDE00\nx = 1;";
        List<HighlightToken> tokens = Highlighter.tokens(text);
        HighlightToken x = tokens.get(1);
        assertThat(text.substring(x.start(), x.end())).isEqualTo("x");
    }

    @Test
    void unterminatedStringIsAnError() {
        List<HighlightToken> tokens = Highlighter.tokens("x = 'abc");
        assertThat(tokens.get(tokens.size() - 1).category()).isEqualTo(TokenCategory.ERROR);
    }

    private static TokenCategory category(List<HighlightToken> tokens, String text, String piece) {
        int at = text.indexOf(piece);
        return tokens.stream().filter(t -> t.start() == at).findFirst().orElseThrow().category();
    }
}
