package org.raspworkbench.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/** The export's {@code README.md}: what the files are, loading into TransformerLens and numpy, a check. */
final class ExportReadme {
    private ExportReadme() {
    }

    static String text(TransformerLensExport e, DType dtype) {
        return text(e, dtype, false);
    }

    /** @param groundTruth whether {@code ground_truth.json} is written beside the weights */
    static String text(TransformerLensExport e, DType dtype, boolean groundTruth) {
        TransformerLensConfig c = e.config();
        boolean categorical = e.vocab().outputEncoding() == Encoding.CATEGORICAL;
        StringBuilder s = new StringBuilder();
        s.append("# ").append(e.modelName()).append(": a RASP program compiled to a transformer\n\n")
                .append("Written by RASP Workbench, weights exactly as Tracr assembles them.\n\n")
                .append("- `weights.npz`: one ").append(dtype.displayName())
                .append(" array per TransformerLens state-dict key (`embed.W_E` [d_vocab, d_model], `pos_embed.W_pos`")
                .append(" [n_ctx, d_model], `blocks.{l}.attn.W_Q/W_K/W_V` [n_heads, d_model, d_head], `W_O`")
                .append(" [n_heads, d_head, d_model], biases, `blocks.{l}.mlp.W_in/W_out`, `unembed.W_U` [d_model, d_vocab_out]).\n")
                .append("- `config.json`: HookedTransformerConfig arguments (").append(c.nLayers()).append(" layers, d_model ")
                .append(c.dModel()).append(", n_heads ").append(c.nHeads()).append(", d_head ").append(c.dHead())
                .append(", d_mlp ").append(c.dMlp()).append(", attention ").append(c.attentionDir())
                .append(", ReLU, no layer norm).\n")
                .append("- `vocab.json`: `input_tokens` (token id = position in this list; BOS and PAD included), ")
                .append(categorical ? "`output_values` (the unembedding's columns: take the argmax)"
                        : "`output_name` (numerical output: the single unembedding column is the value)")
                .append(", `residual` (label of each residual direction), `settings`.\n\n")
                .append("Inputs start with the BOS token (`").append(e.vocab().settings().bos())
                .append("`) at position 0; at most ").append(c.nCtx()).append(" tokens including BOS. ")
                .append("The output at position 0 means nothing.\n\n");
        s.append("## TransformerLens\n\n```python\n")
                .append("import json, numpy as np, torch\n")
                .append("from transformer_lens import HookedTransformer, HookedTransformerConfig\n\n")
                .append("cfg = HookedTransformerConfig(**json.load(open(\"config.json\"))")
                .append(dtype == DType.FLOAT64 ? ", dtype=torch.float64)\n" : ")\n")
                .append("model = HookedTransformer(cfg)\n")
                .append("w = np.load(\"weights.npz\")\n")
                .append("model.load_state_dict({k: torch.from_numpy(w[k]) for k in w.files}, strict=False)  # masks stay as built\n")
                .append("vocab = json.load(open(\"vocab.json\"))\n");
        example(e).ifPresent(ex -> s.append("logits, cache = model.run_with_cache(torch.tensor([[").append(ex.ids).append("]]))  # [batch, pos]\n")
                .append(categorical ? "print([vocab[\"output_values\"][i] for i in logits[0].argmax(-1).tolist()][1:])\n"
                        : "print(logits[0, 1:, 0].tolist())\n")
                .append("# cache[\"resid_post\", l] is the residual stream after layer l (columns: vocab[\"residual\"])\n"));
        s.append("```\n\n## Plain numpy\n\n```python\n")
                .append("import json, numpy as np\n\n")
                .append("w = np.load(\"weights.npz\")\n")
                .append("cfg = json.load(open(\"config.json\"))\n")
                .append("vocab = json.load(open(\"vocab.json\"))\n\n")
                .append("def forward(ids):\n")
                .append("    \"\"\"Logits [pos, d_vocab_out] and residuals (embeddings, then after each attention and MLP).\"\"\"\n")
                .append("    x = w[\"embed.W_E\"][ids] + w[\"pos_embed.W_pos\"][:len(ids)]\n")
                .append("    residuals = [x]\n")
                .append("    for l in range(cfg[\"n_layers\"]):\n")
                .append("        b = lambda name: w[f\"blocks.{l}.{name}\"]\n")
                .append("        q = np.einsum(\"pd,hde->hpe\", x, b(\"attn.W_Q\")) + b(\"attn.b_Q\")[:, None]\n")
                .append("        k = np.einsum(\"pd,hde->hpe\", x, b(\"attn.W_K\")) + b(\"attn.b_K\")[:, None]\n")
                .append("        v = np.einsum(\"pd,hde->hpe\", x, b(\"attn.W_V\")) + b(\"attn.b_V\")[:, None]\n")
                .append("        scores = q @ k.transpose(0, 2, 1) / np.sqrt(cfg[\"d_head\"])\n")
                .append("        if cfg[\"attention_dir\"] == \"causal\":\n")
                .append("            scores = np.where(np.tril(np.ones(scores.shape[1:], bool)), scores, -np.inf)\n")
                .append("        pattern = np.exp(scores - scores.max(-1, keepdims=True))\n")
                .append("        pattern /= pattern.sum(-1, keepdims=True)\n")
                .append("        x = x + np.einsum(\"hpe,hed->pd\", pattern @ v, b(\"attn.W_O\")) + b(\"attn.b_O\")\n")
                .append("        residuals.append(x)\n")
                .append("        x = x + np.maximum(x @ b(\"mlp.W_in\") + b(\"mlp.b_in\"), 0) @ b(\"mlp.W_out\") + b(\"mlp.b_out\")\n")
                .append("        residuals.append(x)\n")
                .append("    return x @ w[\"unembed.W_U\"] + w[\"unembed.b_U\"], residuals\n");
        example(e).ifPresent(ex -> {
            s.append("\n# Check against RASP Workbench on ").append(ex.input).append(":\n")
                    .append("logits, residuals = forward([").append(ex.ids).append("])\n");
            if (categorical) {
                s.append("assert logits[1:].argmax(-1).tolist() == [").append(ex.expected).append("]\n")
                        .append("print([vocab[\"output_values\"][i] for i in logits[1:].argmax(-1)])  # ")
                        .append(ex.decoded).append("\n");
            } else {
                s.append("assert np.allclose(logits[1:, 0], [").append(ex.expected).append("], atol=1e-3)\n")
                        .append("print(logits[1:, 0])\n");
            }
        });
        s.append("```\n");
        if (groundTruth) groundTruth(s, e);
        return s.toString();
    }

