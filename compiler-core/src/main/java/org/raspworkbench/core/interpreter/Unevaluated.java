package org.raspworkbench.core.interpreter;

import org.raspworkbench.core.source.SourceRange;

/**
 * What Tracr's {@code program(xs)} gives in a .py script: Tracr evaluates the S-op at once, but
 * here its values exist only once the script has run ({@code rasp eval}, the IDE's views), so the
 * call stands for them; printing it shows the call.
 */
public record Unevaluated(SourceRange range, String call) implements Placeholder {
    @Override
    public String typeName() {
        return "unevaluated S-op call";
    }

    @Override
    public String repr() {
        return "<" + call + ": evaluated by rasp eval and the workbench's views, not while the script runs>";
    }
}
