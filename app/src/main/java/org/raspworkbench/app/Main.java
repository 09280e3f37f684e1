package org.raspworkbench.app;

/** Entry point of the launcher: the command line, or the IDE when no command is given. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = RaspCommand.commandLine().execute(args);
        if (code != RaspCommand.KEEP_RUNNING) System.exit(code);
    }
}
