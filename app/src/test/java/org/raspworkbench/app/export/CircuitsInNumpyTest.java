package org.raspworkbench.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.raspworkbench.app.Cli;

/**
 * What a notebook sees: numpy, given only the exported {@code weights.npz}, {@code vocab.json},
 * {@code ground_truth.json} and {@code circuits.json}, recomputes every QK score and OV value from
 * TransformerLens's W_Q, W_K, W_V, W_O, and finds each head writing exactly the directions the ground
 * truth says and every unused head empty. Skipped where python3 with numpy is missing.
 */
class CircuitsInNumpyTest {
    @TempDir
    Path dir;

    private static final String SCRIPT = String.join("\n",
            "import json, numpy as np",
            "w = np.load('w/weights.npz')",
            "vocab = json.load(open('w/vocab.json'))",
            "gt = json.load(open('w/ground_truth.json'))",
            "c = json.load(open('c/circuits.json'))",
            "col = {l: i for i, l in enumerate(vocab['residual'])}",
            "d = len(col)",
            "def vec(label):",
            "    x = np.zeros(d)",
            "    if 'one' in col: x[col['one']] = 1",
            "    if label in col:",
            "        x[col[label]] += 1",
            "    else:  # a numerical direction at a value: name=value",
            "        name, value = label.split('=', 1)",
            "        x[col[name]] += {'True': 1.0, 'False': 0.0}[value] if value in ('True', 'False') else float(value)",
            "    return x",
            "checked = 0",
            "for h in c['heads']:",
            "    b = lambda n: w[f\"blocks.{h['layer']}.attn.{n}\"][h['head']].astype(np.float64)",
            "    wq, wk, wv, wo = b('W_Q'), b('W_K'), b('W_V'), b('W_O')",
            "    for i, q in enumerate(h['qk']['queries']):",
            "        for j, k in enumerate(h['qk']['keys']):",
            "            s = (vec(q) @ wq) @ (vec(k) @ wk) / np.sqrt(wq.shape[1])",
            "            assert abs(s - h['qk']['scores'][i][j]) <= 1e-4 * max(1, abs(s)), (h['sop'], q, k, s)",
            "            checked += 1",
            "    for i, v in enumerate(h['ov']['inputs']):",
            "        out = vec(v) @ wv @ wo",
            "        for o, label in enumerate(h['ov']['outputs']):",
            "            assert abs(out[col[label]] - h['ov']['values'][i][o]) <= 1e-5, (h['sop'], v, label)",
            "            checked += 1",
            "for h in gt['heads']:",
            "    wo = w[f\"blocks.{h['layer']}.attn.W_O\"][h['head']]",
            "    written = set(np.nonzero(np.abs(wo).sum(0))[0].tolist())",
            "    assert written == {col[l] for l in h['writes']}, (h['sop'], written)",
            "for h in gt['unused_heads']:",
            "    assert not w[f\"blocks.{h['layer']}.attn.W_O\"][h['head']].any()",
            "for m in gt['mlps']:",
            "    w_in = w[f\"blocks.{m['layer']}.mlp.W_in\"]",
            "    used = set(np.nonzero(np.abs(w_in).sum(0))[0].tolist())",
            "    assert set(m['hidden_units']) <= used, (m['sop'], m['hidden_units'])",
            "print(checked)",
            "");

    @ParameterizedTest
    @ValueSource(strings = {"sort", "sat3_verifier", "frac_prevs"})
    void numpyRecomputesTheGridsFromTheExportedWeights(String sample) throws Exception {
        assumeTrue(hasNumpy(), "python3 with numpy is not installed");
        Cli weights = Cli.run("export", "weights", Cli.sample(sample).toString(), "--out", dir.resolve("w").toString(),
                "--ground-truth");
        assertThat(weights.exit()).as(weights.out()).isZero();
        Cli circuits = Cli.run("export", "circuits", Cli.sample(sample).toString(), "--out", dir.resolve("c").toString(),
                "--dpi", "30");
        assertThat(circuits.exit()).as(circuits.out()).isZero();
        Process p = new ProcessBuilder("python3", "-c", SCRIPT).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(Integer.parseInt(out.strip())).isPositive();
    }

    private static boolean hasNumpy() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
