package org.raspworkbench.core.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConvertScratchTest {
    @Test
    void scratch() throws Exception {
        String d = System.getProperty("convert.dir");
        if (d == null) return;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(d))) {
            files = s.filter(p -> p.toString().endsWith(".py") || p.toString().endsWith(".rasp")).sorted().toList();
        }
        for (Path f : files) {
            String src = Files.readString(f);
            String name = f.getFileName().toString();
            try {
                String expected = ConvertRoundTripTest.trace(src, name);
                for (ConvertTarget t : ConvertTarget.values()) {
                    Conversion c = ProgramConverter.convert(src, name, t);
                    if (c.text().isEmpty()) { System.out.println("FAIL " + name + " -> " + t + ": " + c.diagnostics()); continue; }
                    String out = c.text().get();
                    Files.writeString(Path.of("target", "scratch-" + name + t.extension()), out);
                    String got = ConvertRoundTripTest.trace(out, "x" + t.extension());
                    System.out.println((got.equals(expected) ? "SAME " : "DIFF ") + name + " -> " + t + " tables=" + (out.split("known only|fails on", -1).length - 1));
                }
            } catch (Throwable e) {
                System.out.println("ERR " + name + ": " + e.toString().substring(0, Math.min(300, e.toString().length())));
            }
        }
    }
}
