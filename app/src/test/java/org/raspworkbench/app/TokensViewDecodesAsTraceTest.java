package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.json.ValueJson;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.views.ViewInputs;
import org.raspworkbench.ui.views.data.DecodedValue;
import org.raspworkbench.ui.views.data.ResidualDecoder;
import org.raspworkbench.ui.views.data.Snapshot;

/**
 * The Tokens view reads the output S-op, at the last snapshot, as exactly what {@code rasp trace}
 * prints as the model's output: on every sample's example, and on a program whose model ties.
 */
class TokensViewDecodesAsTraceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keys 0 and 1 selected everywhere: the categorical aggregate averages two tokens, 0.5 and 0.5. */
    static final String TIE = """
            set vocab [0, 1];
            set max_seq_len 4;
            set example [1, 0, 1];
            s = select(indices, indices, lambda k, q: k <= 1);
            out = aggregate(s, tokens);
            """;

    static Stream<String> programs() throws Exception {
        Path dir = Cli.sample("sat3_verifier").getParent();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rasp")).sorted().forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThan(10);
        names.add("tie");
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void theOutputRowIsWhatTracePrints(String name, @org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path file = name.equals("tie") ? Files.writeString(tmp.resolve("tie.rasp"), TIE)
                : Cli.sample("sat3_verifier").resolveSibling(name);
        Cli r = Cli.run("trace", file.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode printed = JSON.readTree(r.out()).at("/runs/0/decoded");

        Compilation c = Compiler.compile(Files.readString(file));
        CompiledModel model = c.model().orElseThrow();
        List<Value> example = c.program().orElseThrow().settings().example().orElseThrow();
        ViewInputs in = ViewInputs.prepare(model, ForwardPass.run(model, example));
        List<DecodedValue> row = ResidualDecoder.outputRow(in.model(), in.trace(),
                new Snapshot(in.model().snapshotCount() - 1));

        List<Value> shown = new ArrayList<>();
        for (DecodedValue d : row) shown.add(d.decoded().orElseThrow());
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(w)) {
            ValueJson.writeArray(g, shown);
        }
        // "decoded" starts with the BOS token; the row starts at the first input position
        List<JsonNode> afterBos = new ArrayList<>();
        printed.elements().forEachRemaining(afterBos::add);
        assertThat(JSON.readTree(w.toString())).containsExactlyElementsOf(afterBos.subList(1, afterBos.size()));
        if (name.equals("tie")) assertThat(row).allMatch(DecodedValue::isTie);
    }
}
