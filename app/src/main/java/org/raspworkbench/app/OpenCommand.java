package org.raspworkbench.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.raspworkbench.ui.WorkbenchLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code rasp open FILE}: opens the IDE on a program. */
@Command(name = "open", mixinStandardHelpOptions = true, description = "Open a RASP program in the IDE.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the .rasp file to open")
    Path file;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("rasp open: no such file: " + file);
            return 2;
        }
        WorkbenchLauncher.start(Optional.of(file));
        return RaspCommand.KEEP_RUNNING;
    }
}
