package org.madang.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.madang.config.SessionConfig;

class SessionClockTest {
    private final Instant start = Instant.parse("2026-11-21T01:00:00Z");
    private final SessionClock clock = new SessionClock(new SessionConfig(Duration.ofSeconds(120), Duration.ofSeconds(30), 10), start);

    @Test
    void countsDownThenWarnsThenExpires() {
        assertThat(clock.state(start)).isEqualTo(new SessionClock.State.Running(120));
        assertThat(clock.state(start.plusSeconds(89))).isEqualTo(new SessionClock.State.Running(31));
        assertThat(clock.state(start.plusSeconds(90))).isEqualTo(new SessionClock.State.Warning(30, true));
        assertThat(clock.state(start.plusSeconds(120))).isEqualTo(new SessionClock.State.Expired());
    }

    @Test
    void aTouchStartsTheIdleTimeAgain() {
        clock.touched(start.plusSeconds(100));
        assertThat(clock.state(start.plusSeconds(150))).isEqualTo(new SessionClock.State.Running(70));
    }

    @Test
    void moreTimeIsGrantedTenTimesThenOnlyTheWarningRemains() {
        Instant t = start;
        for (int i = 0; i < 10; i++) {
            t = t.plusSeconds(100);
            assertThat(clock.extend(t)).isTrue();
        }
        t = t.plusSeconds(100);
        assertThat(clock.extend(t)).isFalse();
        assertThat(clock.state(t)).isEqualTo(new SessionClock.State.Warning(20, false));
        clock.restart(t);
        assertThat(clock.extensionsUsed()).isZero();
    }
}
