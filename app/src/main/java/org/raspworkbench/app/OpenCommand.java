package org.raspworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.raspworkbench.ui.WorkbenchLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasp open FILE}: opens the IDE on a program. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open a RASP program in the IDE.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .rasp file to open")
    Path file;

    @Option(names = "--timings", description = "print, on stderr, one line with the milliseconds from the JVM's start "
            + "to the window shown, the text highlighted and the first model shown: timings: window=MS text=MS model=MS")
    boolean timings;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("rasp open: no such file: " + file);
            return 2;
        }
        WorkbenchLauncher.start(Optional.of(file), timings);
        return RaspCommand.KEEP_RUNNING;
    }
}
