package org.raspworkbench.ui.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raspworkbench.core.model.BlockKind;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Encoding;
import org.raspworkbench.core.rasp.MapOp;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.rasp.RaspProgram;
import org.raspworkbench.core.rasp.SOp;
import org.raspworkbench.core.rasp.TokensOp;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourcePos;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.Value;
import org.raspworkbench.ui.compile.Engine;
import org.raspworkbench.ui.state.CompileOutcome;
import org.raspworkbench.ui.state.ModelLayout;
import org.raspworkbench.ui.state.RunOutcome;
import org.raspworkbench.ui.state.SubLayerSops;
import org.raspworkbench.ui.views.data.SubLayer;

/**
 * A stand-in compiler for UI tests: each line {@code name = expr;} makes one S-op (a map of the
 * S-op before it, whose range is {@code expr}), computed by the MLP of its own layer; the word {@code ERROR} is a
 * syntax error at that word; {@code set example [1, 2];} sets the example. It records the threads
 * it ran on and can be made slow.
 */
public final class FakeEngine implements Engine {
    private static final Pattern ASSIGN = Pattern.compile("^\\s*(\\w+)\\s*=\\s*(.+?);\\s*$");
    private static final Pattern EXAMPLE = Pattern.compile("^\\s*set example \\[([0-9, ]*)\\];");

    public final AtomicInteger compiles = new AtomicInteger();
    public final AtomicInteger runs = new AtomicInteger();
    public final List<String> threads = new CopyOnWriteArrayList<>();
    public volatile Duration delay = Duration.ZERO;

    @Override
    public CompileOutcome compile(String source) {
        threads.add(Thread.currentThread().getName());
        compiles.incrementAndGet();
        sleep();
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<RaspExpr> nodes = new ArrayList<>();
        TokensOp tokens = new TokensOp(0, "tokens", Encoding.CATEGORICAL, SourceRange.NONE);
        nodes.add(tokens);
        Optional<List<Value>> example = Optional.empty();
        List<SubLayerSops> subLayers = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int err = line.indexOf("ERROR");
            if (err >= 0) diagnostics.add(Diagnostic.error(ErrorKind.SYNTAX, "unexpected ERROR", range(i, err, offset, 5)));
            Matcher ex = EXAMPLE.matcher(line);
            if (ex.find()) {
                List<Value> values = new ArrayList<>();
                for (String v : ex.group(1).split(",")) if (!v.isBlank()) values.add(IntValue.of(Long.parseLong(v.strip())));
                example = Optional.of(values);
            }
            Matcher m = ASSIGN.matcher(line);
            if (m.matches() && !line.strip().startsWith("set")) {
                int k = subLayers.size();
                SOp sop = new MapOp(nodes.size(), m.group(1), Encoding.CATEGORICAL,
                        range(i, m.start(2), offset, m.end(2) - m.start(2)), (SOp) nodes.get(nodes.size() - 1),
                        args -> args.get(0));
                nodes.add(sop);
                subLayers.add(new SubLayerSops(new SubLayer(k, BlockKind.MLP), List.of(sop.name())));
            }
            offset += line.length() + 1;
        }
        SOp output = (SOp) nodes.get(nodes.size() - 1);
        CompileSettings settings = new CompileSettings(List.of(IntValue.of(1), IntValue.of(2), IntValue.of(3)), 5,
                example, false, "BOS", "PAD", 100);
        RaspProgram program = new RaspProgram(settings, output, nodes, List.of());
        return new CompileOutcome(source, Optional.of(program), Optional.empty(), Optional.empty(),
                new ModelLayout(subLayers.size(), subLayers), diagnostics, Duration.ofMillis(1));
    }

    @Override
    public RunOutcome run(CompileOutcome compiled, String inputText) {
        threads.add(Thread.currentThread().getName());
        runs.incrementAndGet();
        if (!inputText.strip().startsWith("[")) {
            return RunOutcome.invalidInput(inputText, List.of(Diagnostic.error(ErrorKind.VALUE, "the input must be a JSON list",
                    SourceRange.NONE)));
        }
        return new RunOutcome(inputText, Optional.of(List.of(IntValue.of(1))), Optional.empty(), Optional.empty(),
                List.of(), List.of());
    }

    private void sleep() {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static SourceRange range(int line, int column, int lineOffset, int length) {
        return new SourceRange(new SourcePos(line + 1, column + 1), new SourcePos(line + 1, column + 1 + length),
                lineOffset + column, lineOffset + column + length);
    }
}
