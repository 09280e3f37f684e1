package org.raspworkbench.core.convert;

import java.util.List;
import org.raspworkbench.core.rasp.CompileSettings;

/**
 * A program ready to print in either syntax: the comment that opened the source, the settings, one
 * step per S-op and selector of the model in creation order (so every step reads only earlier ones)
 * with the comments the source had on the line that named it,
 * the output's variable, and the names of the nodes the output does not need (left out: Tracr never
 * sees them).
 */
record ConversionPlan(List<String> header, CompileSettings settings, List<Planned> steps, String output,
                      List<String> leftOut) {
    /** A step and the program's own comments about the statement that made it. */
    record Planned(PlanStep step, List<String> comments) {
        Planned {
            comments = List.copyOf(comments);
        }
    }

    /** The variable that stands for Tracr's {@code tokens}. */
    static final String TOKENS = "tokens";
    /** The variable that stands for Tracr's {@code indices}. */
    static final String INDICES = "indices";

    ConversionPlan {
        header = List.copyOf(header);
        steps = List.copyOf(steps);
        leftOut = List.copyOf(leftOut);
    }
}
