package org.raspworkbench.core.craft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.core.bases.BasisDirection;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * Runs each sub-layer of a golden model with our blocks, starting from Tracr's own residual
 * snapshot before it, and compares with Tracr's snapshot after it: the blocks compute what
 * Tracr's do, and the hidden sizes are Tracr's. Skipped where the shared golden files are absent.
 */
class GoldenBlocksTest {
    private static final Path GOLDEN = Path.of("/work/shared/golden");

    static Value value(JsonNode n) {
        if (n.isBoolean()) return BoolValue.of(n.booleanValue());
        if (n.isIntegralNumber()) return IntValue.of(n.longValue());
        if (n.isNumber()) return FloatValue.of(n.doubleValue());
        return StrValue.of(n.textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"length", "hist", "reverse", "sort_unique", "sort", "frac_prevs", "pair_balance",
            "shuffle_dyck2", "password"})
    void subLayersMatchTracr(String program) throws IOException {
        Path file = GOLDEN.resolve(program + ".json");
        Assumptions.assumeTrue(Files.exists(file), "golden files not present");
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode model = root.get("model");
        JsonNode settings = root.get("settings");

        List<Value> vocab = new ArrayList<>();
        settings.get("vocab").forEach(v -> vocab.add(value(v)));
        Fixtures fx = new Fixtures(settings.get("max_seq_len").intValue());
        List<SOp> ops = GoldenPrograms.build(program, fx, vocab);
        for (SOp op : ops) {
            JsonNode vs = model.get("value_sets").get(op.name());
            if (vs == null && op.children().isEmpty()) continue; // tokens or indices the model does not use
            assertThat(vs).as("value set of " + op.name()).isNotNull();
            List<Value> values = new ArrayList<>();
            vs.forEach(v -> values.add(value(v)));
            fx.with(op, values);
        }
        Map<SOp, CraftBlock> blocks = new IdentityHashMap<>();
        for (SOp op : ops) ExprToCraft.build(op, fx.ctx(settings.get("causal").booleanValue())).ifPresent(b -> blocks.put(op, b));

        List<BasisDirection> residual = residualDirections(model, fx, ops, blocks);
        assertThat(keySize(blocks.values())).as("key_size").isEqualTo(model.get("key_size").intValue());
        double scale = 1 / Math.sqrt(model.get("key_size").intValue());
        for (JsonNode run : root.get("runs")) {
            JsonNode snapshots = run.get("residuals");
            for (int s = 1; s < snapshots.size(); s++) {
                JsonNode entry = model.get("blocks").get(s - 1);
                boolean attn = entry.get("kind").textValue().equals("attn");
                List<Map<BasisDirection, Double>> in = residuals(snapshots.get(s - 1), residual);
                List<Map<BasisDirection, Double>> delta = new ArrayList<>();
                for (int p = 0; p < in.size(); p++) delta.add(new HashMap<>());
                List<Mlp> mlps = new ArrayList<>();
                for (JsonNode name : entry.get("sops")) {
                    CraftBlock b = blocks.get(byName(ops, name.textValue()));
                    if (b instanceof SeriesWithResiduals sw) b = sw.blocks().get(attn ? 0 : 1);
                    if (attn) add(delta, CraftEval.attention((AttentionHead) b, in, scale));
                    else mlps.add((Mlp) b);
                }
                if (!mlps.isEmpty()) {
                    Mlp combined = Mlp.combineInParallel(mlps);
                    if (entry.has("hidden")) {
                        assertThat(combined.hiddenSpace().dim()).as("hidden units of " + entry).isEqualTo(entry.get("hidden").intValue());
                    }
                    List<Map<BasisDirection, Double>> out = new ArrayList<>();
                    for (Map<BasisDirection, Double> x : in) out.add(CraftEval.mlp(combined, x));
                    add(delta, out);
                }
                JsonNode expected = snapshots.get(s);
                for (int p = 0; p < in.size(); p++) {
                    for (int d = 0; d < residual.size(); d++) {
                        BasisDirection dir = residual.get(d);
                        double got = in.get(p).getOrDefault(dir, 0.0) + delta.get(p).getOrDefault(dir, 0.0);
                        assertThat(got).as(program + " snapshot " + s + " position " + p + " " + dir)
                                .isCloseTo(expected.get(p).get(d).doubleValue(), within(1e-3));
                    }
                }
            }
        }
    }

