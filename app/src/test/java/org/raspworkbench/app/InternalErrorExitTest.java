package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A bug of ours in a command prints as an {@code internal} error with exit 3, its stack trace on stderr. */
class InternalErrorExitTest {
    @CommandLine.Command(name = "broken")
    static final class Broken extends JsonCommand {
        @Override
        protected int run() {
            throw new IllegalStateException("injected bug");
        }
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorNotTheProgramsFault() throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = new CommandLine(new Broken()).execute();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        assertThat(code).isEqualTo(3);
        JsonNode error = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("errors").get(0);
        assertThat(error.get("kind").asText()).isEqualTo("internal");
        assertThat(error.get("message").asText()).startsWith("internal error, see the log").contains("injected bug");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("IllegalStateException: injected bug")
                .contains("\tat org.raspworkbench.app.InternalErrorExitTest");
    }

    @Test
    void anyInternalErrorAmongAProgramsErrorsMakesTheExitThree() {
        var internal = org.raspworkbench.core.source.InternalErrors.report("a pass failed", new IllegalStateException("bug"),
                org.raspworkbench.core.source.SourceRange.NONE);
        var user = org.raspworkbench.core.source.Diagnostic.error(org.raspworkbench.core.source.ErrorKind.NAME, "name 'x' is not defined",
                org.raspworkbench.core.source.SourceRange.NONE);
        assertThat(JsonCommand.exitFor(java.util.List.of(user))).isEqualTo(2);
        assertThat(JsonCommand.exitFor(java.util.List.of(user, internal))).isEqualTo(3);
    }
}
