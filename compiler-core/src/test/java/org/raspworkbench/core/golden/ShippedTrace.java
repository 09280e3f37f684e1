package org.raspworkbench.core.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.json.TraceJson;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;

/**
 * A model run on a golden file's inputs and written by the writer {@code rasp trace} ships, read
 * back as JSON text: the inputs go through the input parser that {@code --input} uses, the trace
 * through {@link TraceJson#document}, so the golden tests check what users get.
 */
final class ShippedTrace {
    private ShippedTrace() {
    }

    static JsonNode of(String name, CompiledModel model, JsonNode gold) throws IOException {
        List<ForwardTrace> runs = new ArrayList<>();
        for (JsonNode run : gold.get("runs")) {
            ParsedInput input = InputParser.parse(run.get("input").toString(), model.program().settings());
            if (!input.errors().isEmpty()) {
                throw new AssertionError("golden input " + run.get("input") + " rejected: " + input.errors());
            }
            runs.add(ForwardPass.run(model, input.values().orElseThrow()));
        }
        return GoldenFiles.parse(TraceJson.document(name, model, runs));
    }
}
