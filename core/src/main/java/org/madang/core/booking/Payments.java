package org.madang.core.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/** Payments taken at the counter (cash or card, recorded by the clerk): a paid booking is never auto-cancelled. */
public final class Payments {
    /** How a fee was paid. */
    public enum Method {
        CASH, CARD
    }

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;

    public Payments(Jdbi jdbi, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** Records the fee of an unpaid, live booking as paid; false when it was not waiting for payment. */
    public boolean recordPaid(long bookingId, Method method, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            int updated = h.createUpdate("UPDATE booking SET payment = 'PAID', paid_at = :now, pay_by = NULL "
                            + "WHERE id = :id AND payment = 'UNPAID' AND status IN ('BOOKED', 'CHECKED_IN')")
                    .bind("now", now).bind("id", bookingId).execute();
            if (updated == 1) {
                events.append(h, new EventDraft(EventType.BOOKING_PAID, "booking:" + bookingId, "clerk:" + clerk,
                        Map.of("number", BookingNumber.of(bookingId), "method", method.name())));
            }
            return updated == 1;
        });
    }
}
