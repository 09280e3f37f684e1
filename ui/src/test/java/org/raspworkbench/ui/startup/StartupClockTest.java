package org.raspworkbench.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.raspworkbench.ui.startup.StartupClock.Moment;

class StartupClockTest {
    private final AtomicLong now = new AtomicLong();
    private final List<String> lines = new ArrayList<>();
    private final StartupClock clock = new StartupClock(now::get, lines::add);

    @Test
    void printsOneLineOnceAllThreeMomentsAreIn() {
        now.set(900);
        clock.mark(Moment.WINDOW);
        now.set(1200);
        clock.mark(Moment.TEXT);
        now.set(1300);
        clock.mark(Moment.WINDOW);
        assertThat(lines).isEmpty();
        now.set(2100);
        clock.mark(Moment.MODEL);
        clock.mark(Moment.MODEL);
        clock.finish();
        assertThat(lines).containsExactly("timings: window=900 text=1200 model=2100");
    }

    @Test
    void aWindowClosedBeforeTheModelReportsItAsMissing() {
        now.set(800);
        clock.mark(Moment.WINDOW);
        clock.finish();
        clock.finish();
        assertThat(lines).containsExactly("timings: window=800 text=-1 model=-1");
    }

    @Test
    void theLineReadsBack() {
        StartupTimes t = new StartupTimes(1, 22, 333);
        assertThat(StartupTimes.parse(t.line())).contains(t);
        assertThat(StartupTimes.parse("timings: window=1 text=2")).isEmpty();
    }

    @Test
    void theJvmClockCountsFromTheJvmStart() {
        assertThat(StartupClock.sinceJvmStart()).isPositive();
    }
}
