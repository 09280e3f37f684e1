package org.raspworkbench.core.input;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.rasp.Padding;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.Value;

/**
 * Whether tokens are an input the program takes: at most {@code max_seq_len} of them, each in the
 * vocab (Python equality: {@code 1} matches {@code 1.0} and {@code True}), optionally ending with
 * a run of the program's PAD token ({@link Padding}); PAD anywhere else is an error. The one check
 * for {@code --input}, the IDE's input field, {@code set example} and the forward pass.
 */
public final class InputChecker {
    private static final int VOCAB_SHOWN = 20;

    private InputChecker() {
    }

    /**
     * Every problem, each at the range of its token ({@code tokenRanges}, one per token, or empty
     * to put them all at {@code whole}).
     */
    public static List<Diagnostic> check(List<Value> tokens, CompileSettings settings, SourceRange whole,
                                         List<SourceRange> tokenRanges) {
        List<Diagnostic> errors = new ArrayList<>();
        if (tokens.size() > settings.maxSeqLen()) {
            errors.add(Diagnostic.error(ErrorKind.VALUE, "the input has " + tokens.size()
                    + " tokens but max_seq_len is " + settings.maxSeqLen(), whole));
        }
        Set<Value> vocab = new HashSet<>(settings.vocab());
        int unpadded = Padding.unpaddedLength(tokens, settings);
        for (int i = 0; i < unpadded; i++) {
            Value t = tokens.get(i);
            SourceRange at = tokenRanges.isEmpty() ? whole : tokenRanges.get(i);
            if (Padding.isPad(t, settings)) {
                errors.add(Diagnostic.error(ErrorKind.VALUE, "the padding token " + t.repr() + " at position " + i
                        + " is followed by other tokens; " + settings.pad() + " may only come at the end of the input",
                        at));
            } else if (!vocab.contains(t)) {
                errors.add(Diagnostic.error(ErrorKind.VALUE, "the token " + t.repr() + " at position " + i
                        + " is not in the vocab " + describe(settings.vocab()), at));
            }
        }
        return errors;
    }

    /** Tokens that come from no text (a model run from code). */
    public static List<Diagnostic> check(List<Value> tokens, CompileSettings settings) {
        return check(tokens, settings, SourceRange.NONE, List.of());
    }

    private static String describe(List<Value> vocab) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < vocab.size() && i < VOCAB_SHOWN; i++) {
            if (i > 0) sb.append(", ");
            sb.append(vocab.get(i).repr());
        }
        if (vocab.size() > VOCAB_SHOWN) sb.append(", ...");
        return sb.append('}').toString();
    }
}
