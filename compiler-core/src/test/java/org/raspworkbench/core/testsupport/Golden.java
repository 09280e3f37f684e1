package org.raspworkbench.core.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared golden files live: {@code ../shared/golden} next to the repository root. */
public final class Golden {
    private Golden() {
    }

    /** The golden folder; fails loudly when it is missing, so no test is skipped silently. */
    public static Path folder() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("golden");
            if (Files.isDirectory(candidate) && p != dir.getRoot()) return candidate;
            Path sibling = p.resolveSibling("shared").resolve("golden");
            if (p.getParent() != null && Files.isDirectory(sibling)) return sibling;
        }
        throw new IllegalStateException("the shared golden folder (../shared/golden) was not found from " + dir);
    }
}
