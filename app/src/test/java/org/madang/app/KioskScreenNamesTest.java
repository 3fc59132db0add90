package org.madang.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.madang.counter.kiosks.KioskScreenNames;
import org.madang.kiosk.KioskApp;
import org.madang.ui.Messages;

class KioskScreenNamesTest {

    @Test
    void theCounterNamesEveryKioskScreenAStaffCallCanComeFrom() {
        assertThat(KioskScreenNames.known()).containsExactlyInAnyOrderElementsOf(KioskApp.screenIds());
        assertThat(KioskScreenNames.of("booking.days", Messages.forLanguage("ko"))).isEqualTo("날짜 선택");
        assertThat(KioskScreenNames.of("booking.days", Messages.forLanguage("en"))).isEqualTo("Choosing a day");
        // a screen of a newer kiosk still says where it is
        assertThat(KioskScreenNames.of("some.new.screen", Messages.forLanguage("en"))).isEqualTo("some.new.screen");
    }
}
