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

    @Test
    void openTakesTheTimingsFlagAndSaysWhatItPrints() {
        String help = CommandLineRun.of("open", "--help").out();
        assertThat(help).contains("--timings").contains("timings: window=MS text=MS model=MS");
        // The flag is parsed like any other: a missing file is still reported first.
        CommandLineRun run = CommandLineRun.of("open", "--timings", "no/such/program.rasp");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }
}
