package org.raspworkbench.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.SourcePos;

/**
 * How a diagnostic prints: {@code {"kind": "type", "message": "...", "range": {"start": {"line": 3,
 * "column": 5}, "end": {...}}}}; lines and columns count from 1.
 */
public final class DiagnosticJson {
    private DiagnosticJson() {
    }

    public static void write(JsonGenerator g, Diagnostic d) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", d.kind().label());
        g.writeStringField("message", d.message());
        g.writeObjectFieldStart("range");
        pos(g, "start", d.range().start());
        pos(g, "end", d.range().end());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void pos(JsonGenerator g, String field, SourcePos p) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeNumberField("line", p.line());
        g.writeNumberField("column", p.column());
        g.writeEndObject();
    }

    /** {@code "errors": [...]} as a field of the object being written. */
    public static void writeErrorsField(JsonGenerator g, List<Diagnostic> errors) throws IOException {
        g.writeArrayFieldStart("errors");
        for (Diagnostic d : errors) write(g, d);
        g.writeEndArray();
    }

    /**
     * {@code "notes": [...]}: where the program compiles although Tracr fails on it, what Tracr does and
     * what we do instead (same shape as an error).
     */
    public static void writeNotesField(JsonGenerator g, List<Diagnostic> notes) throws IOException {
        g.writeArrayFieldStart("notes");
        for (Diagnostic d : notes) write(g, d);
        g.writeEndArray();
    }

    /** The whole object {@code {"errors": [...]}}, the answer of a command whose program has errors. */
    public static void writeErrorsObject(JsonGenerator g, List<Diagnostic> errors) throws IOException {
        g.writeStartObject();
        writeErrorsField(g, errors);
        g.writeEndObject();
    }
}
