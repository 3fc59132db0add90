package org.madang.core.payment;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingNumber;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;
import org.madang.core.resident.Exemption;
import org.madang.core.resident.ResidentStore;
import org.madang.core.site.Terminal;

/**
 * Fees settled at the counter (수납): paid in cash, by card or bank transfer, or waived on a
 * ground the resident has; refunds of paid items that were cancelled or revoked, by the refund
 * their rule set at cancellation. One payment per item (the database holds it unique), written
 * with its event in one transaction while the item's row is locked, so a double click or two
 * clerks at once record it once, and a booking paid in time is never cancelled by the sweeper.
 */
public final class Payments {
    private static final String PAYMENT = "SELECT id, item_kind, item_id, resident_id, fee, amount, method, exemption, paid_at, clerk, "
            + "refunded, refunded_at FROM payment ";

    /** The item behind a fee as it stands now: whose, how much, whether it can be paid, and what its rule gives back. */
    private record Item(long residentId, int fee, boolean payable, boolean gone, int refund, String reference, Localized what) {
    }

    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Terminal terminal;
    /** The age from which the senior exemption applies, as the booking policy says now. */
    private final java.util.function.IntSupplier seniorAge;

    /** @param seniorAge the age from which the senior exemption applies (the booking policy's figure) */
    public Payments(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal, int seniorAge) {
        this(jdbi, events, clock, terminal, () -> seniorAge);
    }

