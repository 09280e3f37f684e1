package org.raspworkbench.core.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Java port of {@code shared/tools/golden_compare.py}: the first difference between a trace
 * (the schema {@code rasp trace} prints) and a golden file, or empty when they match. Keep it in
 * step with the Python tool, quirks included.
 */
final class GoldenCompare {
    static final double TOL = 1e-3;

    private GoldenCompare() {
    }

    static Optional<String> compare(JsonNode mine, JsonNode gold) {
        JsonNode gm = gold.get("model");
        JsonNode mm = mine.get("model");
        for (String k : List.of("d_model", "layers", "heads", "key_size", "mlp_hidden")) {
            if (!gm.get(k).equals(mm.get(k))) return diff("model." + k + ": " + mm.get(k) + " != tracr " + gm.get(k));
        }
        if (!gm.get("output").get("encoding").equals(mm.path("output").path("encoding"))) {
            return diff("output encoding " + mm.get("output") + " != " + gm.get("output"));
        }
        if (mine.get("runs").size() != gold.get("runs").size()) {
            return diff(mine.get("runs").size() + " runs != " + gold.get("runs").size());
        }
        boolean namesMatch = gold.get("names_match").asBoolean();
        if (namesMatch) {
            Optional<String> d = compareStructure(mm, gm);
            if (d.isPresent()) return d;
        }
        for (int r = 0; r < gold.get("runs").size(); r++) {
            Optional<String> d = compareRun(mine, gold, mine.get("runs").get(r), gold.get("runs").get(r), namesMatch);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<String> compareStructure(JsonNode mm, JsonNode gm) {
        List<String> mineLabels = texts(mm.get("residual"));
        List<String> goldLabels = texts(gm.get("residual"));
        if (!new java.util.HashSet<>(mineLabels).equals(new java.util.HashSet<>(goldLabels))) {
            List<String> extra = new ArrayList<>(mineLabels);
            extra.removeAll(goldLabels);
            List<String> missing = new ArrayList<>(goldLabels);
            missing.removeAll(mineLabels);
            return diff("residual labels differ: extra " + extra + " missing " + missing);
        }
        List<String> gb = blocks(gm.get("blocks"));
        List<String> mb = blocks(mm.get("blocks"));
        if (!gb.equals(mb)) {
            for (int i = 0; i < Math.min(gb.size(), mb.size()); i++) {
                if (!gb.get(i).equals(mb.get(i))) return diff("block " + mb.get(i) + " != tracr " + gb.get(i));
            }
            return diff("blocks differ in count");
        }
        Iterator<Map.Entry<String, JsonNode>> it = gm.get("value_sets").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode m = mm.get("value_sets").get(e.getKey());
            List<JsonNode> mineVals = m == null ? List.of() : sortedVals(m);
            if (!valsEq(mineVals, sortedVals(e.getValue()))) {
                return diff("value set of " + e.getKey() + ": " + m + " != " + e.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> compareRun(JsonNode mine, JsonNode gold, JsonNode mr, JsonNode gr,
                                               boolean namesMatch) {
        if (!valsEq(list(mr.get("input")), list(gr.get("input")))) {
            return diff("run input " + mr.get("input") + " != " + gr.get("input"));
        }
        List<JsonNode> md = list(mr.get("decoded"));
        List<JsonNode> gd = list(gr.get("decoded"));
        if (!valsEq(md.subList(1, md.size()), gd.subList(1, gd.size()))) {
            boolean bad = md.size() != gd.size();
            List<JsonNode> ev = list(gr.get("evaluated"));
            for (int i = 0; i + 1 < Math.min(md.size(), gd.size()) && i < ev.size(); i++) {
                if (!ev.get(i).isNull() && !close(md.get(i + 1), gd.get(i + 1))) bad = true;
            }
            if (bad) return diff("input " + gr.get("input") + ": decoded " + mr.get("decoded") + " != tracr "
                    + gr.get("decoded"));
        }
        // a causal program may be evaluated with the causal mask (the model's semantics) or without it (Tracr's)
        boolean causalMatch = gr.has("evaluated_causal")
                && valsEq(list(mr.get("evaluated")), list(gr.get("evaluated_causal")));
        if (!valsEq(list(mr.get("evaluated")), list(gr.get("evaluated"))) && !causalMatch) {
            return diff("input " + gr.get("input") + ": evaluated " + mr.get("evaluated") + " != tracr "
                    + gr.get("evaluated"));
        }
        if (mr.get("residuals").size() != gr.get("residuals").size()) {
            return diff("input " + gr.get("input") + ": " + mr.get("residuals").size() + " snapshots != "
                    + gr.get("residuals").size());
        }
        List<Map.Entry<String, double[]>> gt = trajectories(gold, gr);
        List<Map.Entry<String, double[]>> mt = trajectories(mine, mr);
        if (namesMatch) {
            Map<String, double[]> mtd = new HashMap<>();
            for (Map.Entry<String, double[]> e : mt) mtd.put(e.getKey(), e.getValue());
            for (Map.Entry<String, double[]> e : gt) {
                double[] m = mtd.get(e.getKey());
                if (m == null || !within(m, e.getValue())) {
                    return diff("input " + gr.get("input") + ": residual direction " + e.getKey() + " differs");
                }
            }
        } else {
            List<double[]> pool = new ArrayList<>();
            for (Map.Entry<String, double[]> e : mt) pool.add(e.getValue());
            for (Map.Entry<String, double[]> e : gt) {
                int hit = -1;
                for (int i = 0; i < pool.size() && hit < 0; i++) {
                    if (within(pool.get(i), e.getValue())) hit = i;
                }
                if (hit < 0) return diff("input " + gr.get("input") + ": no direction matches tracr's " + e.getKey());
                pool.remove(hit);
            }
        }
        return Optional.empty();
    }

    private static boolean within(double[] m, double[] g) {
        if (m.length != g.length) return false;
        for (int i = 0; i < m.length; i++) {
            if (Math.abs(m[i] - g[i]) > TOL) return false;
        }
        return true;
    }

    private static List<Map.Entry<String, double[]>> trajectories(JsonNode doc, JsonNode run) {
        List<String> labels = texts(doc.get("model").get("residual"));
        JsonNode snaps = run.get("residuals");
        List<Map.Entry<String, double[]>> out = new ArrayList<>();
        for (int j = 0; j < labels.size(); j++) {
            List<Double> vals = new ArrayList<>();
            for (JsonNode s : snaps) {
                for (JsonNode pos : s) vals.add(pos.get(j).asDouble());
            }
            double[] v = new double[vals.size()];
            for (int i = 0; i < v.length; i++) v[i] = vals.get(i);
            out.add(Map.entry(labels.get(j), v));
        }
        return out;
    }

    /** Python's {@code close}: exact (Python ==) for bools, None and strings, 1e-3 relative for numbers. */
    static boolean close(JsonNode a, JsonNode b) {
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!close(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        boolean exact = a.isBoolean() || b.isBoolean() || a.isNull() || b.isNull() || a.isTextual() || b.isTextual();
        if (exact) return pyEquals(a, b);
        if (a.isNumber() && b.isNumber()) {
            return Math.abs(a.asDouble() - b.asDouble()) <= TOL * Math.max(1.0, Math.abs(b.asDouble()));
        }
        return pyEquals(a, b);
    }

    private static boolean pyEquals(JsonNode a, JsonNode b) {
        boolean an = a.isNumber() || a.isBoolean();
        boolean bn = b.isNumber() || b.isBoolean();
        if (an && bn) return number(a) == number(b);
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) {
                if (!pyEquals(a.get(i), b.get(i))) return false;
            }
            return true;
        }
        return a.equals(b);
    }

    private static double number(JsonNode n) {
        return n.isBoolean() ? (n.asBoolean() ? 1 : 0) : n.asDouble();
    }

    private static boolean valsEq(List<JsonNode> a, List<JsonNode> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            if (!close(a.get(i), b.get(i))) return false;
        }
        return true;
    }

    /** Python's {@code sorted(v, key=lambda x: (str(type(x)), x))}. */
    private static List<JsonNode> sortedVals(JsonNode v) {
        List<JsonNode> out = list(v);
        Comparator<JsonNode> byType = Comparator.comparing(GoldenCompare::pyType);
        out.sort(byType.thenComparing((x, y) -> {
            if (x.isTextual()) return x.asText().compareTo(y.asText());
            return Double.compare(number(x), number(y));
        }));
        return out;
    }

    private static String pyType(JsonNode n) {
        if (n.isBoolean()) return "<class 'bool'>";
        if (n.isIntegralNumber()) return "<class 'int'>";
        if (n.isNumber()) return "<class 'float'>";
        if (n.isTextual()) return "<class 'str'>";
        if (n.isNull()) return "<class 'NoneType'>";
        return "<class 'list'>";
    }

    private static List<String> blocks(JsonNode blocks) {
        List<String> out = new ArrayList<>();
        for (JsonNode b : blocks) {
            List<String> sops = texts(b.get("sops"));
            sops.sort(null);
            out.add(b.get("layer").asInt() + "/" + b.get("kind").asText() + " " + sops);
        }
        return out;
    }

    private static List<String> texts(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(n.asText());
        return out;
    }

    private static List<JsonNode> list(JsonNode arr) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(n);
        return out;
    }

    private static Optional<String> diff(String s) {
        return Optional.of(s);
    }
}
