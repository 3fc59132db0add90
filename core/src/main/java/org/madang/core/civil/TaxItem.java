package org.madang.core.civil;

import java.time.LocalDate;
import java.util.Optional;

/** One local tax levied: item (자동차세, 재산세, 주민세…), amount in won, and when it was paid if it was. */
public record TaxItem(int year, String item, int amount, LocalDate dueOn, Optional<LocalDate> paidOn) {

    /** Unpaid after its due day. */
    public boolean arrearsOn(LocalDate day) {
        return paidOn.isEmpty() && day.isAfter(dueOn);
    }
}
