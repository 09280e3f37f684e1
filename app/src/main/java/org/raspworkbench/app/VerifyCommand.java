package org.raspworkbench.app;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.VerifyJson;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.Precision;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.verification.Cancellation;
import org.raspworkbench.core.verification.VerificationOptions;
import org.raspworkbench.core.verification.VerificationProgress;
import org.raspworkbench.core.verification.VerificationReport;
import org.raspworkbench.core.verification.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp verify FILE}: runs the compiled model and the program on every input of a range of
 * lengths (or a seeded sample with boundary cases), prints where and why they disagree and which
 * setting fixes it, as JSON. Exit 0 when they agree on every input checked, 1 when they do not, 2
 * for errors in the program or the arguments. Ctrl+C stops the run, still prints what it found and
 * exits with that status.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check the compiled model against the program on every input (or a sample): JSON.")
public final class VerifyCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "a RASP program file")
    String file;

    @Option(names = "--lengths", paramLabel = "A..B", description = "input lengths (default 1..max_seq_len; N alone means N..N)")
    String lengths;

    @Option(names = "--max-inputs", paramLabel = "N", description = "check every input when there are at most N (default 1000000)")
    long maxInputs = VerificationOptions.DEFAULT_MAX_INPUTS;

    @Option(names = "--samples", paramLabel = "N", description = "random inputs otherwise (default 20000), plus boundary cases")
    int samples = VerificationOptions.DEFAULT_SAMPLES;

    @Option(names = "--seed", paramLabel = "S", description = "random seed of the sample (default 0)")
    long seed;

    @Option(names = "--no-fix", description = "do not recompile with other settings to look for fixes")
    boolean noFix;

    @Option(names = "--tolerance", paramLabel = "T", description = "numerical agreement, relative above 1 (default 1e-3)")
    double tolerance = VerificationOptions.DEFAULT_TOLERANCE;

    @Option(names = "--dtype", paramLabel = "float64|float32",
            description = "what the model computes in: float64 (default, as rasp trace and the golden files) or float32 "
                    + "(as JAX runs Tracr's models by default)")
    Precision dtype = Precision.FLOAT64;

    @Option(names = "--no-progress", description = "no progress bar on stderr")
    boolean noProgress;

    /** Tripped by Ctrl+C ({@link CtrlCStops}); tests trip it directly. */
    final Cancellation cancellation = new Cancellation();

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        Compilation c = Compiler.compile(source.text().get(), source.syntax());
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || c.model().isEmpty()) return fail(errors);
        CompiledModel model = c.model().get();
        VerificationOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            return fail(List.of(argumentError(e.getMessage())));
        }
        var problem = Verifier.problem(model.program().settings(), options);
        if (problem.isPresent()) return fail(List.of(argumentError(problem.get())));

        ProgressLine line = noProgress ? null : new ProgressLine(System.err, System.console() != null);
        VerificationProgress progress = line == null ? VerificationProgress.NONE : line;
        try (CtrlCStops ctrlC = CtrlCStops.trip(cancellation)) {
            VerificationReport report = Verifier.verify(model, options, progress, cancellation);
            if (line != null) line.finish();
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.rasp$", "");
            System.out.println(JsonText.line(g -> VerifyJson.write(g, name, report)));
            System.out.flush();
            return report.agrees() ? 0 : 1;
        }
    }

    VerificationOptions options() {
        OptionalInt min = OptionalInt.empty();
        OptionalInt max = OptionalInt.empty();
        if (lengths != null) {
            String[] parts = lengths.trim().split("\\.\\.", -1);
            try {
                if (parts.length == 1) {
                    min = OptionalInt.of(Integer.parseInt(parts[0].trim()));
                    max = min;
                } else if (parts.length == 2) {
                    if (!parts[0].isBlank()) min = OptionalInt.of(Integer.parseInt(parts[0].trim()));
                    if (!parts[1].isBlank()) max = OptionalInt.of(Integer.parseInt(parts[1].trim()));
                } else {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--lengths takes A..B (or N), e.g. 1..8, not '" + lengths + "'");
            }
        }
        return new VerificationOptions(min, max, maxInputs, samples, seed, tolerance, !noFix, dtype);
    }

    private static Diagnostic argumentError(String message) {
        return Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE);
    }
}
