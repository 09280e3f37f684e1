package org.raspworkbench.core.golden;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared golden files: {@code ../shared/golden} beside the repository root. */
final class GoldenFiles {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

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
        return MAPPER.readTree(dir().resolve(name + ".json").toFile());
    }

    /** Reads JSON as Python's {@code json} does, bare {@code NaN} and {@code Infinity} included. */
    static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }
}
