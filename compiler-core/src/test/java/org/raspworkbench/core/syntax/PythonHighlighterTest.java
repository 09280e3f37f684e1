package org.raspworkbench.core.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A .py file is coloured by the Python grammar's lexer, with the same categories as .rasp. */
class PythonHighlighterTest {
    private static TokenCategory at(List<HighlightToken> tokens, String text, String piece) {
        int offset = text.indexOf(piece);
        return tokens.stream().filter(t -> t.start() <= offset && offset < t.end()).findFirst().orElseThrow().category();
    }

    @Test
    void categoriesOfPythonText() {
        String text = "from tracr.rasp import rasp  # the API\n"
                + "def f(x=1.5):\n"
                + "    \"\"\"Doc.\"\"\"\n"
                + "    return rasp.Map(lambda v: f'{v}', rasp.tokens) if x is not None else len([])\n"
                + "class C:\n";
        List<HighlightToken> tokens = SurfaceSyntax.PYTHON.highlight(text);
        assertThat(at(tokens, text, "from")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(at(tokens, text, "import")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(at(tokens, text, "# the API")).isEqualTo(TokenCategory.COMMENT);
        assertThat(at(tokens, text, "def")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(at(tokens, text, "1.5")).isEqualTo(TokenCategory.NUMBER);
        assertThat(at(tokens, text, "\"\"\"Doc")).isEqualTo(TokenCategory.STRING);
        assertThat(at(tokens, text, "f'{v}'")).isEqualTo(TokenCategory.STRING);
        assertThat(at(tokens, text, "lambda")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(at(tokens, text, "is not")).isEqualTo(TokenCategory.KEYWORD);
        assertThat(at(tokens, text, "len")).isEqualTo(TokenCategory.BUILTIN);
        assertThat(at(tokens, text, "Map")).isEqualTo(TokenCategory.IDENTIFIER);
        assertThat(at(tokens, text, "(x")).isEqualTo(TokenCategory.PUNCTUATION);
        // outside the subset: shown as an error where it is written
        assertThat(at(tokens, text, "class")).isEqualTo(TokenCategory.ERROR);
        // the same text read as .rasp colours differently: 'from' is a name there
        assertThat(at(SurfaceSyntax.RASP.highlight(text), text, "from")).isEqualTo(TokenCategory.IDENTIFIER);
    }

    @Test
    void theSyntaxFollowsTheFileName() {
        assertThat(SurfaceSyntax.of("sort.py")).isEqualTo(SurfaceSyntax.PYTHON);
        assertThat(SurfaceSyntax.of("/a/b/SORT.PY")).isEqualTo(SurfaceSyntax.PYTHON);
        assertThat(SurfaceSyntax.of("sort.rasp")).isEqualTo(SurfaceSyntax.RASP);
        assertThat(SurfaceSyntax.of("Untitled")).isEqualTo(SurfaceSyntax.RASP);
        assertThat(SurfaceSyntax.of(null)).isEqualTo(SurfaceSyntax.RASP);
    }
}
