package org.raspworkbench.app.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.raspworkbench.core.export.DType;
import org.raspworkbench.core.export.ExportWriter;
import org.raspworkbench.core.export.ModelToTransformerLens;
import org.raspworkbench.core.export.TransformerLensExport;
import org.raspworkbench.core.source.ErrorKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rasp export weights FILE --out DIR [--dtype float32|float64]}. */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "Write weights.npz (TransformerLens state dict), config.json, vocab.json and README.md to DIR.")
public final class ExportWeightsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the RASP program")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write (created if missing)")
    Path out;

    @Option(names = "--dtype", paramLabel = "TYPE", defaultValue = "float32", description = "float32 (default) or float64")
    String dtype;

    @Override
    public Integer call() {
        DType type = DType.byName(dtype).orElse(null);
        if (type == null) return CliErrors.print(System.out, ErrorKind.VALUE, "--dtype must be float32 or float64, not " + dtype);
        LoadedProgram program = LoadedProgram.load(file);
        if (program.failed()) return CliErrors.print(System.out, program.errors());
        try {
            TransformerLensExport export = ModelToTransformerLens.run(program.model(), program.name());
            List<Path> written = ExportWriter.write(export, out, type);
            ObjectNode root = CliErrors.MAPPER.createObjectNode();
            ArrayNode files = root.putArray("written");
            for (Path p : written) files.add(p.toString());
            System.out.println(root.toPrettyString());
            return 0;
        } catch (IOException e) {
            return CliErrors.print(System.out, ErrorKind.VALUE, "cannot write " + out + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException | OutOfMemoryError e) {
            return CliErrors.print(System.out, ErrorKind.LIMIT, "cannot export this model: " + e.getMessage());
        }
    }
}
