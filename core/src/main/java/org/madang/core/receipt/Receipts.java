package org.madang.core.receipt;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.madang.core.booking.Booking;
import org.madang.core.booking.CheckInToken;
import org.madang.core.facility.Facility;
import org.madang.core.queue.IssuedTicket;
import org.madang.hardware.receipt.Receipt;
import org.madang.hardware.receipt.ReceiptLine;

/** Composes the device-neutral receipts the services hand to a receipt printer. */
public final class Receipts {
    private final String siteName;
    private final CheckInToken tokens;
    private final Clock clock;

    public Receipts(String siteName, CheckInToken tokens, Clock clock) {
        this.siteName = siteName;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** The signed text of a booking's check-in QR code, as its receipt carries it. */
    public String checkInCode(Booking booking) {
        return tokens.issue(booking.number());
    }

    /** The receipt of a new booking, with the check-in QR, in Korean and the resident's words ({@link ReceiptWords}). */
    public Receipt booking(Booking booking, Facility facility, ReceiptWords w) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(w.value("format.date"), w.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", w.locale());
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", w.locale());
        Receipt.Builder b = Receipt.builder().title(siteName);
        w.lines("receipt.booking.title").forEach(b::centred);
        b.rule()
                .bold(w.name(facility.name()))
                .row(w.label("receipt.date"), booking.startsAt().format(day))
                .row(w.label("receipt.time"), booking.startsAt().format(time) + " – " + booking.endsAt().format(time))
                .row(w.label("receipt.party"), w.value("receipt.people", booking.party()))
                .row(w.label("receipt.fee"), w.value("money.won", String.format(w.locale(), "%,d", booking.fee())))
                .row(w.label("receipt.payment"), w.value(booking.payment().messageKey()))
                .row(w.label("receipt.number"), booking.number())
                .rule()
                .qr(checkInCode(booking));
        w.lines("receipt.checkin").forEach(b::centred);
        b.rule();
        w.lines("receipt.cancelRule").forEach(b::text);
        return b.centred(LocalDateTime.now(clock).format(stamp) + " · " + booking.terminalId())
                .cut()
                .build();
    }

    /** A queue ticket (번호표): the number large, the service, when it was taken, who is ahead, and a signed QR. */
    public Receipt ticket(IssuedTicket issued, ReceiptWords w) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", w.locale());
        String label = issued.ticket().label();
        Receipt.Builder b = Receipt.builder().title(siteName);
        w.lines("receipt.ticket.title").forEach(b::centred);
        b.rule()
                .bold(w.name(issued.line().name()))
                .line(label, ReceiptLine.Size.DOUBLE, true, ReceiptLine.Align.CENTRE);
        if (issued.ticket().priority()) {
            b.centred(w.value("receipt.ticket.priority", w.value(issued.ticket().reason().messageKey())));
        }
        b.row(w.label("receipt.ticket.taken"), issued.ticket().issuedAt().format(stamp))
                .row(w.label("receipt.ticket.ahead"), w.value("receipt.people", issued.ahead()))
                .row(w.label("receipt.ticket.wait"), w.value("receipt.ticket.minutes", issued.estimatedMinutes()))
                .rule()
                .qr(tokens.ticket(issued.ticket().day(), label));
        w.lines("receipt.ticket.rule").forEach(b::text);
        return b.centred(LocalDateTime.now(clock).format(stamp))
                .cut()
                .build();
    }

    /**
     * The slip of a welfare consultation request: that it was received, and when the centre calls
     * back or the ticket to wait with — never what it is about.
     *
     * @param line the welfare counter's name, for a ticket
     */
    public Receipt welfareRequest(org.madang.core.care.WelfareRequests.Outcome.Received received, org.madang.core.facility.Localized line,
                                  ReceiptWords w) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(w.value("format.date"), w.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", w.locale());
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", w.locale());
        Receipt.Builder b = Receipt.builder().title(siteName);
        w.lines("receipt.welfare.title").forEach(b::centred);
        b.rule();
        w.lines("receipt.welfare.received").forEach(b::bold);
        received.callback().ifPresent(c -> b
                .row(w.label("receipt.welfare.callback"), c.from().format(day))
                .row("", c.from().format(time) + " – " + c.to().format(time))
                .row(w.label("receipt.welfare.phone"), received.maskedPhone()));
        received.ticket().ifPresent(t -> {
            b.text(w.name(line))
                    .line(t.label(), ReceiptLine.Size.DOUBLE, true, ReceiptLine.Align.CENTRE)
                    .row(w.label("receipt.ticket.ahead"), w.value("receipt.people", received.ahead()))
                    .rule()
                    .qr(tokens.ticket(t.day(), t.label()));
            w.lines("receipt.ticket.rule").forEach(b::text);
        });
        b.rule();
        w.lines("receipt.welfare.private").forEach(b::text);
        return b.centred(LocalDateTime.now(clock).format(stamp))
                .cut()
                .build();
    }

    /** The signed text of a course place's check-in QR code, as its receipt carries it. */
    public String courseCode(long enrolmentId) {
        return tokens.enrolment(enrolmentId);
    }

