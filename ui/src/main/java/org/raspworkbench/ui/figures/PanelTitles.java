package org.raspworkbench.ui.figures;

import static org.raspworkbench.ui.figures.FigureStyle.LABEL;
import static org.raspworkbench.ui.figures.FigureStyle.LABEL_SIZE;
import static org.raspworkbench.ui.figures.FigureStyle.MIN_LABEL_SIZE;
import static org.raspworkbench.ui.figures.FigureStyle.width;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Snapshot names that fit narrow panels: all panels use the same form ({@code after attn 0},
 * {@code attn 0}, {@code A0}) and size, the longest form still readable.
 */
final class PanelTitles {
    private static final float READABLE = 8;

    record Fitted(List<String> titles, Font font) {
    }

    private PanelTitles() {
    }

    static Fitted fit(List<String> titles, double available) {
        List<List<String>> forms = titles.stream().map(PanelTitles::shorter).toList();
        Fitted last = null;
        for (int level = 0; level < 3; level++) {
            List<String> chosen = new ArrayList<>();
            float size = LABEL_SIZE;
            for (List<String> f : forms) {
                String t = f.get(Math.min(level, f.size() - 1));
                chosen.add(t);
                double w = width(LABEL, t);
                if (w > 0) size = (float) Math.min(size, LABEL_SIZE * available / w);
            }
            last = new Fitted(chosen, LABEL.deriveFont(Math.max(MIN_LABEL_SIZE, size)));
            if (size >= READABLE) return last;
        }
        return last;
    }

    static List<String> shorter(String title) {
        List<String> forms = new ArrayList<>();
        forms.add(title);
        String rest = title.startsWith("after ") ? title.substring("after ".length()) : title;
        forms.add(rest);
        String[] words = rest.trim().split("\\s+");
        StringBuilder compact = new StringBuilder();
        if (words.length > 0 && !words[0].isEmpty()) {
            compact.append(words[0].substring(0, 1).toUpperCase(Locale.ROOT));
            for (int i = 1; i < words.length; i++) compact.append(words[i]);
        }
        forms.add(compact.toString());
        return forms;
    }
}
