package org.raspworkbench.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.input.InputJson;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.intervention.Intervention;
import org.raspworkbench.core.intervention.InterventionAction;
import org.raspworkbench.core.intervention.InterventionRunner;
import org.raspworkbench.core.intervention.InterventionTarget;
import org.raspworkbench.core.intervention.InterventionsToModel;
import org.raspworkbench.core.intervention.MeanInputs;
import org.raspworkbench.core.intervention.PatchSweep;
import org.raspworkbench.core.intervention.PatchedRun;
import org.raspworkbench.core.intervention.Positions;
import org.raspworkbench.core.files.AtomicFiles;
import org.raspworkbench.core.json.JsonText;
import org.raspworkbench.core.json.PatchJson;
import org.raspworkbench.core.json.TraceJson;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rasp patch FILE [--clean JSON] --corrupted JSON [--sweep | COMPONENT...]}: activation
 * patching from the command line. With {@code --sweep} (or no component) every head, S-op MLP and
 * S-op subspace is patched from the corrupted run into the clean one, one at a time, and the
 * effect on the output per position is printed; with components, they are patched together (or
 * zeroed, mean-ablated or written into, with {@code --action}, at {@code --rows}) and the S-ops and
 * output positions that changed are printed.
 */
@Command(name = "patch", mixinStandardHelpOptions = true,
        description = "Activation patching: patch components from a corrupted run into the clean run (JSON).")
