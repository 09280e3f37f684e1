package org.raspworkbench.core.circuits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;

/** circuits.json parses back to the grids, tables and attribution it was written from. */
class CircuitsJsonTest {
    @Test
    void oneHeadOrLayerAtATimeGivesWhatTheWholeModelGives() {
        CompiledModel model = Programs.sample("sort");
        ModelCircuits all = ModelCircuits.of(model, Optional.empty());
        HeadGrids one = ModelToHeadGrids.of(model, 2, 0);
        assertThat(all.head(2, 0).orElseThrow().qk().scores()).isDeepEqualTo(one.qk().scores());
        assertThat(all.head(0, 0)).isEmpty();
        assertThat(ModelToMlpTables.of(model, 1)).hasSize(1);
        assertThat(all.mlpsIn(1).get(0).rows()).isEqualTo(ModelToMlpTables.of(model, 1).get(0).rows());
        assertThat(all.mlpOf("keys").orElseThrow().layer()).isZero();
        assertThat(all.attributionAt(1)).isEmpty();
    }

    @Test
    void parsesBackToTheMatricesAndLabels() throws Exception {
        CompiledModel model = Programs.sample("sort");
        ModelCircuits c = ModelCircuits.of(model, Optional.of(ForwardPass.run(model,
                model.program().settings().example().orElseThrow())));
        JsonNode json = new ObjectMapper().readTree(CircuitsJson.document("sort", c));
        assertThat(json.get("heads").size()).isEqualTo(c.heads().size());
        for (int i = 0; i < c.heads().size(); i++) {
            HeadGrids h = c.heads().get(i);
            JsonNode qk = json.get("heads").get(i).get("qk");
            assertThat(qk.get("queries").size()).isEqualTo(h.qk().queries().size());
            assertThat(qk.get("keys").get(0).asText()).isEqualTo("tokens:BOS");
            for (int q = 0; q < h.qk().scores().length; q++) {
                for (int k = 0; k < h.qk().scores()[q].length; k++) {
                    assertThat(qk.get("scores").get(q).get(k).asDouble()).isCloseTo(h.qk().scores()[q][k], within(1e-12));
                }
            }
            JsonNode ov = json.get("heads").get(i).get("ov");
            assertThat(ov.get("outputs").size()).isEqualTo(h.ov().outputs().size());
            assertThat(ov.get("values").size()).isEqualTo(h.ov().inputs().size());
        }
        JsonNode mlp = json.get("mlps").get(0);
        assertThat(mlp.get("sop").asText()).isEqualTo("keys");
        assertThat(mlp.get("rows").get(0).get("input").size()).isEqualTo(2);
        assertThat(mlp.get("rows").get(0).get("agreement").asText()).isEqualTo("agrees");
        assertThat(json.get("attribution").get("positions").size()).isEqualTo(5);
        assertThat(json.get("attribution").get("positions").get(0).get("contributions").get(0).get("component").asText())
                .isEqualTo("embed");
        JsonNode head = json.get("attribution").get("positions").get(0).get("contributions").get(4);
        assertThat(head.get("component").asText()).isEqualTo("L2.H0");
        assertThat(head.get("difference").asDouble()).isCloseTo(head.get("winner").asDouble() - head.get("runner_up").asDouble(),
                within(1e-12)).isGreaterThan(0.9);
    }
}
