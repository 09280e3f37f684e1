package org.raspworkbench.app.export;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rasp export}: groups the exports; alone it prints its usage. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a compiled model's weights for TransformerLens/numpy, or its figures, without a display.",
        subcommands = {ExportWeightsCommand.class, ExportHeatmapCommand.class, ExportCircuitsCommand.class})
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return CommandLine.ExitCode.USAGE;
    }
}
