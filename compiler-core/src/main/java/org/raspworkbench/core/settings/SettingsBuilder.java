package org.raspworkbench.core.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.dag.Lifting;
import org.raspworkbench.core.input.InputChecker;
import org.raspworkbench.core.interpreter.Interpreter;
import org.raspworkbench.core.interpreter.Iteration;
import org.raspworkbench.core.interpreter.RangeValue;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.ListValue;
import org.raspworkbench.core.value.NumericValue;
import org.raspworkbench.core.value.SetValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.TupleValue;
import org.raspworkbench.core.value.Value;

/** Checks the values of the {@code set} statements and fills in the defaults. */
public final class SettingsBuilder {
    /** A vocab larger than this is refused before anything is built from it. */
    static final int MAX_VOCAB = 100_000;
    /** A max_seq_len larger than this is refused. */
    static final int MAX_SEQ_LEN = 4096;

    public record Result(Optional<CompileSettings> settings, List<Diagnostic> errors) {
    }

    private final List<Diagnostic> errors = new ArrayList<>();
    private List<Value> vocab;
    private SourceRange vocabRange;
    private Integer maxSeqLen;
    private List<Value> example;
    private SourceRange exampleRange;
    private List<SourceRange> exampleItemRanges = List.of();
    private boolean causal;
    private String bos = CompileSettings.DEFAULT_BOS;
    private SourceRange bosRange;
    private String pad = CompileSettings.DEFAULT_PAD;
    private SourceRange padRange;
    private double mlpExactness = CompileSettings.DEFAULT_MLP_EXACTNESS;

    public static Result build(List<Interpreter.SettingEntry> entries, SourceRange missingAt) {
        SettingsBuilder b = new SettingsBuilder();
        for (Interpreter.SettingEntry e : entries) b.read(e);
        return b.finish(missingAt);
    }

    private void read(Interpreter.SettingEntry e) {
        Value v = e.value();
        SourceRange r = e.valueRange();
        switch (e.name()) {
            case "vocab": vocab(v, r); break;
            case "max_seq_len":
                if (v instanceof IntValue i) {
                    if (i.value() < 1) error(ErrorKind.VALUE, "max_seq_len must be at least 1, not " + i.value(), r);
                    else if (i.value() > MAX_SEQ_LEN) error(ErrorKind.LIMIT, "max_seq_len " + i.value()
                            + " is larger than the limit of " + MAX_SEQ_LEN, r);
                    else maxSeqLen = (int) i.value();
                } else {
                    error(ErrorKind.TYPE, "max_seq_len must be an int, not " + Lifting.article(v), r);
                }
                break;
            case "example":
                if (v instanceof StrValue || v instanceof ListValue || v instanceof TupleValue) {
                    example = Iteration.list(v, r);
                    exampleRange = r;
                    // a display's items are the tokens, unless a starred item spread more of them
                    exampleItemRanges = e.itemRanges().size() == example.size() ? e.itemRanges() : List.of();
                } else {
                    error(ErrorKind.TYPE, "the example must be a list or a string, not " + Lifting.article(v), r);
                }
                break;
            case "causal":
                if (v instanceof BoolValue b) causal = b.value();
                else error(ErrorKind.TYPE, "causal must be True or False, not " + Lifting.article(v), r);
                break;
            case "bos":
            case "pad":
                if (v instanceof StrValue s && !s.value().isEmpty()) {
                    if (e.name().equals("bos")) {
                        bos = s.value();
                        bosRange = r;
                    } else {
                        pad = s.value();
                        padRange = r;
                    }
                } else {
                    if (v instanceof StrValue) error(ErrorKind.VALUE, e.name() + " must not be an empty string", r);
                    else error(ErrorKind.TYPE, e.name() + " must be a string, not " + Lifting.article(v), r);
                }
                break;
            default:
                if (v instanceof NumericValue n && !(v instanceof BoolValue) && Double.isFinite(n.asDouble())
                        && n.asDouble() > 0) {
                    mlpExactness = n.asDouble();
                } else {
                    error(ErrorKind.VALUE, "mlp_exactness must be a positive number, not " + v.repr(), r);
                }
        }
    }

    private void vocab(Value v, SourceRange r) {
        if (!(v instanceof ListValue || v instanceof SetValue || v instanceof TupleValue || v instanceof StrValue
                || v instanceof RangeValue)) {
            error(ErrorKind.TYPE, "the vocab must be a list, a set or a string, not " + Lifting.article(v), r);
            return;
        }
        if (v instanceof RangeValue range && range.size() > MAX_VOCAB) {
            error(ErrorKind.LIMIT, "a vocab of " + range.size() + " tokens is larger than the limit of " + MAX_VOCAB, r);
            return;
        }
        LinkedHashSet<Value> distinct = new LinkedHashSet<>();
        for (Value t : Iteration.of(v, r)) {
            if (!(t instanceof NumericValue || t instanceof StrValue || t instanceof TupleValue)
                    || t instanceof FloatValue f && Double.isNaN(f.value())) {
                error(ErrorKind.TYPE, "vocab tokens must be numbers, strings or tuples; " + t.repr() + " is "
                        + Lifting.article(t), r);
                return;
            }
            distinct.add(t);
        }
        if (distinct.isEmpty()) {
            error(ErrorKind.VALUE, "the vocab must not be empty", r);
        } else if (distinct.size() > MAX_VOCAB) {
            error(ErrorKind.LIMIT, "a vocab of " + distinct.size() + " tokens is larger than the limit of " + MAX_VOCAB, r);
        } else {
            vocab = new ArrayList<>(distinct);
            vocabRange = r;
        }
    }

    private Result finish(SourceRange missingAt) {
        boolean hadErrors = !errors.isEmpty();
        if (vocab == null && !hadErrors) {
            error(ErrorKind.VALUE, "the program must set its vocab, for example: set vocab [1, 2, 3];", missingAt);
        }
        if (maxSeqLen == null && !hadErrors) {
            error(ErrorKind.VALUE, "the program must set max_seq_len, for example: set max_seq_len 5;", missingAt);
        }
        if (bos.equals(pad)) error(ErrorKind.VALUE, "bos and pad must be different tokens", padRange != null ? padRange
                : bosRange != null ? bosRange : missingAt);
        if (vocab != null) {
            for (String special : List.of(bos, pad)) {
                if (vocab.contains(StrValue.of(special))) {
                    boolean isBos = special.equals(bos);
                    SourceRange at = isBos ? (bosRange != null ? bosRange : vocabRange) : (padRange != null ? padRange
                            : vocabRange);
                    error(ErrorKind.VALUE, "the vocab contains " + StrValue.of(special).repr() + ", the "
                            + (isBos ? "bos" : "pad") + " token; choose another with set " + (isBos ? "bos" : "pad"), at);
                }
            }
        }
        if (!errors.isEmpty()) return new Result(Optional.empty(), errors);
        CompileSettings settings = new CompileSettings(vocab, maxSeqLen, Optional.ofNullable(example), causal, bos, pad,
                mlpExactness);
        if (example != null) {
            // the same rules as --input and the IDE's input field, trailing PAD included
            for (Diagnostic d : InputChecker.check(example, settings, exampleRange, exampleItemRanges)) {
                error(d.kind(), "the example does not fit: " + d.message(), d.range());
            }
            if (!errors.isEmpty()) return new Result(Optional.empty(), errors);
        }
        return new Result(Optional.of(settings), errors);
    }

    private void error(ErrorKind kind, String message, SourceRange range) {
        errors.add(Diagnostic.error(kind, message, range));
    }
}
