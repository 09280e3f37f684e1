package org.raspworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpenCommandTest {
    @Test
    void aMissingFileIsReportedWithoutOpeningAWindow() {
        CommandLineRun run = CommandLineRun.of("open", "no/such/program.rasp");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file").contains("program.rasp");
    }

    @Test
    void theHelpListsOpen() {
        assertThat(CommandLineRun.of("--help").out()).contains("open").contains("Open a RASP program in the IDE");
    }
}
