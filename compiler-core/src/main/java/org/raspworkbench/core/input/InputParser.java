package org.raspworkbench.core.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * An input given as JSON text: a list of tokens ({@code [1, 2, 3]}, {@code ["a", "b"]}) or a
 * string, which means its characters; read by {@link InputJson} and checked by {@link
 * InputChecker}. Ranges point into the JSON text.
 */
public final class InputParser {
    private InputParser() {
    }

    public static ParsedInput parse(String json, CompileSettings settings) {
        InputJson.Read read = InputJson.read(json);
        if (read instanceof InputJson.Failed f) return new ParsedInput(Optional.empty(), List.of(f.error()));
        InputJson.Parsed parsed = (InputJson.Parsed) read;
        List<Value> tokens = new ArrayList<>();
        List<SourceRange> ranges = new ArrayList<>();
        if (parsed.value() instanceof StrValue s) {
            s.value().codePoints().forEach(cp -> {
                tokens.add(StrValue.of(new String(Character.toChars(cp))));
                ranges.add(parsed.range());
            });
        } else if (parsed.value() instanceof TupleValue t) {
            tokens.addAll(t.items());
            ranges.addAll(parsed.elementRanges());
        } else {
            return new ParsedInput(Optional.empty(), List.of(Diagnostic.error(ErrorKind.TYPE,
                    "an input must be a JSON list of tokens or a JSON string, not " + parsed.value().repr(),
                    parsed.range())));
        }
        List<Diagnostic> errors = InputChecker.check(tokens, settings, parsed.range(), ranges);
        if (!errors.isEmpty()) return new ParsedInput(Optional.empty(), errors);
        return new ParsedInput(Optional.of(tokens), List.of());
    }
}