public final class PatchCommand extends JsonCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "a RASP program file")
    String file;

    @Parameters(index = "1..*", paramLabel = "COMPONENT", description = "L1.H0 (a head), L2.mlp or L1.attn (a whole "
            + "sub-layer), mlp:NAME (an S-op's MLP), head:NAME (the head computing NAME), NAME or NAME@K (an S-op's "
            + "subspace where it is written, or at snapshot K)")
    List<String> components = new ArrayList<>();

    @Option(names = "--clean", paramLabel = "JSON", description = "the clean input (default: the program's example)")
    String clean;

    @Option(names = "--corrupted", paramLabel = "JSON", description = "the input to patch from")
    String corrupted;

    @Option(names = "--sweep", description = "patch every component, one at a time (the default without components)")
    boolean sweep;

    @Option(names = "--action", paramLabel = "ACTION", defaultValue = "patch",
            description = "patch (from --corrupted, default), zero, mean (over the verifier's sample of the clean "
                    + "length), or write (--value into S-op subspaces)")
    String action;

    @Option(names = "--value", paramLabel = "JSON", description = "the value --action write writes, e.g. 3 or \"a\"")
    String value;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "also write the patched run there in rasp trace's schema (every residual snapshot)")
    Path trace;

    @Option(names = "--rows", split = ",", paramLabel = "ROW,...",
            description = "only these residual rows (0 is the BOS, p + 1 input position p; default: every row)")
    List<Integer> rows = new ArrayList<>();

    private static final Pattern HEAD = Pattern.compile("L(\\d+)\\.H(\\d+)");
    private static final Pattern SUBLAYER = Pattern.compile("L(\\d+)\\.(attn|mlp)");
    private static final Pattern SUBSPACE = Pattern.compile("([^@]+)@(\\d+)");

    @Override
    protected int run() {
        ProgramFile source = ProgramFile.read(file);
        if (source.problem().isPresent()) return fail(List.of(source.problem().get()));
        Compilation c = Compiler.compile(source.text().get(), source.syntax());
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || c.model().isEmpty()) return fail(errors);
        CompiledModel model = c.model().get();
        Optional<List<Value>> cleanIn = clean == null ? model.program().settings().example().or(() -> {
            errors("no clean input: give --clean or " + CommandInputs.exampleHint(source.syntax()));
            return Optional.empty();
        }) : parse(clean, model);
        if (cleanIn.isEmpty()) return fail(problems);
        boolean patching = action.equals("patch");
        if (!List.of("patch", "zero", "mean", "write").contains(action)) {
            return fail(List.of(error("--action must be patch, zero, mean or write, not " + action)));
        }
        if (rows.stream().anyMatch(r -> r < 0)) return fail(List.of(error("rows start at 0 (the BOS)")));
        Optional<Value> written = Optional.empty();
        if (action.equals("write")) {
            if (value == null) return fail(List.of(error("--action write needs the --value to write")));
            InputJson.Read read = InputJson.read(value);
            if (read instanceof InputJson.Failed f) return fail(List.of(f.error()));
            written = Optional.of(((InputJson.Parsed) read).value());
        }
        if (sweep && !patching) return fail(List.of(error("a sweep patches from --corrupted: leave out --action")));
        Optional<List<Value>> corruptIn = Optional.empty();
        if (patching) {
            if (corrupted == null) return fail(List.of(error("give the input to patch from with --corrupted")));
            corruptIn = parse(corrupted, model);
            if (corruptIn.isEmpty()) return fail(problems);
        }
        ForwardTrace cleanRun = ForwardPass.run(model, cleanIn.get());
        InterventionRunner runner = new InterventionRunner(model, cleanRun);
        if (sweep || components.isEmpty()) {
            if (!patching) return fail(List.of(error("name the components to " + action)));
            ForwardTrace corruptRun = ForwardPass.run(model, corruptIn.get());
            System.out.println(JsonText.line(g -> PatchJson.writeSweep(g, model, PatchSweep.run(runner, corruptRun))));
            System.out.flush();
            return 0;
        }
        Value toWrite = written.orElse(null);
        InterventionAction a = switch (action) {
            case "zero" -> new InterventionAction.Zero();
            case "mean" -> MeanInputs.over(model, cleanIn.get().size());
            case "write" -> new InterventionAction.WriteValue(toWrite);
            default -> new InterventionAction.ReplaceFrom(corruptIn.get());
        };
        Positions at = rows.isEmpty() ? Positions.all() : new Positions(false, rows);
        List<Intervention> list = new ArrayList<>();
        for (String spec : components) {
            Optional<InterventionTarget> t = target(model, spec);
            if (t.isEmpty()) return fail(List.of(error("no component " + spec + ": write L1.H0, L2.mlp, L1.attn, "
                    + "mlp:NAME, head:NAME, NAME or NAME@K with a layer, head or S-op of the model")));
            list.add(new Intervention(t.get(), a, at, true));
        }
        PatchedRun run = runner.run(list);
        List<Diagnostic> refused = run.problems().stream().filter(p -> p.dropped())
                .map(p -> error(p.intervention().label() + ": " + p.message())).toList();
        if (!refused.isEmpty()) return fail(refused);
        if (trace != null) {
            String name = Path.of(file).getFileName().toString().replaceFirst("\\.rasp$", "");
            try {
                AtomicFiles.writeString(trace, TraceJson.document(name, model, List.of(run.trace())) + "\n");
            } catch (IOException e) {
                return fail(List.of(error("cannot write '" + trace + "': " + e.getMessage())));
            }
        }
        System.out.println(JsonText.line(g -> PatchJson.writeRun(g, model, run)));
        System.out.flush();
        return 0;
    }

    /** A component as the command line spells it, checked against the model. */
    static Optional<InterventionTarget> target(CompiledModel model, String spec) {
        int layers = model.circuits().size();
        Matcher m = HEAD.matcher(spec);
        if (m.matches()) {
            int l = Integer.parseInt(m.group(1));
            int h = Integer.parseInt(m.group(2));
            if (l >= layers || h >= model.circuits().get(l).heads().size()) return Optional.empty();
            return Optional.of(InterventionTarget.Head.of(model, l, h));
        }
        m = SUBLAYER.matcher(spec);
        if (m.matches()) {
            int l = Integer.parseInt(m.group(1));
            if (l >= layers) return Optional.empty();
            return Optional.of(new InterventionTarget.SubLayer(l, m.group(2).equals("attn") ? BlockKind.ATTENTION : BlockKind.MLP));
        }
        for (var layer : model.circuits()) {
            for (int h = 0; h < layer.heads().size(); h++) {
                if (spec.equals("head:" + layer.heads().get(h).sop().name())) {
                    return Optional.of(InterventionTarget.Head.of(model, layer.layer(), h));
                }
            }
            for (var part : layer.mlp()) {
                if (spec.equals("mlp:" + part.sop().name())) return Optional.of(InterventionTarget.Mlp.of(layer.layer(), part.sop()));
            }
        }
        m = SUBSPACE.matcher(spec);
        InterventionTarget.SOpSubspace s = m.matches()
                ? new InterventionTarget.SOpSubspace(m.group(1), OptionalInt.of(Integer.parseInt(m.group(2))))
                : new InterventionTarget.SOpSubspace(spec, OptionalInt.empty());
        return InterventionsToModel.resolve(model, List.of(Intervention.zero(s))).kept().stream().findFirst()
                .map(Intervention::target);
    }

    private final List<Diagnostic> problems = new ArrayList<>();

    private Optional<List<Value>> parse(String json, CompiledModel model) {
        ParsedInput p = InputParser.parse(json, model.program().settings());
        problems.addAll(p.errors());
        return p.errors().isEmpty() ? p.values() : Optional.empty();
    }

    private void errors(String message) {
        problems.add(error(message));
    }

    private static Diagnostic error(String message) {
        return Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE);
    }
}
