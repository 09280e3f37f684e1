package org.raspworkbench.app;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the launcher: the command line, or the IDE when no command is given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // JSON is UTF-8 (RFC 8259); the platform encoding under LANG=C would print '?' for 'é'
        System.setOut(new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                true, StandardCharsets.UTF_8));
        int code = RaspCommand.commandLine().execute(args);
        if (code != RaspCommand.KEEP_RUNNING) System.exit(code);
    }
}
