package org.raspworkbench.app.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.raspworkbench.app.RaspCommand;
import picocli.CommandLine;

/** Runs {@code rasp ARGS...} in process and captures what it prints. */
record CommandRun(int exit, String out) {
    static CommandRun of(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int exit = new CommandLine(new RaspCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
            return new CommandRun(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    /** A sample program of the repository ({@code sample-programs/NAME.rasp} beside the app module). */
    static Path sample(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("sample-programs").resolve(name + ".rasp");
            if (Files.exists(f)) return f;
        }
        throw new IllegalStateException("no sample program " + name);
    }
}
