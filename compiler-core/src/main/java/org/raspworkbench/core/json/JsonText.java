package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** One JSON document as text, on one line or indented; every JSON the product writes comes from here. */
public final class JsonText {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What a caller writes into the generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonText() {
    }

    /** The document on one line, without a line end. */
    public static String line(Body body) {
        return write(body, false);
    }

    /** The document indented, ending with a line end (the export's files). */
    public static String pretty(Body body) {
        return write(body, true) + "\n";
    }

    /**
     * The document indented, ending with a line end, written to {@code out} as UTF-8 as it is made
     * (a document of hundreds of megabytes, such as sort's circuits at n = 64, never exists as one
     * string); {@code out} stays open.
     */
    public static void pretty(OutputStream out, Body body) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            body.write(g);
            g.writeRaw('\n');
        }
    }

    private static String write(Body body, boolean pretty) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            // a StringWriter does no I/O: this is a bug in the body
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
