package org.raspworkbench.app.export;

import java.nio.file.Path;
import java.util.List;
import org.raspworkbench.core.json.JsonText;

/** The answer of a successful export: {@code {"written": [paths...]}} on one line. */
final class Written {
    private Written() {
    }

    static int print(List<Path> files) {
        System.out.println(JsonText.line(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("written");
            for (Path p : files) g.writeString(p.toString());
            g.writeEndArray();
            g.writeEndObject();
        }));
        System.out.flush();
        return 0;
    }
}
