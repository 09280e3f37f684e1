package org.raspworkbench.ui.figures;

import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.bases.BasisDirection;

/** The residual directions one S-op owns (or {@code one}), labelled {@code name:value} or {@code name}. */
public record DirectionGroup(String sop, List<String> labels) {
    public DirectionGroup {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) throw new IllegalArgumentException("group " + sop + " has no directions");
    }

    /** Groups consecutive directions with the same name, keeping their order. */
    public static List<DirectionGroup> of(List<BasisDirection> directions) {
        List<DirectionGroup> groups = new ArrayList<>();
        String current = null;
        List<String> labels = new ArrayList<>();
        for (BasisDirection d : directions) {
            if (current != null && !current.equals(d.name())) {
                groups.add(new DirectionGroup(current, labels));
                labels = new ArrayList<>();
            }
            current = d.name();
            labels.add(d.label());
        }
        if (current != null) groups.add(new DirectionGroup(current, labels));
        return groups;
    }

    /** Groups labels such as {@code tokens:1} by the text before the first colon. */
    public static List<DirectionGroup> ofLabels(List<String> labels) {
        List<DirectionGroup> groups = new ArrayList<>();
        String current = null;
        List<String> run = new ArrayList<>();
        for (String label : labels) {
            int colon = label.indexOf(':');
            String name = colon < 0 ? label : label.substring(0, colon);
            if (current != null && !current.equals(name)) {
                groups.add(new DirectionGroup(current, run));
                run = new ArrayList<>();
            }
            current = name;
            run.add(label);
        }
        if (current != null) groups.add(new DirectionGroup(current, run));
        return groups;
    }

    /** Number of directions over all groups. */
    public static int width(List<DirectionGroup> groups) {
        return groups.stream().mapToInt(g -> g.labels().size()).sum();
    }
}