    /** How to read {@code ground_truth.json} next to the model's activations in TransformerLens. */
    private static void groundTruth(StringBuilder s, TransformerLensExport e) {
        s.append("\n## Ground truth (`ground_truth.json`)\n\n")
                .append("The circuit this model is known to implement, for scoring circuit discovery: `heads` (each head's ")
                .append("`layer`, `head` index, the S-op it computes and the `kind` of RASP expression, the S-ops it reads ")
                .append("as `query_sop`, `key_sop`, `value_sop`, its TransformerLens `hooks` (`blocks.L.attn.hook_z`, ")
                .append("`blocks.L.attn.hook_pattern`, ...; index them with `head`), and the residual directions it ")
                .append("reads and `writes`), `unused_heads` (zero weights), `mlps` (per S-op: its layer, `kind`, `inputs`, ")
                .append("`hooks` (`blocks.L.hook_mlp_out`, `blocks.L.mlp.hook_post`), its `hidden_units` as columns of `d_mlp` ")
                .append("(`hidden_range` [from, to) when contiguous) and ")
                .append("their labels), `residual` (per direction of `d_model`: `index`, `label`, the `sop` it belongs to ")
                .append("and the component that writes it: `embed`, `L.H` or `L.mlp`), `sops` (each S-op's kind, encoding, ")
                .append("`residual_range`, inputs and writers) and `edges` (component to component, ")
                .append("with the S-op passed on). A selector width is a head writing `NAME_selector_width_attn_output` ")
                .append("and an MLP turning that into the width.\n\n```python\n")
                .append("gt = json.load(open(\"ground_truth.json\"))\n");
        Optional<PyExample> ex = example(e);
        s.append("tokens = torch.tensor([[").append(ex.map(PyExample::ids).orElse("0")).append("]])")
                .append(ex.isPresent() ? "  # BOS + " + ex.get().input() + "\n" : "  # BOS first, then token ids\n")
                .append("_, cache = model.run_with_cache(tokens)\n")
                .append("for h in gt[\"heads\"]:\n")
                .append("    z = cache[h[\"hooks\"][\"z\"]][0, :, h[\"head\"]]  # [pos, d_head]\n")
                .append("    pattern = cache[h[\"hooks\"][\"pattern\"]][0, h[\"head\"]]  # [query pos, key pos]\n")
                .append("    print(h[\"component\"], h[\"kind\"], h[\"sop\"], \"<-\", h[\"query_sop\"], h[\"key_sop\"], h[\"value_sop\"])\n")
                .append("for m in gt[\"mlps\"]:\n")
                .append("    post = cache[m[\"hooks\"][\"post\"]][0][:, m[\"hidden_units\"]]  # [pos, this S-op's hidden units]\n")
                .append("    out = cache[m[\"hooks\"][\"out\"]][0]  # [pos, d_model]: the whole layer's MLP\n")
                .append("    print(m[\"component\"], m[\"kind\"], m[\"sop\"], \"<-\", m[\"inputs\"])\n")
                .append("column = {d[\"label\"]: d[\"index\"] for d in gt[\"residual\"]}\n")
                .append("out_dirs = [d[\"index\"] for d in gt[\"residual\"] if d[\"sop\"] == gt[\"output\"]]\n")
                .append("print(cache[\"resid_post\", model.cfg.n_layers - 1][0][:, out_dirs])  # the output S-op's directions\n")
                .append("true_edges = {(e[\"from\"], e[\"to\"]) for e in gt[\"edges\"]}  # score a discovered circuit against these\n")
                .append("```\n\n")
                .append("`blocks.L.attn.hook_result` (each head's output in `d_model`) needs `model.set_use_attn_result(True)` ")
                .append("before the run.\n");
    }

