package org.raspworkbench.core.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.raspworkbench.core.testsupport.JsonValues;
import org.raspworkbench.core.value.StrValue;
import org.raspworkbench.core.value.Value;

/**
 * One of Tracr's integration test programs, written in our language under {@code tracr-cases/} (or a
 * variant of one under {@code variant-cases/}).
 * Its header comments carry what Tracr's test checks:
 * <ul>
 *   <li>{@code # expect NAME: INPUT -> OUTPUT} a Tracr test case: input and expected output as JSON
 *       (a JSON string stands for its characters, {@code null} for None); without {@code -> OUTPUT}
 *       the model is only compared with the interpreter on that input;</li>
 *   <li>{@code # also-causal} the case is one of Tracr's universal ones, run with and without the
 *       causal mask;</li>
 *   <li>{@code # known-wrong: INPUT} an input on which Tracr's model is known to compute something
 *       else than the program, so ours must too (the file's comment says why);</li>
 *   <li>{@code # only-listed-inputs} no generated inputs: the model is known to be unreliable;</li>
 *   <li>{@code # expect-unsupported: TEXT} compiling must fail with an {@code unsupported} error
 *       whose range covers exactly TEXT.</li>
 * </ul>
 */
record TracrCase(String file, String source, List<Expectation> expectations, boolean alsoCausal,
                 Optional<String> unsupportedText, List<List<Value>> knownWrong, boolean onlyListedInputs) {
    /** Tracr's own test programs. */
    static final String TRACR = "tracr-cases/";
    /** Variants of them and of the seed notebooks, and constructs Tracr's tests leave out. */
    static final String VARIANTS = "variant-cases/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Tracr test case on this program; {@code output} is empty when only the interpreter decides. */
    record Expectation(String name, List<Value> input, Optional<List<Value>> output) {
    }

    /** Loads {@code folder + file} from the test resources. */
    static TracrCase load(String path) {
        try (InputStream in = TracrCase.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + path);
            return parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TracrCase parse(String file, String source) {
        List<Expectation> expectations = new ArrayList<>();
        boolean causal = false;
        Optional<String> unsupported = Optional.empty();
        List<List<Value>> knownWrong = new ArrayList<>();
        boolean onlyListed = false;
        for (String line : source.split("\n")) {
            if (!line.startsWith("#")) continue;
            String body = line.substring(1).trim();
            if (body.equals("also-causal")) {
                causal = true;
            } else if (body.equals("only-listed-inputs")) {
                onlyListed = true;
            } else if (body.startsWith("expect-unsupported:")) {
                unsupported = Optional.of(body.substring("expect-unsupported:".length()).trim());
            } else if (body.startsWith("known-wrong:")) {
                knownWrong.add(values(body.substring("known-wrong:".length())));
            } else if (body.startsWith("expect ")) {
                expectations.add(expectation(body.substring("expect ".length())));
            }
        }
        return new TracrCase(file, source, expectations, causal, unsupported, knownWrong, onlyListed);
    }

    /** The source with the causal mask switched on (the file itself must not set it). */
    String causalSource() {
        return source + "\nset causal True;\n";
    }

    private static Expectation expectation(String text) {
        int colon = text.indexOf(':');
        String name = text.substring(0, colon).trim();
        String rest = text.substring(colon + 1);
        int arrow = rest.indexOf("->");
        List<Value> input = values(arrow < 0 ? rest : rest.substring(0, arrow));
        Optional<List<Value>> output = arrow < 0 ? Optional.empty() : Optional.of(values(rest.substring(arrow + 2)));
        return new Expectation(name, input, output);
    }

    private static List<Value> values(String json) {
        try {
            JsonNode node = JSON.readTree(json.trim());
            if (node.isTextual()) {
                List<Value> chars = new ArrayList<>();
                node.textValue().codePoints().forEach(c -> chars.add(StrValue.of(new String(Character.toChars(c)))));
                return chars;
            }
            return JsonValues.list(node);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad JSON in a tracr case header: " + json, e);
        }
    }
}
