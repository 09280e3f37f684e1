package org.raspworkbench.core.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared golden files: {@code ../shared/golden} beside the repository root. */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static Path dir() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("compiler-core")) && Files.exists(p.resolve("pom.xml"))) {
                Path golden = p.resolveSibling("shared").resolve("golden");
                if (!Files.isDirectory(golden)) {
                    throw new IllegalStateException("golden files missing: expected " + golden
                            + " beside the repository root " + p);
                }
                return golden;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + here);
    }

    static List<String> cases() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            s.filter(p -> p.toString().endsWith(".json")).sorted()
                    .forEach(p -> out.add(p.getFileName().toString().replace(".json", "")));
        }
        if (out.isEmpty()) throw new IllegalStateException("no golden cases in " + dir());
        return out;
    }

    static JsonNode json(String name) throws IOException {
        return TraceJson.MAPPER.readTree(dir().resolve(name + ".json").toFile());
    }
}
