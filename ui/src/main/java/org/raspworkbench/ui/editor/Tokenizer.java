package org.raspworkbench.ui.editor;

import java.util.List;

/** Splits program text into styled runs; called on a background thread, so it must not touch the UI. */
@FunctionalInterface
public interface Tokenizer {
    Tokenizer NONE = text -> List.of();

    List<TokenSpan> tokenize(String text);

    /** The text in a given syntax; a tokenizer that knows only one ignores it. */
    default List<TokenSpan> tokenize(String text, org.raspworkbench.core.syntax.SurfaceSyntax syntax) {
        return tokenize(text);
    }
}
