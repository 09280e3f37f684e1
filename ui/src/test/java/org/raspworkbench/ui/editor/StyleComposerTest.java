package org.raspworkbench.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleComposerTest {
    private static List<String> describe(StyleSpans<Collection<String>> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) out.add(s.getLength() + ":" + String.join("+", s.getStyle()));
        return out;
    }

    @Test
    void overlaysMarksOnTokens() {
        var spans = StyleComposer.compose(10, List.of(
                new TokenSpan(0, 3, "keyword"),
                new TokenSpan(4, 8, "identifier"),
                new TokenSpan(2, 6, "squiggle-error")));
        assertThat(spans.length()).isEqualTo(10);
        assertThat(describe(spans)).containsExactly(
                "2:keyword", "1:keyword+squiggle-error", "1:squiggle-error",
                "2:identifier+squiggle-error", "2:identifier", "2:");
    }

    @Test
    void clipsMarksAndWidensEmptyOnes() {
        var spans = StyleComposer.compose(4, List.of(new TokenSpan(2, 99, "a"), new TokenSpan(4, 4, "b")));
        assertThat(describe(spans)).containsExactly("2:", "1:a", "1:a+b");
    }

    @Test
    void emptyTextGivesOneEmptySpan() {
        assertThat(StyleComposer.compose(0, List.of(new TokenSpan(0, 0, "x"))).length()).isZero();
    }
}
