package org.raspworkbench.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasp}: with no subcommand it opens the IDE (until that exists, it prints the usage). */
@Command(name = "rasp", mixinStandardHelpOptions = true, version = "RASP Workbench 0.1",
        description = "Write RASP programs, compile them to transformers faithful to Tracr, and inspect them.",
        subcommands = {
                CommandLine.HelpCommand.class,
                CheckCommand.class,
                EvalCommand.class,
        })
public final class RaspCommand implements Callable<Integer> {
    /** Returned when a window was opened: the JVM must not exit. */
    static final int KEEP_RUNNING = -1;

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }
}
