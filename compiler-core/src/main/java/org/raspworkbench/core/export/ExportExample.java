package org.raspworkbench.core.export;

import java.util.List;
import org.raspworkbench.core.value.Value;

/**
 * An input and what the compiled model outputs on it (BOS first), so the export's README can check
 * a numpy forward pass against the workbench.
 */
public record ExportExample(List<Value> input, List<Value> decoded) {
    public ExportExample {
        input = List.copyOf(input);
        decoded = List.copyOf(decoded);
    }
}
