package org.raspworkbench.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.syntax.HighlightToken;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.syntax.TokenCategory;

/** Colours text with the language's own lexer: one style class per token category. */
public final class LexerTokenizer implements Tokenizer {
    @Override
    public List<TokenSpan> tokenize(String text) {
        return tokenize(text, SurfaceSyntax.RASP);
    }

    @Override
    public List<TokenSpan> tokenize(String text, SurfaceSyntax syntax) {
        List<TokenSpan> spans = new ArrayList<>();
        for (HighlightToken t : syntax.highlight(text)) spans.add(new TokenSpan(t.start(), t.end(), styleClass(t.category())));
        return spans;
    }

    /** {@code KEYWORD -> keyword}, ..., {@code ERROR -> error-token}: the classes editor.css colours. */
    public static String styleClass(TokenCategory category) {
        return category == TokenCategory.ERROR ? "error-token" : category.name().toLowerCase(java.util.Locale.ROOT);
    }
}