    /** The example as Python text: token ids, expected argmax columns (or numbers), and for show the values. */
    private record PyExample(String input, String ids, String expected, String decoded) {
    }

    private static Optional<PyExample> example(TransformerLensExport e) {
        if (e.example().isEmpty()) return Optional.empty();
        ExportExample ex = e.example().get();
        ExportVocab v = e.vocab();
        StringJoiner ids = new StringJoiner(", ");
        List<Value> tokens = new ArrayList<>();
        tokens.add(new StrValue(v.settings().bos()));
        tokens.addAll(ex.input());
        for (Value t : tokens) {
            int id = v.tokenId(t);
            if (id < 0) return Optional.empty();
            ids.add(Integer.toString(id));
        }
        StringJoiner expected = new StringJoiner(", ");
        StringJoiner decoded = new StringJoiner(", ");
        for (Value d : ex.decoded().subList(1, ex.decoded().size())) {
            if (v.outputEncoding() == Encoding.CATEGORICAL) {
                int col = v.outputValues().indexOf(d);
                if (col < 0) return Optional.empty();
                expected.add(Integer.toString(col));
            } else {
                if (!(d instanceof NumericValue n)) return Optional.empty();
                expected.add(Double.toString(n.asDouble()));
            }
            decoded.add(d.repr());
        }
        StringJoiner input = new StringJoiner(", ", "[", "]");
        for (Value t : ex.input()) input.add(t.repr());
        return Optional.of(new PyExample(input.toString(), ids.toString(), expected.toString(),
                "[" + decoded + "]"));
    }
}
