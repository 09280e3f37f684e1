package org.raspworkbench.core.export;

import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.SettingsJson;
import org.raspworkbench.core.json.ValueJson;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.value.Value;

/** The text of {@code config.json} (HookedTransformerConfig keyword arguments) and {@code vocab.json}. */
final class ExportJson {
    private ExportJson() {
    }

    static String config(String modelName, TransformerLensConfig c) {
        return JsonText.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("model_name", modelName);
            json.writeNumberField("n_layers", c.nLayers());
            json.writeNumberField("d_model", c.dModel());
            json.writeNumberField("d_head", c.dHead());
            json.writeNumberField("n_heads", c.nHeads());
            json.writeNumberField("d_mlp", c.dMlp());
            json.writeNumberField("d_vocab", c.dVocab());
            json.writeNumberField("d_vocab_out", c.dVocabOut());
            json.writeNumberField("n_ctx", c.nCtx());
            json.writeStringField("act_fn", c.actFn());
            json.writeNullField("normalization_type");
            json.writeStringField("attention_dir", c.attentionDir());
            json.writeStringField("positional_embedding_type", "standard");
            json.writeBooleanField("default_prepend_bos", false);
            json.writeEndObject();
        });
    }

    static String vocab(ExportVocab v) {
        return JsonText.pretty(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("input_tokens");
            for (Value t : v.inputTokens()) ValueJson.write(json, t);
            json.writeEndArray();
            json.writeStringField("output_encoding", v.outputEncoding().label());
            if (v.outputEncoding() == Encoding.CATEGORICAL) {
                json.writeArrayFieldStart("output_values");
                for (Value t : v.outputValues()) ValueJson.write(json, t);
                json.writeEndArray();
            } else {
                json.writeStringField("output_name", v.outputName());
            }
            json.writeArrayFieldStart("residual");
            for (String label : v.residual()) json.writeString(label);
            json.writeEndArray();
            json.writeFieldName("settings");
            SettingsJson.write(json, v.settings());
            json.writeEndObject();
        });
    }
}