    /**
     * The receipt of a course place: the course, its weekly time, period and place, the place's
     * standing (a seat, a waiting number, a lottery entry), the fee and why; a seat's receipt
     * carries the QR code checked in at every class.
     */
    public Receipt course(org.madang.core.course.Enrolment enrolment, org.madang.core.course.Course course, ReceiptWords w) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(w.value("format.date"), w.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", w.locale());
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", w.locale());
        String weekday = course.day().getDisplayName(java.time.format.TextStyle.SHORT, w.locale());
        String standing = w.value(enrolment.status().messageKey())
                + enrolment.waitlistNo().filter(n -> enrolment.status() == org.madang.core.course.EnrolmentStatus.WAITING)
                .map(n -> " " + w.value("receipt.course.waitNo", n)).orElse("");
        Receipt.Builder b = Receipt.builder().title(siteName);
        w.lines("receipt.course.title").forEach(b::centred);
        b.rule()
                .bold(w.name(course.title()))
                .row(w.label("receipt.course.when"), weekday + " " + course.startTime().format(time) + " – "
                        + course.startTime().plusMinutes(course.minutes()).format(time))
                .row(w.label("receipt.course.period"), course.startsOn().format(day) + " – " + course.endsOn().format(day))
                .row(w.label("receipt.course.place"), w.name(course.place()))
                .row(w.label("receipt.course.standing"), standing)
                .row(w.label("receipt.fee"), enrolment.fee() == 0 ? w.value("booking.fee.free")
                        : w.value("money.won", String.format(w.locale(), "%,d", enrolment.fee())))
                .row(w.label("receipt.course.basis"), w.value(enrolment.basis().messageKey()))
                .rule();
        if (enrolment.status() == org.madang.core.course.EnrolmentStatus.ENROLLED) {
            b.qr(courseCode(enrolment.id()));
            w.lines("receipt.course.checkin").forEach(b::centred);
            b.rule();
        }
        w.lines("receipt.course.refundRule").forEach(b::text);
        return b.centred(LocalDateTime.now(clock).format(stamp))
                .cut()
                .build();
    }

    /** The fee receipt of an issued document: which document, copies, fee and its number. */
    public Receipt document(org.madang.core.document.DocumentIssue issue, org.madang.core.facility.Localized typeName, ReceiptWords w) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", w.locale());
        Receipt.Builder b = Receipt.builder().title(siteName);
        w.lines("receipt.document.title").forEach(b::centred);
        b.rule()
                .row(w.label("receipt.document.type"), w.name(typeName))
                .row(w.label("receipt.document.copies"), Integer.toString(issue.copies()))
                .row(w.label("receipt.fee"), issue.fee() == 0 ? w.value("booking.fee.free")
                        : w.value("money.won", String.format(w.locale(), "%,d", issue.fee())))
                .row(w.label("receipt.document.number"), org.madang.core.document.DocumentNumber.grouped(issue.number()))
                .rule();
        w.lines(issue.fee() == 0 ? "receipt.document.noFee" : "receipt.document.payAtCounter").forEach(b::text);
        w.lines("receipt.document.verify").forEach(b::text);
        return b.centred(issue.issuedAt().format(stamp) + " · " + issue.terminalId())
                .cut()
                .build();
    }

    /** The receipt of a fee settled at the counter (영수증): what for, how it was paid or on what ground waived, and any refund. */
    public Receipt payment(org.madang.core.payment.Payment payment, org.madang.core.payment.FeeItem item, Labels labels) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", labels.locale());
        Receipt.Builder b = Receipt.builder()
                .title(siteName)
                .centred(labels.get("receipt.payment.title"))
                .rule()
                .bold(item.what().in(labels.language()))
                .row(labels.get("receipt.payment.for"), labels.get(item.kind().messageKey()))
                .row(labels.get("receipt.number"), item.reference())
                .row(labels.get("receipt.payment.who"), org.madang.core.resident.Resident.mask(item.residentName()))
                .row(labels.get("receipt.fee"), won(item.fee(), labels))
                .row(labels.get("receipt.payment.method"), labels.get(payment.method().messageKey()));
        if (payment.exemption() != null) {
            b.row(labels.get("receipt.payment.ground"), labels.get(exemptionKey(payment.exemption())));
        }
        b.row(labels.get("receipt.payment.amount"), won(payment.amount(), labels));
        if (payment.refunded() > 0) {
            b.row(labels.get("receipt.payment.refunded"), won(payment.refunded(), labels));
        }
        return b.rule()
                .centred((payment.refundedAt() != null ? payment.refundedAt() : payment.paidAt()).format(stamp) + " · " + payment.clerk())
                .cut()
                .build();
    }

    /** The day's cash-up (정산) for the clerks' records: totals by method and by clerk, refunds, the net. */
    public Receipt cashUp(org.madang.core.payment.CashUp day, Labels labels) {
        DateTimeFormatter stamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", labels.locale());
        Receipt.Builder b = Receipt.builder()
                .title(siteName)
                .centred(labels.get("receipt.cashUp.title", day.day()))
                .rule();
        for (org.madang.core.payment.PayMethod m : org.madang.core.payment.PayMethod.values()) {
            b.row(labels.get(m.messageKey()), won(day.byMethod().getOrDefault(m, 0), labels));
        }
        b.row(labels.get("receipt.cashUp.refunds"), won(day.refunds(), labels))
                .row(labels.get("receipt.cashUp.count"), Integer.toString(day.payments()))
                .bold(labels.get("receipt.cashUp.net", won(day.net(), labels)))
                .rule();
        day.byClerk().forEach((clerk, sum) -> b.row(clerk, won(sum, labels)));
        return b.rule()
                .centred(LocalDateTime.now(clock).format(stamp))
                .cut()
                .build();
    }

    private static String won(int amount, Labels labels) {
        return labels.get("money.won", String.format(labels.locale(), "%,d", amount));
    }

    /** The message key that names an exemption's ground. */
    public static String exemptionKey(org.madang.core.resident.Exemption ground) {
        return switch (ground) {
            case SENIOR -> "booking.feeBasis.senior";
            case DISABILITY -> "booking.feeBasis.disability";
            case BASIC_LIVELIHOOD -> "booking.feeBasis.basicLivelihood";
            case NATIONAL_MERIT -> "booking.feeBasis.nationalMerit";
        };
    }
}
