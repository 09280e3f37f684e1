package org.raspworkbench.app;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.raspworkbench.ui.WorkbenchLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rasp}: with no subcommand it opens the IDE on the last file (or a sample the first time). */
@Command(name = "rasp", mixinStandardHelpOptions = true, version = "RASP Workbench 0.1",
        description = "Write RASP programs, compile them to transformers faithful to Tracr, and inspect them.",
        subcommands = {
                CommandLine.HelpCommand.class,
                OpenCommand.class,
                CheckCommand.class,
                EvalCommand.class,
                TraceCommand.class,
                VerifyCommand.class,
                ConvertCommand.class,
                BenchCommand.class,
                PatchCommand.class,
                org.raspworkbench.app.export.ExportCommand.class,
        })
public final class RaspCommand implements Callable<Integer> {
    /** Returned when a window was opened: the JVM must not exit. */
    static final int KEEP_RUNNING = -1;

    /** The command line as {@code rasp} runs it (tests run it in process the same way). */
    public static CommandLine commandLine() {
        return new CommandLine(new RaspCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() {
        WorkbenchLauncher.start(Optional.empty());
        return KEEP_RUNNING;
    }
}
