package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rasp verify}: its JSON contract, exit codes, sampling, and stopping early. */
class VerifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** shuffle_dyck2's balance at mlp_exactness 20: the length MLP confuses 3 and 4 on 10 inputs. */
    private static final String LOW_EXACTNESS = """
            set vocab "(){}";
            set max_seq_len 5;
            set mlp_exactness 20;
            def balance(o, c) {
              prevs = select(indices, indices, <=);
              return numerical(aggregate(prevs, numerical(tokens == o), 0)) - numerical(aggregate(prevs, numerical(tokens == c), 0));
            }
            b1 = balance("(", ")");
            b2 = balance("{", "}");
            any_negative = numerical(map(lambda x: x, b1 < 0 or b2 < 0));
            has_neg = numerical(aggregate(select(indices, indices, True), any_negative, 0));
            last_zero = aggregate(select(indices, length - 1, ==), b1 == 0 and b2 == 0);
            shuffle_dyck = last_zero and not has_neg;
            """;

    @TempDir
    Path dir;

    private String write(String text) throws Exception {
        Path p = dir.resolve("prog.rasp");
        Files.writeString(p, text);
        return p.toString();
    }

    @Test
    void agreementExitsZeroWithTheContractFields() throws Exception {
        Cli r = Cli.run("verify", Cli.sample("reverse").toString(), "--lengths", "1..3", "--no-progress");
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("program").asText()).isEqualTo("reverse");
        assertThat(doc.get("exhaustive").asBoolean()).isTrue();
        assertThat(doc.get("inputs_checked").asLong()).isEqualTo(doc.get("agree").asLong()).isPositive();
        assertThat(doc.get("disagree").asLong()).isZero();
        assertThat(doc.get("none_positions").isNumber()).isTrue();
        assertThat(doc.get("counterexamples")).isEmpty();
        assertThat(doc.get("causes")).isEmpty();
        assertThat(doc.get("margins")).isNotEmpty();
        assertThat(doc.at("/margins/0/sop").isTextual()).isTrue();
        assertThat(doc.at("/margins/0/min_margin").isNumber()).isTrue();
        assertThat(doc.at("/margins/0/input").isArray()).isTrue();
        assertThat(doc.get("notes").get(0).asText()).contains("every input of lengths 1..3");
        assertThat(doc.at("/plan/lengths/1").asInt()).isEqualTo(3);
    }

    @Test
    void disagreementExitsOneWithDivergenceCauseAndVerifiedFix() throws Exception {
        Cli r = Cli.run("verify", write(LOW_EXACTNESS), "--no-progress");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("inputs_checked").asLong()).isEqualTo(1364);
        assertThat(doc.get("disagree").asLong()).isEqualTo(12);
        JsonNode first = doc.at("/counterexamples/0");
        assertThat(first.get("input").isArray()).isTrue();
        assertThat(first.get("positions").isArray()).isTrue();
        assertThat(first.get("model")).hasSameSizeAs(first.get("program"));
        assertThat(first.at("/first_divergence/sop").asText()).isEqualTo("length");
        assertThat(first.at("/first_divergence/snapshot").asInt()).isEqualTo(2);
        assertThat(first.at("/first_divergence/layer").asInt()).isZero();
        assertThat(first.at("/first_divergence/sublayer").asText()).isEqualTo("mlp");
        assertThat(first.get("cause").asText()).isEqualTo("mlp_precision");
        JsonNode cause = doc.at("/causes/0");
        assertThat(cause.get("cause").asText()).isEqualTo("mlp_precision");
        assertThat(cause.get("sop").asText()).isEqualTo("length");
        assertThat(cause.get("inputs").asLong()).isEqualTo(10);
        assertThat(cause.get("message").asText()).isNotBlank();
        assertThat(cause.at("/fix/setting").asText()).isEqualTo("mlp_exactness");
        assertThat(cause.at("/fix/value").asInt()).isEqualTo(30);
        assertThat(cause.at("/fix/verified").asBoolean()).isTrue();
        assertThat(cause.at("/fix/agree_after").asLong()).isEqualTo(1364);
    }

    @Test
    void noFixLeavesTheFixOutAndSaysWhatToTry() throws Exception {
        Cli r = Cli.run("verify", write(LOW_EXACTNESS), "--no-fix", "--no-progress");
        assertThat(r.exit()).isEqualTo(1);
        JsonNode cause = JSON.readTree(r.out()).at("/causes/0");
        assertThat(cause.get("fix").isNull()).isTrue();
        assertThat(cause.get("advice").asText()).contains("mlp_exactness");
    }

    @Test
    void tooManyInputsAreSampledWithTheSeed() throws Exception {
        Cli r = Cli.run("verify", Cli.sample("sort").toString(), "--max-inputs", "100", "--samples", "40",
                "--seed", "3", "--no-progress");
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("exhaustive").asBoolean()).isFalse();
        assertThat(doc.at("/plan/seed").asLong()).isEqualTo(3);
        assertThat(doc.at("/plan/samples").asInt()).isEqualTo(40);
        assertThat(doc.get("inputs_checked").asLong()).isEqualTo(40 + doc.at("/plan/boundary_cases").asLong());
        assertThat(Cli.run("verify", Cli.sample("sort").toString(), "--max-inputs", "100", "--samples", "40",
                "--seed", "3", "--no-progress").out()).isEqualTo(r.out());
    }

    @Test
    void programAndArgumentErrorsExitTwo() throws Exception {
        Cli broken = Cli.run("verify", write("set vocab [1];\nset max_seq_len 2;\nx = map(lambda v: v, nope);\n"));
        assertThat(broken.exit()).isEqualTo(2);
        assertThat(JSON.readTree(broken.out()).get("errors")).isNotEmpty();
        Cli lengths = Cli.run("verify", Cli.sample("reverse").toString(), "--lengths", "2..99");
        assertThat(lengths.exit()).isEqualTo(2);
        assertThat(JSON.readTree(lengths.out()).at("/errors/0/message").asText()).contains("max_seq_len");
        assertThat(Cli.run("verify", Cli.sample("reverse").toString(), "--lengths", "x").exit()).isEqualTo(2);
    }

    @Test
    void stoppedByCtrlCItStillPrintsWhatItFound() throws Exception {
        // the shutdown hook trips this token; here it is tripped before the first batch
        VerifyCommand command = new VerifyCommand();
        command.cancellation.cancel();
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try (PrintStream capture = new PrintStream(buf, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = new CommandLine(command).execute(write(LOW_EXACTNESS), "--no-progress");
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).isZero();
        JsonNode doc = JSON.readTree(buf.toString(StandardCharsets.UTF_8));
        assertThat(doc.get("cancelled").asBoolean()).isTrue();
        assertThat(doc.get("inputs_checked").asLong()).isZero();
        assertThat(doc.get("notes").toString()).contains("stopped after 0 of 1364");
    }

    @Test
    void benchReportsVerificationThroughputNextToTrace() throws Exception {
        Cli r = Cli.run("bench", "--sizes", "3", "--repeats", "1", "--warmup", "0", "--golden", dir.toString());
        assertThat(r.exit()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("verification")).isNotEmpty();
        JsonNode sat3 = doc.at("/verification/0");
        assertThat(sat3.get("name").asText()).isEqualTo("sat3_verifier");
        assertThat(sat3.get("inputs").asLong()).isEqualTo(2046);
        assertThat(sat3.get("inputs_per_s").isNumber()).isTrue();
        assertThat(sat3.get("positions_per_s").isNumber()).isTrue();
        assertThat(sat3.get("trace_inputs_per_s").isNumber()).isTrue();
        assertThat(sat3.get("ide_quick_check_ms").isNumber()).isTrue();
        assertThat(sat3.get("verify_cpu_ms").asDouble()).isPositive();
        assertThat(sat3.get("speedup_cpu").asDouble()).isPositive();
        assertThat(sat3.get("load_average").isNumber()).isTrue();
        assertThat(doc.at("/verification_kernels/mlp_loops_ms").isNumber()).isTrue();
    }
}