    /** Tracr's key_size: the largest dimension of any head's query-key or value-output matrix. */
    private static int keySize(Iterable<CraftBlock> blocks) {
        int max = 0;
        for (CraftBlock b : blocks) {
            CraftBlock head = b instanceof SeriesWithResiduals s ? s.blocks().get(0) : b;
            if (head instanceof AttentionHead h) {
                max = Math.max(max, Math.max(h.qk().left().dim(), h.qk().right().dim()));
                max = Math.max(max, Math.max(h.ov().input().dim(), h.ov().output().dim()));
            }
        }
        return max;
    }

    private static SOp byName(List<SOp> ops, String name) {
        for (SOp op : ops) if (op.name().equals(name)) return op;
        throw new AssertionError("no S-op " + name);
    }

    private static void add(List<Map<BasisDirection, Double>> acc, List<Map<BasisDirection, Double>> more) {
        for (int p = 0; p < acc.size(); p++) {
            Map<BasisDirection, Double> a = acc.get(p);
            more.get(p).forEach((d, v) -> a.merge(d, v, Double::sum));
        }
    }

    /** Our direction for each golden label, in the golden order; every label must be found. */
    private static List<BasisDirection> residualDirections(JsonNode model, Fixtures fx, List<SOp> ops,
                                                           Map<SOp, CraftBlock> blocks) {
        Set<BasisDirection> known = new LinkedHashSet<>(List.of(Fixtures.ONE, Fixtures.BOS,
                new BasisDirection("tokens", StrValue.of("PAD"))));
        for (SOp op : ops) known.addAll(fx.space(op).basis());
        for (CraftBlock b : blocks.values()) collect(b, known);
        List<BasisDirection> out = new ArrayList<>();
        for (JsonNode label : model.get("residual")) {
            BasisDirection found = null;
            for (BasisDirection d : known) if (d.label().equals(label.textValue())) found = d;
            assertThat(found).as("direction " + label).isNotNull();
            out.add(found);
        }
        // and every direction our blocks read or write is one of Tracr's
        Set<BasisDirection> used = new LinkedHashSet<>();
        for (CraftBlock b : blocks.values()) collect(b, used);
        assertThat(out).containsAll(used);
        // and Tracr's residual is what the blocks use plus the embedded tokens and indices
        used.addAll(fx.space(ops.get(0)).basis());
        used.addAll(fx.space(ops.get(1)).basis());
        used.add(Fixtures.BOS);
        used.add(new BasisDirection("tokens", StrValue.of("PAD")));
        assertThat(used).containsAll(out);
        return out;
    }

    private static void collect(CraftBlock b, Set<BasisDirection> into) {
        if (b instanceof SeriesWithResiduals s) {
            s.blocks().forEach(x -> collect(x, into));
        } else if (b instanceof AttentionHead h) {
            into.addAll(h.qk().left().basis());
            into.addAll(h.qk().right().basis());
            into.addAll(h.ov().input().basis());
            into.addAll(h.ov().output().basis());
        } else {
            Mlp m = (Mlp) b;
            into.addAll(m.first().input().basis());
            into.addAll(m.second().output().basis());
        }
    }

    private static List<Map<BasisDirection, Double>> residuals(JsonNode snapshot, List<BasisDirection> dirs) {
        List<Map<BasisDirection, Double>> out = new ArrayList<>();
        for (JsonNode row : snapshot) {
            Map<BasisDirection, Double> r = new HashMap<>();
            for (int d = 0; d < dirs.size(); d++) {
                double v = row.get(d).doubleValue();
                if (v != 0) r.put(dirs.get(d), v);
            }
            out.add(r);
        }
        return out;
    }
}
