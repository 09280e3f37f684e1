package org.raspworkbench.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.HeadCircuit;
import org.raspworkbench.core.model.LayerCircuit;
import org.raspworkbench.core.model.MlpPart;
import org.raspworkbench.core.rasp.SelectorWidthOp;

/** ground_truth.json names every head, MLP and residual direction of sort and the 3-SAT verifier. */
class GroundTruthJsonTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier"})
    void namesEveryHeadMlpAndDirection(String name) throws IOException {
        CompiledModel model = sample(name);
        JsonNode gt = new ObjectMapper().readTree(GroundTruthJson.document(name, model));
        assertThat(gt.get("output").asText()).isEqualTo(model.output().sop().name());
        int used = 0;
        for (LayerCircuit layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                HeadCircuit head = layer.heads().get(h);
                JsonNode e = gt.get("heads").get(used++);
                assertThat(e.get("layer").asInt()).isEqualTo(layer.layer());
                assertThat(e.get("head").asInt()).isEqualTo(h);
                assertThat(e.get("sop").asText()).isEqualTo(head.sop().name());
                assertThat(e.get("kind").asText()).isIn("aggregate", "selector_width");
                assertThat(e.get("hooks").get("z").asText()).isEqualTo("blocks." + layer.layer() + ".attn.hook_z");
                assertThat(e.get("writes").size()).isEqualTo(head.output().length);
            }
        }
        assertThat(gt.get("heads").size()).isEqualTo(used);
        assertThat(used + gt.get("unused_heads").size()).isEqualTo(model.config().layers() * model.config().heads());
        int parts = 0;
        for (LayerCircuit layer : model.circuits()) {
            for (MlpPart part : layer.mlp()) {
                JsonNode e = gt.get("mlps").get(parts++);
                assertThat(e.get("sop").asText()).isEqualTo(part.sop().name());
                assertThat(e.get("hooks").get("out").asText()).isEqualTo("blocks." + layer.layer() + ".hook_mlp_out");
                assertThat(e.get("hidden_units").size()).isEqualTo(part.hidden().length).isPositive();
                for (JsonNode u : e.get("hidden_units")) assertThat(u.asInt()).isBetween(0, model.config().mlpHidden() - 1);
            }
        }
        assertThat(gt.get("mlps").size()).isEqualTo(parts).isPositive();
        JsonNode residual = gt.get("residual");
        assertThat(residual.size()).isEqualTo(model.config().dModel());
        for (int i = 0; i < residual.size(); i++) {
            assertThat(residual.get(i).get("label").asText()).isEqualTo(model.residual().get(i).label());
            assertThat(residual.get(i).get("index").asInt()).isEqualTo(i);
        }
        JsonNode sops = gt.get("sops");
        assertThat(sops.findValuesAsText("name")).contains(model.output().sop().name(), "tokens", "indices");
        for (JsonNode s : sops) {
            String n = s.get("name").asText();
            if (!n.equals("tokens") && !n.equals("indices")) assertThat(s.get("written_by").size()).as(n).isPositive();
        }
        // every direction of the output is written by a component, and that component is a head or an MLP
        for (JsonNode d : residual) {
            if (d.get("sop").asText().equals(model.output().sop().name())) {
                assertThat(d.get("written_by").asText()).matches("\\d+\\.(\\d+|mlp)");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier"})
    void edgesReachTheOutputFromTheEmbeddings(String name) throws IOException {
        CompiledModel model = sample(name);
        JsonNode gt = new ObjectMapper().readTree(GroundTruthJson.document(name, model));
        Set<String> reached = new HashSet<>(Set.of("embed"));
        // edges are listed layer by layer, so one pass follows them forward
        for (JsonNode e : gt.get("edges")) {
            assertThat(reached).as("edge %s", e).contains(e.get("from").asText());
            reached.add(e.get("to").asText());
        }
        String writer = "";
        for (JsonNode m : gt.get("mlps")) if (m.get("sop").asText().equals(model.output().sop().name())) writer = m.get("component").asText();
        for (JsonNode h : gt.get("heads")) if (h.get("sop").asText().equals(model.output().sop().name())) writer = h.get("component").asText();
        assertThat(reached).contains(writer);
        for (LayerCircuit layer : model.circuits()) {
            for (MlpPart part : layer.mlp()) {
                if (part.sop() instanceof SelectorWidthOp w) {
                    assertThat(gt.get("edges").findValuesAsText("sop")).contains(w.name() + "_selector_width_attn_output");
                }
            }
        }
    }

    @Test
    void theWeightsExportWritesItWhenAskedAndTheReadmeShowsHowToLoadIt() throws IOException {
        CompiledModel model = sample("sort");
        TransformerLensExport export = ModelToTransformerLens.run(model, "sort");
        List<Path> without = ExportWriter.write(export, dir.resolve("plain"), DType.FLOAT32);
        assertThat(without).noneMatch(p -> p.endsWith(ExportWriter.GROUND_TRUTH));
        assertThat(Files.readString(dir.resolve("plain").resolve(ExportWriter.README))).doesNotContain("ground_truth.json");
        List<Path> with = ExportWriter.write(export, Optional.of(model), dir.resolve("gt"), DType.FLOAT32, ExportListener.NONE);
        assertThat(with).contains(dir.resolve("gt").resolve(ExportWriter.GROUND_TRUTH));
        new ObjectMapper().readTree(dir.resolve("gt").resolve(ExportWriter.GROUND_TRUTH).toFile());
        assertThat(Files.readString(dir.resolve("gt").resolve(ExportWriter.README)))
                .contains("json.load(open(\"ground_truth.json\"))", "run_with_cache", "hook_pattern", "\"hidden_units\"");
    }

    private static CompiledModel sample(String name) throws IOException {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("sample-programs").resolve(name + ".rasp");
            if (Files.exists(f)) return Compiler.compile(Files.readString(f)).model().orElseThrow();
        }
        throw new IllegalStateException("no sample " + name);
    }
}
