package org.raspworkbench.ui.editor;

import java.util.List;

/** Splits program text into styled runs; called on a background thread, so it must not touch the UI. */
@FunctionalInterface
public interface Tokenizer {
    Tokenizer NONE = text -> List.of();

    List<TokenSpan> tokenize(String text);
}
