package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.event.EventLog;
import org.madang.core.facility.Facility;
import org.madang.core.facility.FacilityCategory;
import org.madang.core.facility.FacilityStore;
import org.madang.core.facility.Slot;
import org.madang.core.testing.TestSite;

/**
 * The terminal hosting the database file exits while another books (H2 AUTO_SERVER): the
 * commit fails, before or after it reached the database. Either way exactly one booking exists
 * and the resident is told it is booked.
 */
class LostConnectionTest {
    private TestSite site;
    private Slot slot;

    @BeforeEach
    void seed() {
        site = TestSite.seeded(TestSite.tempRoot());
        Facility court = site.facilities().inCategory(FacilityCategory.SPORTS).stream().filter(f -> !f.perSeat()).findFirst().orElseThrow();
        LocalDateTime now = LocalDateTime.now(site.clock);
        slot = site.facilities().slots(court.id(), now.toLocalDate().plusDays(2), now).stream().filter(s -> !s.isFull())
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        site.close();
    }

    /** A data source whose first commit fails as a dropped AUTO_SERVER connection does; {@code afterCommit}: once the commit is done. */
    private DataSource droppingFirstCommit(boolean afterCommit) {
        DataSource real = site.database.dataSource();
        AtomicBoolean dropped = new AtomicBoolean();
        InvocationHandler sources = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("commit") && dropped.compareAndSet(false, true)) {
                    if (afterCommit) {
                        connection.commit();
                    } else {
                        connection.rollback();
                    }
                    throw new SQLException("Connection is broken: \"session closed\"", "08006", 90067);
                }
                return invoke(connection, m, a);
            });
        };
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, sources);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private BookingService bookingsOver(DataSource source) {
        Jdbi jdbi = Jdbi.create(source);
        return new BookingService(jdbi, new EventLog(jdbi, site.clock, site.terminal, site.keys.auditKey()), new FacilityStore(jdbi), site.residents(),
                BookingRules.DEFAULTS, site.clock, site.terminal);
    }

    private void assertExactlyOneBooking(BookingOutcome outcome, String requestId) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE request_id = '" + requestId + "'")).isEqualTo(1);
        assertThat(site.count("SELECT COUNT(*) FROM booking WHERE slot_id = " + slot.id())).isEqualTo(1);
        assertThat(site.facilities().slot(slot.id()).orElseThrow().booked()).isEqualTo(1);
        assertThat(site.events().verify().intact()).isTrue();
    }

    @Test
    void aCommitLostBeforeItLandedIsMadeAgainOnce() {
        BookingRequest request = new BookingRequest(slot.id(), 1, 1, Channel.KIOSK);
        BookingOutcome outcome = bookingsOver(droppingFirstCommit(false)).book(request);
        assertExactlyOneBooking(outcome, request.requestId());
    }

    @Test
    void aCommitThatLandedButWasNotAcknowledgedIsFoundNotRepeated() {
        BookingRequest request = new BookingRequest(slot.id(), 1, 1, Channel.KIOSK);
        BookingOutcome outcome = bookingsOver(droppingFirstCommit(true)).book(request);
        assertExactlyOneBooking(outcome, request.requestId());
    }

    @Test
    void pressingBookTwiceWithTheSameRequestBooksOnce() {
        BookingRequest request = new BookingRequest(slot.id(), 1, 1, Channel.KIOSK);
        BookingOutcome first = site.bookings().book(request);
        BookingOutcome second = site.bookings().book(request);
        assertThat(second).isEqualTo(first);
        assertExactlyOneBooking(second, request.requestId());
    }
}
