package org.raspworkbench.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code rasp ARGS...} in process and captures what it prints. */
public record Cli(int exit, String out) {
    public static Cli run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            int exit = RaspCommand.commandLine().execute(args);
            return new Cli(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    /** A sample program of the repository ({@code sample-programs/NAME.rasp} beside the app module). */
    public static Path sample(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("sample-programs").resolve(name + ".rasp");
            if (Files.exists(f)) return f;
        }
        throw new IllegalStateException("no sample program " + name);
    }
}
