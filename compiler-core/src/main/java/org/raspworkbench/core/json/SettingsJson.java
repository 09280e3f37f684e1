package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.raspworkbench.core.rasp.CompileSettings;

/**
 * A program's settings as the golden files and the export's {@code vocab.json} hold them:
 * {@code {"vocab", "max_seq_len", "causal", "bos", "pad", "mlp_exactness"}}.
 */
public final class SettingsJson {
    private SettingsJson() {
    }

    public static void write(JsonGenerator g, CompileSettings s) throws IOException {
        g.writeStartObject();
        g.writeFieldName("vocab");
        ValueJson.writeArray(g, s.vocab());
        g.writeNumberField("max_seq_len", s.maxSeqLen());
        g.writeBooleanField("causal", s.causal());
        g.writeStringField("bos", s.bos());
        g.writeStringField("pad", s.pad());
        g.writeFieldName("mlp_exactness");
        // Tracr's default is the int 100; a whole number prints as one, as Python would hold it
        double e = s.mlpExactness();
        if (e == Math.rint(e) && Math.abs(e) < 1e15) g.writeNumber((long) e);
        else ValueJson.writeFloat(g, e);
        g.writeEndObject();
    }
}
