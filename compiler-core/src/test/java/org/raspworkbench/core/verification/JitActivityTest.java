package org.raspworkbench.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JitActivityTest {
    @Test
    void aWarmJvmsOccasionalSmallCompilationStillCountsAsIdle() {
        // back to back verifications: a small method compiled in between
        assertThat(JitActivity.idle(0, 0.05)).isTrue();
        assertThat(JitActivity.idle(2, 0.05)).isTrue();
        // a few seconds later: a few percent of the time
        assertThat(JitActivity.idle(150, 5000)).isTrue();
    }

    @Test
    void aJvmsFirstSecondsCompilingBetweenVerificationsAreNotIdle() {
        assertThat(JitActivity.idle(3, 0.05)).isFalse();
        assertThat(JitActivity.idle(40, 100)).isFalse();
        assertThat(JitActivity.idle(600, 1000)).isFalse();
    }
}
