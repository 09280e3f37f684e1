package org.raspworkbench.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.rasp.CompileSettings;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.source.ErrorKind;
import org.raspworkbench.core.source.SourceRange;
import org.raspworkbench.core.value.BoolValue;
import org.raspworkbench.core.value.FloatValue;
import org.raspworkbench.core.value.IntValue;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * The {@code --input} option: a JSON list of tokens, or a JSON string meaning its characters,
 * checked against the vocabulary and {@code max_seq_len}. (The language's input parser takes this
 * over once it is in main; the rules are the same.)
 */
final class InputArgument {
    private InputArgument() {
    }

    /** The tokens, or the error to print. */
    static Result parse(String json, CompileSettings settings) {
        JsonNode node;
        try {
            node = CliErrors.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return error("--input is not JSON: " + e.getOriginalMessage());
        }
        List<Value> tokens = new ArrayList<>();
        if (node != null && node.isTextual()) {
            node.asText().codePoints().forEach(c -> tokens.add(new StrValue(new String(Character.toChars(c)))));
        } else if (node != null && node.isArray()) {
            for (JsonNode t : node) {
                Optional<Value> v = token(t);
                if (v.isEmpty()) return error("the input token " + t + " is not a string, number or boolean");
                tokens.add(v.get());
            }
        } else {
            return error("--input must be a JSON list such as [1, 2, 3] or a JSON string such as \"abc\"");
        }
        if (tokens.size() > settings.maxSeqLen()) {
            return error("the input has " + tokens.size() + " tokens, more than max_seq_len " + settings.maxSeqLen());
        }
        for (Value t : tokens) {
            if (!settings.vocab().contains(t)) {
                return error("the input token " + t.repr() + " is not in the vocabulary "
                        + settings.vocab().stream().map(Value::repr).toList());
            }
        }
        return new Result(Optional.of(tokens), List.of());
    }

    record Result(Optional<List<Value>> values, List<Diagnostic> errors) {
    }

    private static Optional<Value> token(JsonNode t) {
        if (t.isTextual()) return Optional.of(new StrValue(t.asText()));
        if (t.isBoolean()) return Optional.of(BoolValue.of(t.asBoolean()));
        if (t.isIntegralNumber() && t.canConvertToLong()) return Optional.of(IntValue.of(t.asLong()));
        if (t.isNumber()) return Optional.of(FloatValue.of(t.asDouble()));
        return Optional.empty();
    }

    private static Result error(String message) {
        return new Result(Optional.empty(), List.of(Diagnostic.error(ErrorKind.VALUE, message, SourceRange.NONE)));
    }
}
