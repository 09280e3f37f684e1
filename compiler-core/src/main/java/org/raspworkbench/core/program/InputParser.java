package org.raspworkbench.core.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Padding;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/**
 * Reads an input given as JSON: a list of tokens ({@code [1, 2, 3]}, {@code ["a", "b"]}) or a
 * string, which means its characters. Tokens are matched against the vocab with Python equality
 * ({@code 1} matches {@code 1}, {@code 1.0} and {@code True}) and kept as written. The input may
 * end with the program's PAD token, as many times as fit in {@code max_seq_len}
 * ({@link Padding}); anywhere else PAD is an error.
 */
public final class InputParser {
    private InputParser() {
    }

    public static ParsedInput parse(String json, CompileSettings settings) {
        JsonReader.Parsed parsed;
        try {
            parsed = JsonReader.read(json);
        } catch (JsonReader.Failure f) {
            return failed(Diagnostic.error(ErrorKind.SYNTAX, "the input is not valid JSON: " + f.getMessage(), f.range));
        }
        List<Value> tokens;
        List<SourceRange> ranges = new ArrayList<>();
        if (parsed.value() instanceof StrValue s) {
            tokens = new ArrayList<>();
            s.value().codePoints().forEach(cp -> {
                tokens.add(StrValue.of(new String(Character.toChars(cp))));
                ranges.add(parsed.range());
            });
        } else if (parsed.value() instanceof TupleValue t) {
            tokens = t.items();
            ranges.addAll(parsed.elementRanges());
        } else {
            return failed(Diagnostic.error(ErrorKind.TYPE, "an input must be a JSON list of tokens or a JSON string, not "
                    + parsed.value().repr(), parsed.range()));
        }
        List<Diagnostic> errors = new ArrayList<>();
        if (tokens.size() > settings.maxSeqLen()) {
            errors.add(Diagnostic.error(ErrorKind.VALUE, "the input has " + tokens.size() + " tokens but max_seq_len is "
                    + settings.maxSeqLen(), parsed.range()));
        }
        Set<Value> vocab = new HashSet<>(settings.vocab());
        int unpadded = Padding.unpaddedLength(tokens, settings);
        for (int i = 0; i < unpadded; i++) {
            if (Padding.isPad(tokens.get(i), settings)) {
                errors.add(Diagnostic.error(ErrorKind.VALUE, "the padding token " + tokens.get(i).repr()
                        + " at position " + i + " is followed by other tokens; " + settings.pad()
                        + " may only come at the end of the input", ranges.get(i)));
            } else if (!vocab.contains(tokens.get(i))) {
                errors.add(Diagnostic.error(ErrorKind.VALUE, "the token " + tokens.get(i).repr() + " at position " + i
                        + " is not in the vocab " + InputChecks.describe(settings.vocab()), ranges.get(i)));
            }
        }
        if (!errors.isEmpty()) return new ParsedInput(Optional.empty(), errors);
        return new ParsedInput(Optional.of(tokens), List.of());
    }

    private static ParsedInput failed(Diagnostic d) {
        return new ParsedInput(Optional.empty(), List.of(d));
    }
}
