package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BracketMatcherTest {
    @Test
    void matchesNestedBracketsBothWays() {
        String text = "f(a[1], {b: (2)})";
        assertThat(BracketMatcher.match(text, 1)).isEqualTo(OptionalInt.of(16));
        assertThat(BracketMatcher.match(text, 16)).isEqualTo(OptionalInt.of(1));
        assertThat(BracketMatcher.match(text, 3)).isEqualTo(OptionalInt.of(5));
        assertThat(BracketMatcher.match(text, 8)).isEqualTo(OptionalInt.of(15));
    }

    @Test
    void ignoresBracketsInStringsAndComments() {
        String text = "x = [\"]\", 1] # ]\n";
        assertThat(BracketMatcher.match(text, 4)).isEqualTo(OptionalInt.of(11));
        assertThat(BracketMatcher.atCaret(text, 6)).isEmpty();
        assertThat(BracketMatcher.atCaret(text, 15)).isEmpty();
    }

    @Test
    void prefersTheBracketBeforeTheCaret() {
        String text = "(a)(b)";
        assertThat(BracketMatcher.atCaret(text, 3)).get().extracting(BracketMatcher.Pair::at).isEqualTo(2);
        assertThat(BracketMatcher.atCaret(text, 0)).get().extracting(BracketMatcher.Pair::at).isEqualTo(0);
    }

    @Test
    void reportsAnUnbalancedBracket() {
        assertThat(BracketMatcher.atCaret("f(a", 2)).get().extracting(BracketMatcher.Pair::partner)
                .isEqualTo(OptionalInt.empty());
    }

    @Test
    void escapedQuoteDoesNotEndAString() {
        String text = "['a\\'(', 2]";
        assertThat(BracketMatcher.match(text, 0)).isEqualTo(OptionalInt.of(10));
    }
}
