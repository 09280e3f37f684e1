package org.raspworkbench.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourcePos;
import org.raspworkbench.core.source.SourceRange;

/** Prints errors in the command line's JSON form and gives the exit status that goes with them. */
final class CliErrors {
    static final int EXIT_ERRORS = 2;
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CliErrors() {
    }

    /** {@code {"errors": [{"kind", "message", "range": {"start": {line, column}, "end": {...}}}]}}. */
    static int print(PrintStream out, List<Diagnostic> errors) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("errors");
        for (Diagnostic d : errors) {
            ObjectNode e = list.addObject();
            e.put("kind", d.kind().label());
            e.put("message", d.message());
            ObjectNode range = e.putObject("range");
            position(range.putObject("start"), d.range().start());
            position(range.putObject("end"), d.range().end());
        }
        out.println(root.toPrettyString());
        out.flush();
        return EXIT_ERRORS;
    }

    /** An error that comes from the command's arguments, not from the program text. */
    static int print(PrintStream out, ErrorKind kind, String message) {
        return print(out, List.of(Diagnostic.error(kind, message, SourceRange.NONE)));
    }

    private static void position(ObjectNode node, SourcePos pos) {
        node.put("line", pos.line());
        node.put("column", pos.column());
    }
}
