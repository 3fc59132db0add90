package org.madang.core.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** The staff-call button raises one alert the counter sees, until a clerk answers it. */
class StaffCallsTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot()).staff("clerk1", "clerk2");

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void aCallIsAnEventAndPressingAgainRaisesNothingNew() {
        long before = site.events().latestId();
        StaffCall first = site.staffCalls().call("booking.confirm");
        StaffCall again = site.staffCalls().call("home");
        assertThat(again).isEqualTo(first);
        assertThat(site.events().after(before, 10)).extracting(e -> e.type()).containsExactly("StaffCalled");
        assertThat(site.events().after(before, 10).get(0).payload()).contains("booking.confirm", "kiosk-test");
        assertThat(site.staffCalls().open()).containsExactly(first);
        assertThat(site.staffCalls().waiting()).isTrue();
    }

    @Test
    void aClerkAnswersOnceAndTheKioskMayCallAgain() {
        StaffCall call = site.staffCalls().call("home");
        assertThat(site.staffCalls().answer(call.id(), "clerk1")).isTrue();
        assertThat(site.staffCalls().answer(call.id(), "clerk2")).isFalse();
        assertThat(site.staffCalls().open()).isEmpty();
        assertThat(site.staffCalls().call("home").id()).isNotEqualTo(call.id());
    }
}
