package org.raspworkbench.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.rasp.Encoding;

/**
 * Exports a compiled model, reads the files back, runs the TransformerLens-style forward on every
 * golden input and compares residual snapshots (by direction label, or as a multiset of direction
 * trajectories where the golden's names differ) and decoded outputs with what Tracr computed.
 */
final class GoldenWeightsCheck {
    static final double TOLERANCE = 1e-3;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldenWeightsCheck() {
    }

    /** The repository root: the first directory above the working one holding compiler-core and a pom. */
    static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("compiler-core")) && Files.exists(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    /** The shared golden directory, {@code ../shared/golden} beside the repository root. */
    static Path goldenDir() {
        return repoRoot().resolveSibling("shared").resolve("golden");
    }

    /** An empty result when the exported weights reproduce every golden run; else what differs first. */
    static Optional<String> check(String name, CompiledModel model, Path exportDir, DType dtype) throws IOException {
        JsonNode gold = MAPPER.readTree(goldenDir().resolve(name + ".json").toFile());
        ExportWriter.write(ModelToTransformerLens.run(model, name), exportDir, dtype);
        TransformerLensWeights w = TransformerLensWeights.fromStateDict(
                NumpyReader.readNpz(exportDir.resolve(ExportWriter.WEIGHTS)), model.config().causal());
        JsonNode vocab = MAPPER.readTree(exportDir.resolve(ExportWriter.VOCAB).toFile());
        List<String> labels = new ArrayList<>();
        vocab.get("residual").forEach(n -> labels.add(n.asText()));
        boolean namesMatch = gold.get("names_match").asBoolean();
        for (JsonNode run : gold.get("runs")) {
            int[] ids = tokenIds(vocab, run.get("input"), model);
            TransformerLensRun mine = TransformerLensForward.run(w, ids);
            String where = name + " on " + run.get("input");
            Optional<String> diff = namesMatch ? compareByLabel(mine, labels, gold, run) : compareTrajectories(mine, gold, run);
            if (diff.isPresent()) return Optional.of(where + ": " + diff.get());
            diff = compareDecoded(mine, vocab, run.get("decoded"), model.output().encoding());
            if (diff.isPresent()) return Optional.of(where + ": " + diff.get());
        }
        return Optional.empty();
    }

    private static int[] tokenIds(JsonNode vocab, JsonNode input, CompiledModel model) {
        List<String> tokens = new ArrayList<>();
        vocab.get("input_tokens").forEach(t -> tokens.add(key(t)));
        int[] ids = new int[input.size() + 1];
        ids[0] = tokens.indexOf(key(MAPPER.valueToTree(model.program().settings().bos())));
        for (int i = 0; i < input.size(); i++) ids[i + 1] = tokens.indexOf(key(input.get(i)));
        for (int id : ids) if (id < 0) throw new IllegalStateException("input " + input + " has a token not in " + tokens);
        return ids;
    }

    /** JSON values compared as Python compares them: {@code 1 == 1.0 == True}. */
    private static String key(JsonNode n) {
        if (n.isBoolean()) return n.asBoolean() ? "1" : "0";
        if (n.isNumber()) return n.asDouble() == Math.rint(n.asDouble()) ? Long.toString(n.asLong()) : Double.toString(n.asDouble());
        return "s:" + n.asText();
    }

    private static Optional<String> compareByLabel(TransformerLensRun mine, List<String> labels, JsonNode gold, JsonNode run) {
        JsonNode goldLabels = gold.get("model").get("residual");
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) column.put(labels.get(i), i);
        if (goldLabels.size() != labels.size()) {
            return Optional.of("d_model " + labels.size() + " vs golden " + goldLabels.size());
        }
        JsonNode snaps = run.get("residuals");
        if (snaps.size() != mine.residuals().size()) {
            return Optional.of(mine.residuals().size() + " snapshots vs golden " + snaps.size());
        }
        for (int k = 0; k < snaps.size(); k++) {
            for (int p = 0; p < snaps.get(k).size(); p++) {
                for (int g = 0; g < goldLabels.size(); g++) {
                    Integer c = column.get(goldLabels.get(g).asText());
                    if (c == null) return Optional.of("no direction " + goldLabels.get(g).asText() + " in the export");
                    double want = snaps.get(k).get(p).get(g).asDouble();
                    double got = mine.residuals().get(k)[p][c];
                    if (Math.abs(want - got) > TOLERANCE) {
                        return Optional.of("snapshot " + k + " position " + p + " " + goldLabels.get(g).asText() + ": "
                                + got + " vs golden " + want);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Each direction's values over all snapshots and positions; the two multisets must pair up. */
    private static Optional<String> compareTrajectories(TransformerLensRun mine, JsonNode gold, JsonNode run) {
        JsonNode snaps = run.get("residuals");
        int d = gold.get("model").get("d_model").asInt();
        List<double[]> want = new ArrayList<>();
        List<double[]> got = new ArrayList<>();
        int len = snaps.size() * snaps.get(0).size();
        for (int c = 0; c < d; c++) {
            double[] tw = new double[len];
            double[] tg = new double[len];
            int i = 0;
            for (int k = 0; k < snaps.size(); k++) {
                for (int p = 0; p < snaps.get(k).size(); p++) {
                    tw[i] = snaps.get(k).get(p).get(c).asDouble();
                    tg[i++] = mine.residuals().get(k)[p][c];
                }
            }
            want.add(tw);
            got.add(tg);
        }
        if (mine.residuals().get(0)[0].length != d) return Optional.of("d_model differs from golden " + d);
        for (double[] tw : want) {
            int match = -1;
            for (int j = 0; j < got.size() && match < 0; j++) if (close(tw, got.get(j))) match = j;
            if (match < 0) return Optional.of("a golden direction's trajectory has no match in the export");
            got.remove(match);
        }
        return Optional.empty();
    }

    private static boolean close(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > TOLERANCE) return false;
        return true;
    }

    private static Optional<String> compareDecoded(TransformerLensRun mine, JsonNode vocab, JsonNode decoded, Encoding enc) {
        for (int p = 1; p < decoded.size(); p++) {
            double[] logits = mine.logits()[p];
            JsonNode want = decoded.get(p);
            if (enc == Encoding.NUMERICAL) {
                if (logits.length != 1) return Optional.of("numerical output with " + logits.length + " columns");
                if (Math.abs(logits[0] - want.asDouble()) > TOLERANCE) {
                    return Optional.of("output at " + p + " is " + logits[0] + ", golden " + want);
                }
            } else {
                int best = 0;
                for (int j = 1; j < logits.length; j++) if (logits[j] > logits[best]) best = j;
                JsonNode got = vocab.get("output_values").get(best);
                if (!key(got).equals(key(want))) return Optional.of("output at " + p + " is " + got + ", golden " + want);
            }
        }
        return Optional.empty();
    }
}
