package org.raspworkbench.core.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.raspworkbench.core.Compilation;
import org.raspworkbench.core.Compiler;
import org.raspworkbench.core.input.InputParser;
import org.raspworkbench.core.input.ParsedInput;
import org.raspworkbench.core.json.TraceJson;
import org.raspworkbench.core.model.CompiledModel;
import org.raspworkbench.core.model.ForwardPass;
import org.raspworkbench.core.model.ForwardTrace;
import org.raspworkbench.core.rasp.RaspExpr;
import org.raspworkbench.core.source.Diagnostic;
import org.raspworkbench.core.syntax.SurfaceSyntax;
import org.raspworkbench.core.tracrapi.TracrApi;

/**
 * Tracr's {@code lib} as a {@code .py} program imports it: every function, on the programs and
 * expected outputs of Tracr's {@code compiler/test_cases.py}; each compiled model equals the one
 * compiled from the {@code .rasp} transcription of the same function ({@code /tracr/lib.rasp}),
 * compared by structure since that transcription names S-ops by assignment, and the names are
 * Tracr's {@code .named()} ones.
 */
class TracrPythonLibTest {
    private static final String HEADER = "from tracr.rasp import rasp\nfrom tracr.compiler import compiling, lib\n";

    /** One of Tracr's test cases: the program, its vocab and length, an input and what Tracr expects. */
    record Case(String name, String program, String vocab, int maxSeqLen, String input, String expected,
                String raspTwin) {
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("frac_prevs_1", "lib.make_frac_prevs(rasp.tokens == \"l\")", "{\"h\", \"e\", \"l\", \"o\"}", 5,
                        "\"hello\"", "[0.0, 0.0, 0.3333333333333333, 0.5, 0.4]", "make_frac_prevs(tokens == \"l\")"),
                new Case("frac_prevs_2", "lib.make_frac_prevs(rasp.tokens == \"(\")", "set(\"abc()\")", 10,
                        "\"a()b(c))\"", "[0.0, 0.5, 0.3333333333333333, 0.25, 0.4, 0.3333333333333333, "
                        + "0.2857142857142857, 0.25]", "make_frac_prevs(tokens == \"(\")"),
                new Case("shift_by_one", "lib.shift_by(1, rasp.tokens)", "set(\"abcd\")", 5, "\"abcd\"",
                        "[null, \"a\", \"b\", \"c\"]", "shift_by(1, tokens)"),
                new Case("shift_by_two", "lib.shift_by(2, rasp.tokens)", "set(\"abcd\")", 5, "\"abcd\"",
                        "[null, null, \"a\", \"b\"]", "shift_by(2, tokens)"),
                new Case("detect_pattern_a", "lib.detect_pattern(rasp.tokens, \"a\")", "set(\"abcd\")", 5, "\"bacd\"",
                        "[false, true, false, false]", "detect_pattern(tokens, \"a\")"),
                new Case("detect_pattern_ab", "lib.detect_pattern(rasp.tokens, \"ab\")", "{\"a\", \"b\"}", 5,
                        "\"aaba\"", "[null, false, true, false]", "detect_pattern(tokens, \"ab\")"),
                new Case("detect_pattern_abc", "lib.detect_pattern(rasp.tokens, \"abc\")", "set(\"abc\")", 6,
                        "\"abcabc\"", "[null, null, true, false, false, true]", "detect_pattern(tokens, \"abc\")"),
                new Case("reverse_1", "lib.make_reverse(rasp.tokens)", "set(\"abcd\")", 5, "\"abcd\"",
                        "[\"d\", \"c\", \"b\", \"a\"]", "make_reverse(tokens)"),
                new Case("length_categorical", "rasp.categorical(lib.make_length())", "set(\"abcd\")", 3, "\"abc\"",
                        "[3, 3, 3]", "categorical(make_length())"),
                new Case("length_numerical", "rasp.numerical(lib.make_length())", "set(\"abcd\")", 3, "\"ad\"",
                        "[2, 2]", "numerical(make_length())"),
                new Case("pair_balance_1", "lib.make_pair_balance(rasp.tokens, \"(\", \")\")", "set(\"abc()\")", 10,
                        "\"a()b(c))\"", "[0.0, 0.5, 0.0, 0.0, 0.2, 0.16666666666666666, 0.0, -0.125]",
                        "make_pair_balance(tokens, \"(\", \")\")"),
                new Case("shuffle_dyck2_1", "lib.make_shuffle_dyck(pairs=[\"()\", \"{}\"])", "set(\"(){}\")", 5,
                        "\"({)}\"", "[true, true, true, true]", "make_shuffle_dyck([\"()\", \"{}\"])"),
                new Case("shuffle_dyck2_2", "lib.make_shuffle_dyck2()", "set(\"(){}\")", 5, "\"(){)}\"",
                        "[false, false, false, false, false]", "make_shuffle_dyck([\"()\", \"{}\"])"),
                new Case("shuffle_dyck3_1", "lib.make_shuffle_dyck(pairs=[\"()\", \"{}\", \"[]\"])", "set(\"(){}[]\")", 6,
                        "\"({)[}]\"", "[true, true, true, true, true, true]",
                        "make_shuffle_dyck([\"()\", \"{}\", \"[]\"])"),
                new Case("hist", "lib.make_hist()", "set(\"abcd\")", 5, "\"abac\"", "[2, 1, 2, 1]", "make_hist()"),
                new Case("sort_unique_1", "lib.make_sort_unique(vals=rasp.tokens, keys=rasp.tokens)", "{1, 2, 3, 4}", 5,
                        "[2, 4, 3, 1]", "[1, 2, 3, 4]", "make_sort_unique(tokens, tokens)"),
                new Case("sort_unique_2", "lib.make_sort_unique(vals=rasp.tokens, keys=1 - rasp.indices)", "set(\"abcd\")",
                        5, "\"abcd\"", "[\"d\", \"c\", \"b\", \"a\"]", "make_sort_unique(tokens, 1 - indices)"),
                new Case("sort_1", "lib.make_sort(vals=rasp.tokens, keys=rasp.tokens, max_seq_len=5, min_key=1)",
                        "{1, 2, 3, 4}", 5, "[2, 4, 1, 2]", "[1, 2, 2, 4]", "make_sort(tokens, tokens, 5, 1)"),
                new Case("sort_freq", "lib.make_sort_freq(max_seq_len=5)", "{1, 2, 3, 4}", 5, "[2, 4, 2, 1]",
                        "[2, 2, 4, 1]", "make_sort_freq(5)"),
                new Case("count_less_freq", "lib.make_count_less_freq(n=2)", "set(\"abcd\")", 6,
                        "[\"a\", \"a\", \"c\", \"b\", \"b\", \"c\"]", "[6, 6, 6, 6, 6, 6]", "make_count_less_freq(2)"),
                new Case("count_less_freq_numerical", "rasp.numerical(lib.make_count_less_freq(n=2))", "set(\"abcd\")",
                        6, "[\"a\", \"a\", \"a\", \"b\", \"b\", \"c\"]", "[3, 3, 3, 3, 3, 3]",
                        "numerical(make_count_less_freq(2))"),
                new Case("count", "lib.make_count(rasp.tokens, \"a\")", "set(\"abc\")", 8, "[\"c\", \"a\", \"b\", \"c\"]",
                        "[1, 1, 1, 1]", "make_count(tokens, \"a\")"),
                new Case("nary_sequencemap_1", "lib.make_nary_sequencemap(lambda x, y, z: x + y - z, rasp.tokens, "
                        + "rasp.tokens, rasp.indices)", "{1, 2, 3}", 5, "[1, 2, 3]", "[2, 3, 4]",
                        "make_nary_sequencemap(lambda x, y, z: x + y - z, tokens, tokens, indices)"),
                new Case("nary_sequencemap_2", "lib.make_nary_sequencemap(lambda x, y, z: x * y / z, rasp.indices, "
                        + "rasp.indices, rasp.tokens)", "{1, 2, 3}", 3, "[1, 2, 3]", "[0.0, 0.5, 1.3333333333333333]",
                        "make_nary_sequencemap(lambda x, y, z: x * y / z, indices, indices, tokens)"));
    }

    private static String python(Case c) {
        return HEADER + "program = " + c.program() + "\nmodel = compiling.compile_rasp_to_model(program, vocab="
                + c.vocab() + ", max_seq_len=" + c.maxSeqLen() + ", compiler_bos=\"BOS\", compiler_pad=\"PAD\")\n";
    }

    private static String rasp(Case c) throws IOException {
        String vocab = c.vocab().startsWith("set(") ? c.vocab().substring(4, c.vocab().length() - 1)
                : "[" + c.vocab().substring(1, c.vocab().length() - 1) + "]";
        return "set vocab " + vocab + ";\nset max_seq_len " + c.maxSeqLen() + ";\n" + lib() + "\noutput "
                + c.raspTwin() + ";\n";
    }

    private static String lib() throws IOException {
        try (InputStream in = TracrPythonLibTest.class.getResourceAsStream("/tracr/lib.rasp")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode trace(String name, String source, SurfaceSyntax syntax, String input) throws IOException {
        Compilation c = Compiler.compile(source, syntax);
        assertThat(c.diagnostics()).as(name + " (" + syntax + ")").filteredOn(Diagnostic::isError).isEmpty();
        CompiledModel model = c.model().orElseThrow();
        ParsedInput parsed = InputParser.parse(input, model.program().settings());
        assertThat(parsed.errors()).as(name).isEmpty();
        List<ForwardTrace> runs = List.of(ForwardPass.run(model, parsed.values().orElseThrow()));
        return GoldenFiles.parse(TraceJson.document(name, model, runs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tracrTestCaseGivesTracrsOutputAndTheRaspTwinsModel(Case c) throws IOException {
        JsonNode py = trace(c.name(), python(c), SurfaceSyntax.PYTHON, c.input());
        JsonNode expected = GoldenFiles.parse(c.expected());
        JsonNode evaluated = py.at("/runs/0/evaluated");
        assertThat(GoldenCompare.close(evaluated, expected)).as(c.name() + ": evaluated " + evaluated).isTrue();
        JsonNode twin = trace(c.name(), rasp(c), SurfaceSyntax.RASP, c.input());
        ((ObjectNode) twin).put("names_match", false);
        assertThat(GoldenCompare.compare(py, twin)).as(c.name() + " against the .rasp transcription").isEmpty();
    }

    /** The model's residual S-op names, as rasp trace prints them. */
    private static List<String> sopNames(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode label : doc.at("/model/residual")) {
            String name = label.asText().split(":")[0];
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    @Test
    void namesAreTracrsNamedOnesAndDefaultNamesWithoutIds() throws IOException {
        Case sortUnique = cases().filter(c -> c.name().equals("sort_unique_2")).findFirst().orElseThrow();
        assertThat(sopNames(trace("sort_unique_2", python(sortUnique), SurfaceSyntax.PYTHON, sortUnique.input())))
                .containsExactly("indices", "map", "one", "sort", "target_pos", "target_pos_selector_width_attn_output",
                        "tokens");
        Case pair = cases().filter(c -> c.name().equals("pair_balance_1")).findFirst().orElseThrow();
        assertThat(sopNames(trace("pair_balance_1", python(pair), SurfaceSyntax.PYTHON, pair.input())))
                .containsExactly("bools_close", "bools_open", "closes", "indices", "one", "opens", "pair_balance", "tokens");
        Case dyck = cases().filter(c -> c.name().equals("shuffle_dyck2_2")).findFirst().orElseThrow();
        JsonNode d = trace("shuffle_dyck2", python(dyck), SurfaceSyntax.PYTHON, dyck.input());
        assertThat(d.at("/model/output/name").asText()).isEqualTo("shuffle_dyck2");
        assertThat(sopNames(d)).contains("balance_()", "balance_{}", "any_negative", "has_neg", "last_zero",
                "not_has_neg", "length");
        Case shift = cases().filter(c -> c.name().equals("detect_pattern_abc")).findFirst().orElseThrow();
        JsonNode s = trace("detect", python(shift), SurfaceSyntax.PYTHON, shift.input());
        assertThat(s.at("/model/output/name").asText()).isEqualTo("detect_pattern(abc)");
        assertThat(sopNames(s)).contains("shift_by(1)", "shift_by(2)", "map", "map_2", "map_3", "sequence_map");
    }

    @Test
    void everyFunctionOfTracrsLibIsThere() throws IOException {
        StringBuilder src = new StringBuilder(HEADER);
        for (String f : TracrApi.LIB_FUNCTIONS) src.append("assert callable(lib.").append(f).append(") or True\n");
        for (String f : TracrApi.LIB_FUNCTIONS) src.append("x_").append(f).append(" = lib.").append(f).append("\n");
        src.append("model = compiling.compile_rasp_to_model(lib.make_length(), vocab={1}, max_seq_len=2)\n");
        Compilation c = Compiler.compile(src.toString().replace("assert callable(", "assert ("), SurfaceSyntax.PYTHON);
        assertThat(c.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
        List<RaspExpr> dag = c.program().orElseThrow().nodes();
        assertThat(dag).isNotEmpty();
    }
}
