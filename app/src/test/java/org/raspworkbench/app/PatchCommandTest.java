package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The output copies the previous token: only the head and the output's subspace carry the corruption. */
    private static final String SHIFT = """
            set vocab [1, 2, 3];
            set max_seq_len 4;
            set example [1, 2, 3];
            prev = aggregate(select(indices, map(lambda i: i - 1, indices), ==), tokens);
            output map(lambda x: x + 1, prev);
            """;

    @TempDir
    Path dir;

    private String program() throws Exception {
        Path p = dir.resolve("shift.rasp");
        Files.writeString(p, SHIFT);
        return p.toString();
    }

    @Test
    void theSweepPatchesEveryComponentAndSaysWhereTheOutputMoves() throws Exception {
        Cli r = Cli.run("patch", program(), "--corrupted", "[3, 3, 1]");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("clean_output").toString()).isEqualTo("[\"BOS\",2,2,3]");
        assertThat(doc.get("corrupted_output").toString()).isEqualTo("[\"BOS\",4,4,4]");
        List<String> components = new ArrayList<>();
        for (JsonNode c : doc.get("cells")) components.add(c.get("component").asText());
        assertThat(components).contains("tokens", "indices", "L0 MLP map_1", "map_1", "L1.H0 prev", "prev", "L1 MLP map_2", "map_2");
        for (JsonNode c : doc.get("cells")) {
            String name = c.get("component").asText();
            boolean carries = !name.equals("indices") && !name.contains("map_1");
            assertThat(c.get("effects")).hasSize(3);
            // rows 2 and 3 read the previous token, which the corruption changes
            assertThat(c.at("/effects/1/changed").asBoolean()).as(name).isEqualTo(carries);
            if (carries) assertThat(c.at("/effects/2/fraction").asDouble()).as(name).isEqualTo(1.0);
        }
    }

    @Test
    void namedComponentsArePatchedTogetherOrZeroed() throws Exception {
        Cli r = Cli.run("patch", program(), "--corrupted", "[3, 3, 1]", "L1.H0");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.at("/applied/0/intervention").asText()).isEqualTo("patch L1.H0 prev at all");
        assertThat(doc.at("/applied/0/hooks").toString()).isEqualTo("[{\"name\":\"blocks.1.attn.hook_z\",\"head\":0,\"columns\":[]}]");
        assertThat(doc.get("decoded").toString()).isEqualTo("[\"BOS\",4,4,4]");
        assertThat(doc.get("changed_sops")).extracting(s -> s.get("sop").asText()).containsExactly("prev", "map_2");

        Path out = dir.resolve("patched.json");
        Cli traced = Cli.run("patch", program(), "--corrupted", "[3, 3, 1]", "--trace", out.toString(), "L1.H0");
        assertThat(traced.exit()).as(traced.out()).isZero();
        JsonNode run = JSON.readTree(Files.readString(out)).at("/runs/0");
        assertThat(run.get("decoded").toString()).isEqualTo("[\"BOS\",4,4,4]");
        assertThat(run.get("residuals")).hasSize(5);

        Cli zero = Cli.run("patch", program(), "--action", "zero", "prev@3");
        assertThat(zero.exit()).as(zero.out()).isZero();
        JsonNode z = JSON.readTree(zero.out());
        assertThat(z.get("resumed_at").asInt()).isEqualTo(3);
        assertThat(z.at("/applied/0/hooks/0/name").asText()).isEqualTo("blocks.1.hook_resid_mid");
        assertThat(z.at("/applied/0/hooks/0/columns")).hasSize(3);
    }

    @Test
    void aValueWrittenAtOneRowFollowsThroughAndTheProgramSaysTheSame() throws Exception {
        Cli r = Cli.run("patch", program(), "--action", "write", "--value", "3", "--rows", "2", "prev");
        assertThat(r.exit()).as(r.out()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("decoded").toString()).isEqualTo("[\"BOS\",2,4,3]");
        assertThat(doc.get("changed_output").toString()).isEqualTo("[{\"row\":2,\"clean\":2,\"patched\":4}]");
        Cli bad = Cli.run("patch", program(), "--action", "write", "--value", "7", "--rows", "2", "prev");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(JSON.readTree(bad.out()).at("/errors/0/message").asText()).contains("prev has no direction for 7");
        assertThat(Cli.run("patch", program(), "--action", "write", "prev").exit()).isEqualTo(2);
    }

    @Test
    void unknownComponentsAndMissingInputsAreErrors() throws Exception {
        Cli r = Cli.run("patch", program(), "--corrupted", "[3, 3, 1]", "L7.H0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("no component L7.H0");
        Cli none = Cli.run("patch", program());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).contains("--corrupted");
        Cli bad = Cli.run("patch", program(), "--corrupted", "[9]");
        assertThat(bad.exit()).isEqualTo(2);
    }
}
