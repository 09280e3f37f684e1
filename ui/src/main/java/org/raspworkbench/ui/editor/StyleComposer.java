package org.raspworkbench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Lays any number of possibly overlapping marks (token colours, squiggles, emphasis, bracket
 * matches) over a text of a given length and returns the style spans RichTextFX draws: each run of
 * text gets the classes of every mark covering it. Marks outside the text are clipped; an empty mark
 * (an error at a point, e.g. a missing token at the end) covers the character at that point, or the
 * last one.
 */
public final class StyleComposer {
    private StyleComposer() {
    }

    public static StyleSpans<Collection<String>> compose(int length, List<TokenSpan> marks) {
        List<int[]> events = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (TokenSpan m : marks) {
            int start = Math.max(0, Math.min(m.start(), length));
            int end = Math.max(start, Math.min(m.end(), length));
            if (end == start) {
                if (length == 0) continue;
                start = Math.min(start, length - 1);
                end = start + 1;
            }
            int id = classes.size();
            classes.add(m.styleClass());
            events.add(new int[] {start, id, +1});
            events.add(new int[] {end, id, -1});
        }
        events.sort(Comparator.comparingInt(e -> e[0]));
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        TreeMap<String, Integer> active = new TreeMap<>();
        int at = 0;
        boolean any = false;
        for (int[] e : events) {
            if (e[0] > at) {
                spans.add(List.copyOf(active.keySet()), e[0] - at);
                any = true;
                at = e[0];
            }
            String cls = classes.get(e[1]);
            active.merge(cls, e[2], Integer::sum);
            if (active.get(cls) <= 0) active.remove(cls);
        }
        if (length > at || !any) {
            spans.add(List.of(), length - at);
        }
        return spans.create();
    }
}