    /** @param seniorAge the senior age as the booking policy says each time it is asked */
    public Payments(Jdbi jdbi, EventLog events, Clock clock, Terminal terminal, java.util.function.IntSupplier seniorAge) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.terminal = terminal;
        this.seniorAge = seniorAge;
    }

    /** Records the item's fee as paid by {@code method} (cash, card or transfer). */
    public PaymentOutcome record(ItemKind kind, long itemId, PayMethod method, String clerk) {
        if (method == PayMethod.EXEMPT) {
            throw new IllegalArgumentException("an exemption names its ground: use exempt()");
        }
        return settle(kind, itemId, method, null, clerk);
    }

    /** Waives the item's fee on a ground the resident has today (65+, disability, basic livelihood, national merit). */
    public PaymentOutcome exempt(ItemKind kind, long itemId, Exemption ground, String clerk) {
        return settle(kind, itemId, PayMethod.EXEMPT, ground, clerk);
    }

    private PaymentOutcome settle(ItemKind kind, long itemId, PayMethod method, Exemption ground, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            Optional<Item> found = lockItem(h, kind, itemId);
            if (found.isEmpty()) {
                return refused("payment.refused.noItem");
            }
            Item item = found.get();
            if (paymentOf(h, kind, itemId).isPresent()) {
                return refused("payment.refused.alreadyPaid", item.reference());
            }
            if (!item.payable()) {
                return refused(item.gone() ? "payment.refused.lapsed" : "payment.refused.nothingDue", item.reference());
            }
            if (ground != null) {
                boolean eligible = ResidentStore.byId(h, item.residentId()).map(r -> r.exemptionsOn(now.toLocalDate(), seniorAge.getAsInt())
                        .contains(ground)).orElse(false);
                if (!eligible) {
                    return refused("payment.refused.notEligible", item.reference());
                }
            }
            int amount = method == PayMethod.EXEMPT ? 0 : item.fee();
            long id = h.createUpdate("INSERT INTO payment (site, resident_id, item_kind, item_id, fee, amount, method, exemption, paid_at, "
                            + "clerk, terminal_id) VALUES (:site, :r, :k, :i, :fee, :amount, :m, :x, :now, :clerk, :t)")
                    .bind("site", terminal.site())
                    .bind("r", item.residentId()).bind("k", kind.name()).bind("i", itemId).bind("fee", item.fee()).bind("amount", amount)
                    .bind("m", method.name()).bind("x", ground == null ? null : ground.name()).bind("now", now).bind("clerk", clerk)
                    .bind("t", terminal.id()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (kind == ItemKind.BOOKING) {
                h.createUpdate("UPDATE booking SET payment = 'PAID', paid_at = :now, pay_by = NULL WHERE id = :id")
                        .bind("now", now).bind("id", itemId).execute();
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("kind", kind.name());
            payload.put("reference", item.reference());
            payload.put("amount", amount);
            payload.put("method", method.name());
            if (ground != null) {
                payload.put("exemption", ground.name());
            }
            events.append(h, new EventDraft(EventType.PAYMENT_RECORDED, kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + itemId,
                    "clerk:" + clerk, payload));
            return new PaymentOutcome.Recorded(byId(h, id));
        });
    }

    /**
     * Gives back what the item's rule says (the refund set when it was cancelled, all of it for
     * a revoked document), once; refused while the item is still live or nothing is due back.
     */
    public PaymentOutcome refund(long paymentId, String clerk) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            Optional<Payment> locked = h.createQuery(PAYMENT + "WHERE id = :id FOR UPDATE").bind("id", paymentId).map(Payments::payment).findOne();
            if (locked.isEmpty()) {
                return refused("payment.refused.noItem");
            }
            Payment p = locked.get();
            Item item = lockItem(h, p.kind(), p.itemId()).orElseThrow();
            if (p.refunded() > 0) {
                return refused("payment.refused.alreadyRefunded", item.reference());
            }
            int back = Math.min(item.refund(), p.amount());
            if (!item.gone() || back <= 0) {
                return refused("payment.refused.noRefund", item.reference());
            }
            h.createUpdate("UPDATE payment SET refunded = :b, refunded_at = :now, refund_clerk = :clerk WHERE id = :id")
                    .bind("b", back).bind("now", now).bind("clerk", clerk).bind("id", paymentId).execute();
            events.append(h, new EventDraft(EventType.PAYMENT_REFUNDED, p.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + p.itemId(),
                    "clerk:" + clerk, Map.of("reference", item.reference(), "refund", back, "method", p.method().name())));
            return new PaymentOutcome.Recorded(byId(h, paymentId));
        });
    }

    /** The payment of an item, if it was paid. */
    public Optional<Payment> of(ItemKind kind, long itemId) {
        return jdbi.withHandle(h -> paymentOf(h, kind, itemId));
    }

    /** A resident's payments, newest first. */
    public List<Payment> ofResident(long residentId) {
        return jdbi.withHandle(h -> h.createQuery(PAYMENT + "WHERE resident_id = :r ORDER BY paid_at DESC, id DESC").bind("r", residentId)
                .map(Payments::payment).list());
    }

    /** Paid items since cancelled or revoked whose refund has not been given back yet, with what their rule gives back. */
    public List<RefundDue> refundsDue() {
        return jdbi.withHandle(h -> h.createQuery(PAYMENT + "p WHERE refunded = 0 AND amount > 0 AND ("
                        + "(item_kind = 'BOOKING' AND EXISTS (SELECT 1 FROM booking b WHERE b.id = p.item_id AND b.status = 'CANCELLED' AND b.refund > 0)) "
                        + "OR (item_kind = 'COURSE' AND EXISTS (SELECT 1 FROM course_enrolment e WHERE e.id = p.item_id AND e.status = 'CANCELLED' "
                        + "AND e.refund > 0)) "
                        + "OR (item_kind = 'DOCUMENT' AND EXISTS (SELECT 1 FROM document_issue d WHERE d.id = p.item_id AND d.status = 'REVOKED'))"
                        + ") ORDER BY paid_at, id")
                .map(Payments::payment).list().stream().map(p -> {
                    Item item = lockItem(h, p.kind(), p.itemId()).orElseThrow();
                    String name = ResidentStore.byId(h, p.residentId()).map(org.madang.core.resident.Resident::name).orElse("");
                    return new RefundDue(p, name, item.reference(), item.what(), Math.min(item.refund(), p.amount()));
                }).toList());
    }

    /** The day's takings by method and by clerk, with the refunds given back that day. */
    public CashUp cashUp(LocalDate day) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        return jdbi.withHandle(h -> {
            Map<PayMethod, Integer> byMethod = new EnumMap<>(PayMethod.class);
            Map<String, Integer> byClerk = new java.util.TreeMap<>();
            int[] count = new int[1];
            h.createQuery(PAYMENT + "WHERE paid_at >= :from AND paid_at < :to").bind("from", from).bind("to", to).map(Payments::payment)
                    .forEach(p -> {
                        byMethod.merge(p.method(), p.method() == PayMethod.EXEMPT ? p.fee() : p.amount(), Integer::sum);
                        byClerk.merge(p.clerk(), p.amount(), Integer::sum);
                        count[0]++;
                    });
            int[] refunds = new int[1];
            h.createQuery("SELECT refund_clerk, refunded FROM payment WHERE refunded_at >= :from AND refunded_at < :to")
                    .bind("from", from).bind("to", to).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .forEach(e -> {
                        byClerk.merge(e.getKey(), -e.getValue(), Integer::sum);
                        refunds[0] += e.getValue();
                    });
            return new CashUp(day, byMethod, byClerk, refunds[0], count[0]);
        });
    }

    private static Optional<Payment> paymentOf(Handle h, ItemKind kind, long itemId) {
        return h.createQuery(PAYMENT + "WHERE item_kind = :k AND item_id = :i").bind("k", kind.name()).bind("i", itemId)
                .map(Payments::payment).findOne();
    }

    private static Payment byId(Handle h, long id) {
        return h.createQuery(PAYMENT + "WHERE id = :id").bind("id", id).map(Payments::payment).one();
    }

    /** The item as it stands, its own row locked for the rest of the transaction (the names joined to it are not). */
    private static Optional<Item> lockItem(Handle h, ItemKind kind, long itemId) {
        String table = switch (kind) {
            case BOOKING -> "booking";
            case COURSE -> "course_enrolment";
            case DOCUMENT -> "document_issue";
        };
        if (h.createQuery("SELECT id FROM " + table + " WHERE id = :id FOR UPDATE").bind("id", itemId).mapTo(Long.class).findOne().isEmpty()) {
            return Optional.empty();
        }
        return switch (kind) {
            case BOOKING -> h.createQuery("SELECT b.resident_id, b.fee, b.status, b.payment, b.refund, f.name_ko, f.name_en FROM booking b "
                            + "JOIN slot s ON s.id = b.slot_id JOIN facility f ON f.id = s.facility_id WHERE b.id = :id")
                    .bind("id", itemId).map((rs, ctx) -> {
                        String status = rs.getString(3);
                        boolean live = status.equals("BOOKED") || status.equals("CHECKED_IN");
                        return new Item(rs.getLong(1), rs.getInt(2), live && "UNPAID".equals(rs.getString(4)) && rs.getInt(2) > 0,
                                status.equals("CANCELLED"), rs.getInt(5), BookingNumber.of(itemId), new Localized(rs.getString(6), rs.getString(7)));
                    }).findOne();
            case COURSE -> h.createQuery("SELECT e.resident_id, e.fee, e.status, e.refund, c.code, c.title_ko, c.title_en FROM course_enrolment e "
                            + "JOIN course c ON c.id = e.course_id WHERE e.id = :id")
                    .bind("id", itemId).map((rs, ctx) -> new Item(rs.getLong(1), rs.getInt(2), "ENROLLED".equals(rs.getString(3)) && rs.getInt(2) > 0,
                            "CANCELLED".equals(rs.getString(3)), rs.getInt(4), rs.getString(5), new Localized(rs.getString(6), rs.getString(7))))
                    .findOne();
            case DOCUMENT -> h.createQuery("SELECT d.requester_id, d.fee, d.status, d.number, t.name_ko, t.name_en FROM document_issue d "
                            + "JOIN document_type t ON t.code = d.type_code WHERE d.id = :id")
                    .bind("id", itemId).map((rs, ctx) -> new Item(rs.getLong(1), rs.getInt(2), "ISSUED".equals(rs.getString(3)) && rs.getInt(2) > 0,
                            "REVOKED".equals(rs.getString(3)), rs.getInt(2), rs.getString(4), new Localized(rs.getString(5), rs.getString(6))))
                    .findOne();
        };
    }

    private static PaymentOutcome refused(String key, Object... args) {
        return new PaymentOutcome.Refused(Refusal.of(key, args));
    }

    private static Payment payment(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        String exemption = rs.getString(8);
        return new Payment(rs.getLong(1), ItemKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                PayMethod.valueOf(rs.getString(7)), exemption == null ? null : Exemption.valueOf(exemption),
                rs.getObject(9, LocalDateTime.class), rs.getString(10), rs.getInt(11), rs.getObject(12, LocalDateTime.class));
    }
}
