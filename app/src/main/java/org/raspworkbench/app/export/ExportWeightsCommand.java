package org.raspworkbench.app.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.raspworkbench.app.JsonCommand;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportListener;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasp export weights FILE --out DIR [--dtype float32|float64] [--ground-truth]}. */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "Write weights.npz (TransformerLens state dict), config.json, vocab.json and README.md to DIR.")
public final class ExportWeightsCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "the RASP program")
    String file;

    @Option(names = "--out", paramLabel = "DIR", description = "directory to write, created if missing (required)")
    Path out;

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float32", description = "float32 (default) or float64")
    String dtype;

    @Option(names = "--ground-truth", description = "also write ground_truth.json: what each head, MLP and residual "
            + "direction implements (the circuit discovery is scored against)")
    boolean groundTruth;

    @Override
    protected int run() {
        // Argument mistakes are checked here rather than by picocli so that they print as JSON errors too.
        if (out == null) return CliErrors.argument("give the directory to write with --out DIR");
        DType type = DType.byName(dtype).orElse(null);
        if (type == null) return CliErrors.argument("--dtype must be float32 or float64, not " + dtype);
        LoadedProgram program = LoadedProgram.load(file);
        if (program.failed()) return fail(program.errors());
        try {
            return Written.print(ExportWriter.write(ModelToTransformerLens.run(program.model(), program.name()),
                    groundTruth ? Optional.of(program.model()) : Optional.empty(), out, type, ExportListener.NONE));
        } catch (IOException e) {
            return CliErrors.argument("cannot write " + out + ": " + e.getMessage());
        }
    }
}
