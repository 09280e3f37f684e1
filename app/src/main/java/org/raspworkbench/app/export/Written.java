package org.raspworkbench.app.export;

import java.nio.file.Path;
import java.util.List;
import org.raspworkbench.core.json.JsonText;

/** The answer of a successful export: {@code {"written": [paths...]}} on one line. */
final class Written {
    private Written() {
    }

    /** A file an export left out, and why. */
    record Skipped(Path file, String reason) {
    }

    static int print(List<Path> files) {
        return print(files, List.of());
    }

    /** With {@code "skipped": [{"file", "reason"}]} when an export left files out. */
    static int print(List<Path> files, List<Skipped> skipped) {
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("written");
            for (Path p : files) g.writeString(p.toString());
            g.writeEndArray();
            if (!skipped.isEmpty()) {
                g.writeArrayFieldStart("skipped");
                for (Skipped s : skipped) {
                    g.writeStartObject();
                    g.writeStringField("file", s.file().toString());
                    g.writeStringField("reason", s.reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }
}
