package org.raspworkbench.core.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConvertDebugTest {
    @Test
    void show() throws Exception {
        String f = System.getProperty("convert.file");
        if (f == null) return;
        String src = Files.readString(Path.of(f));
        Conversion c = ProgramConverter.convert(src, "x", ConvertTarget.valueOf(System.getProperty("convert.to", "RASP")));
        System.out.println(c.text().orElse("") + c.diagnostics());
    }
}
