package org.madang.core.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.report.ReportTable.Minutes;
import org.madang.core.report.ReportTable.Share;
import org.madang.core.report.ReportTable.Word;
import org.madang.core.survey.RatingCount;
import org.madang.core.survey.Satisfaction;
import org.madang.core.survey.SatisfactionTally;
import org.madang.core.terminal.Fleet;

/**
 * Works out a centre's report for a period (COUNTER.md, Reports): bookings and how full each
 * facility was, by weekday and hour too; no-shows and bans; money taken and refunded by method;
 * how full the courses were, their waiting lists and completion; documents by type and channel;
 * queue waits (p50/p90) by service and by hour; kiosk uptime and device faults; satisfaction.
 * Reads only; one section after another, telling progress and stopping when cancelled.
 */
public final class SiteReports {
    /** The sections, in the order worked out (progress counts them). */
    public static final int SECTIONS = 9;

    private final Jdbi jdbi;
    private final Fleet fleet;
    private final Satisfaction satisfaction;
    private final Clock clock;
    private final String siteName;
    private final PracticeAttendance.Source practice;
    private final ReportScope scope;

    /** A report of every row in the database (a centre on a database of its own). */
    public SiteReports(Jdbi jdbi, Fleet fleet, Satisfaction satisfaction, Clock clock, String siteName) {
        this(jdbi, fleet, satisfaction, clock, siteName, PracticeAttendance.Source.NONE, ReportScope.county());
    }

    /**
     * @param siteName the name the report carries (the centre's, or the county's)
     * @param practice the digital-learning room's records, when the centre keeps them
     * @param scope    one centre's rows, or the whole county's
     */
    public SiteReports(Jdbi jdbi, Fleet fleet, Satisfaction satisfaction, Clock clock, String siteName, PracticeAttendance.Source practice,
                       ReportScope scope) {
        this.jdbi = jdbi;
        this.fleet = fleet;
        this.satisfaction = satisfaction;
        this.clock = clock;
        this.siteName = siteName;
        this.practice = practice;
        this.scope = scope;
    }

    /** The report at once (the command line). */
    public SiteReport make(Period period, String language) {
        return make(period, language, done -> { }, () -> false);
    }

    /**
     * The report, telling {@code progress} how many of {@link #SECTIONS} are done and checking
     * {@code cancelled} between them.
     *
     * @throws CancellationException when cancelled before the last section
     */
    public SiteReport make(Period period, String language, IntConsumer progress, BooleanSupplier cancelled) {
        boolean ko = "ko".equals(language);
        LocalDateTime from = period.from().atStartOfDay();
        LocalDateTime until = period.to().plusDays(1).atStartOfDay();
        List<ReportTable> tables = new ArrayList<>();
        Summary summary = new Summary();
        int[] step = {0};
        Runnable next = () -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("the report was cancelled");
            }
            progress.accept(++step[0]);
        };
        SiteReport.HeatMap heat = jdbi.withHandle(h -> {
            tables.add(facilities(h, period, ko, summary, scope));
            next.run();
            SiteReport.HeatMap map = heat(h, period, scope);
            summary.bans = h.createQuery("SELECT COUNT(*) FROM booking_ban WHERE starts_at >= :a AND starts_at < :b")
                    .bind("a", from).bind("b", until).mapTo(Long.class).one();
            next.run();
            tables.add(money(h, from, until, summary, scope));
            next.run();
            tables.add(courses(h, period, ko, scope));
            next.run();
            tables.add(documents(h, from, until, ko, summary, scope));
            next.run();
            List<ReportTable> queue = queue(h, period, ko, summary, scope);
            tables.addAll(queue);
            next.run();
            return map;
        });
        tables.add(kiosks(period));
        next.run();
        tables.add(satisfaction(period, summary));
        next.run();
        practice.attendance(period).ifPresent(tables::add);
        next.run();
        tables.add(0, summary.table());
        return new SiteReport(siteName, period, language, LocalDateTime.now(clock), tables, heat);
    }

    private static ReportTable facilities(Handle h, Period p, boolean ko, Summary summary, ReportScope scope) {
        Map<Long, long[]> byStatus = new TreeMap<>();
        scope.bind(h.createQuery("SELECT s.facility_id, b.status, COUNT(*) FROM booking b JOIN slot s ON s.id = b.slot_id "
                        + "JOIN facility f ON f.id = s.facility_id WHERE s.slot_day BETWEEN :from AND :to" + scope.and("f.site = :centre")
                        + "GROUP BY s.facility_id, b.status"))
                .bind("from", p.from()).bind("to", p.to())
                .map((rs, ctx) -> {
                    long[] n = byStatus.computeIfAbsent(rs.getLong(1), id -> new long[4]);
                    int at = switch (rs.getString(2)) {
                        case "CANCELLED" -> 1;
                        case "NO_SHOW" -> 2;
                        case "CHECKED_IN" -> 3;
                        default -> 0;
                    };
                    n[at] += rs.getLong(3);
                    return 0;
                }).list();
        List<List<Object>> rows = new ArrayList<>();
        scope.bind(h.createQuery("SELECT f.id, f.name_ko, f.name_en, COUNT(s.id), COALESCE(SUM(s.capacity), 0), COALESCE(SUM(s.booked), 0) "
                        + "FROM facility f LEFT JOIN slot s ON s.facility_id = f.id AND s.slot_day BETWEEN :from AND :to AND NOT s.closed "
                        + "WHERE TRUE" + scope.and("f.site = :centre") + "GROUP BY f.id, f.name_ko, f.name_en ORDER BY f.id"))
                .bind("from", p.from()).bind("to", p.to())
                .map((rs, ctx) -> {
                    long[] n = byStatus.getOrDefault(rs.getLong(1), new long[4]);
                    // bookings made for the period: kept, checked in or missed (cancelled ones counted apart)
                    long made = n[0] + n[2] + n[3];
                    summary.bookings += made;
                    summary.cancelled += n[1];
                    summary.noShows += n[2];
                    summary.offered += rs.getLong(5);
                    summary.booked += rs.getLong(6);
                    return List.<Object>of(rs.getString(ko ? 2 : 3), rs.getLong(4), made, n[1], n[2], n[3],
                            new Share(rs.getLong(6), rs.getLong(5)));
                }).forEach(rows::add);
        return new ReportTable("counter.report.facilities", List.of("counter.report.col.facility", "counter.report.col.slots",
                "counter.report.col.bookings", "counter.report.col.cancelled", "counter.report.col.noShows", "counter.report.col.checkedIn",
                "counter.report.col.utilisation"), rows);
    }

    private static SiteReport.HeatMap heat(Handle h, Period p, ReportScope scope) {
        long[][] booked = new long[7][24];
        long[][] offered = new long[7][24];
        scope.bind(h.createQuery("SELECT slot_day, EXTRACT(HOUR FROM starts_at), SUM(booked), SUM(capacity) FROM slot "
                        + "WHERE slot_day BETWEEN :from AND :to AND NOT closed"
                        + scope.and("facility_id IN (SELECT id FROM facility WHERE site = :centre)")
                        + "GROUP BY slot_day, EXTRACT(HOUR FROM starts_at)"))
                .bind("from", p.from()).bind("to", p.to())
                .map((rs, ctx) -> {
                    int day = rs.getObject(1, LocalDate.class).getDayOfWeek().getValue() - 1;
                    int hour = rs.getInt(2);
                    booked[day][hour] += rs.getLong(3);
                    offered[day][hour] += rs.getLong(4);
                    return 0;
                }).list();
        int first = 24;
        int last = -1;
        for (int hour = 0; hour < 24; hour++) {
            for (int day = 0; day < 7; day++) {
                if (offered[day][hour] > 0) {
                    first = Math.min(first, hour);
                    last = Math.max(last, hour);
                }
            }
        }
        if (last < 0) {
            return new SiteReport.HeatMap(0, -1, new int[7][0]);
        }
        int[][] percent = new int[7][last - first + 1];
        for (int day = 0; day < 7; day++) {
            for (int hour = first; hour <= last; hour++) {
                percent[day][hour - first] = new Share(booked[day][hour], offered[day][hour]).percent();
            }
        }
        return new SiteReport.HeatMap(first, last, percent);
    }

    private static ReportTable money(Handle h, LocalDateTime from, LocalDateTime until, Summary summary, ReportScope scope) {
        Map<String, long[]> byMethod = new LinkedHashMap<>();
        for (String m : List.of("CASH", "CARD", "TRANSFER", "EXEMPT")) {
            byMethod.put(m, new long[4]);
        }
        scope.bind(h.createQuery("SELECT method, COUNT(*), COALESCE(SUM(amount), 0) FROM payment WHERE paid_at >= :a AND paid_at < :b"
                        + scope.and("site = :centre") + "GROUP BY method"))
                .bind("a", from).bind("b", until)
                .map((rs, ctx) -> {
                    long[] n = byMethod.computeIfAbsent(rs.getString(1), m -> new long[4]);
                    n[0] = rs.getLong(2);
                    n[1] = rs.getLong(3);
                    return 0;
                }).list();
        scope.bind(h.createQuery("SELECT method, COUNT(*), COALESCE(SUM(refunded), 0) FROM payment WHERE refunded > 0 AND refunded_at >= :a "
                        + "AND refunded_at < :b" + scope.and("site = :centre") + "GROUP BY method"))
                .bind("a", from).bind("b", until)
                .map((rs, ctx) -> {
                    long[] n = byMethod.computeIfAbsent(rs.getString(1), m -> new long[4]);
                    n[2] = rs.getLong(2);
                    n[3] = rs.getLong(3);
                    return 0;
                }).list();
        List<List<Object>> rows = new ArrayList<>();
        byMethod.forEach((method, n) -> {
            summary.revenue += n[1];
            summary.refunded += n[3];
            rows.add(List.of(new Word(methodKey(method)), n[0], n[1], n[2], n[3]));
        });
        return new ReportTable("counter.report.money", List.of("counter.report.col.method", "counter.report.col.payments",
                "counter.report.col.amount", "counter.report.col.refunds", "counter.report.col.refunded"), rows);
    }

    private static String methodKey(String method) {
        return switch (method) {
            case "CASH" -> "payment.method.cash";
            case "CARD" -> "payment.method.card";
            case "TRANSFER" -> "payment.method.transfer";
            case "EXEMPT" -> "payment.method.exempt";
            default -> throw new IllegalStateException("a payment method this report does not know: " + method);
        };
    }

    private static ReportTable courses(Handle h, Period p, boolean ko, ReportScope scope) {
        List<List<Object>> rows = new ArrayList<>();
        scope.bind(h.createQuery("SELECT c.title_ko, c.title_en, c.capacity, c.enrolled, "
                        + "COALESCE(SUM(CASE WHEN e.status = 'WAITING' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN e.status = 'NOT_COMPLETED' THEN 1 ELSE 0 END), 0) "
                        + "FROM course c LEFT JOIN course_enrolment e ON e.course_id = c.id "
                        + "WHERE c.starts_on <= :to AND c.ends_on >= :from" + scope.and("c.site = :centre")
                        + "GROUP BY c.id, c.title_ko, c.title_en, c.capacity, c.enrolled ORDER BY c.starts_on, c.id"))
                .bind("from", p.from()).bind("to", p.to())
                .map((rs, ctx) -> List.<Object>of(rs.getString(ko ? 1 : 2), rs.getLong(3), rs.getLong(4), new Share(rs.getLong(4), rs.getLong(3)),
                        rs.getLong(5), new Share(rs.getLong(6), rs.getLong(6) + rs.getLong(7))))
                .forEach(rows::add);
        return new ReportTable("counter.report.courses", List.of("counter.report.col.course", "counter.report.col.capacity",
                "counter.report.col.enrolled", "counter.report.col.fill", "counter.report.col.waiting", "counter.report.col.completion"), rows);
    }

    private static ReportTable documents(Handle h, LocalDateTime from, LocalDateTime until, boolean ko, Summary summary, ReportScope scope) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        scope.bind(h.createQuery("SELECT COALESCE(t.name_ko, d.type_code), COALESCE(t.name_en, d.type_code), d.channel, COUNT(*) "
                        + "FROM document_issue d LEFT JOIN document_type t ON t.code = d.type_code WHERE d.issued_at >= :a AND d.issued_at < :b"
                        + scope.and("d.site = :centre")
                        + "GROUP BY t.sort_order, d.type_code, t.name_ko, t.name_en, d.channel ORDER BY t.sort_order, d.type_code"))
                .bind("a", from).bind("b", until)
                .map((rs, ctx) -> {
                    long[] n = byType.computeIfAbsent(rs.getString(ko ? 1 : 2), t -> new long[2]);
                    n["KIOSK".equals(rs.getString(3)) ? 0 : 1] += rs.getLong(4);
                    return 0;
                }).list();
        List<List<Object>> rows = new ArrayList<>();
        byType.forEach((name, n) -> {
            summary.documentsKiosk += n[0];
            summary.documents += n[0] + n[1];
            rows.add(List.of(name, n[0], n[1], n[0] + n[1], new Share(n[0], n[0] + n[1])));
        });
        return new ReportTable("counter.report.documents", List.of("counter.report.col.document", "counter.report.col.kiosk",
                "counter.report.col.counter", "counter.report.col.total", "counter.report.col.kioskShare"), rows);
    }

    private static List<ReportTable> queue(Handle h, Period p, boolean ko, Summary summary, ReportScope scope) {
        Map<String, List<Double>> byService = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<Integer, List<Double>> byHour = new TreeMap<>();
        scope.bind(h.createQuery("SELECT s.name_ko, s.name_en, q.issued_at, q.called_at, q.status FROM queue_ticket q "
                        + "JOIN queue_service s ON s.id = q.service_id WHERE q.ticket_day BETWEEN :from AND :to" + scope.and("q.site = :centre")
                        + "ORDER BY s.id, q.id"))
                .bind("from", p.from()).bind("to", p.to())
                .map((rs, ctx) -> {
                    String service = rs.getString(ko ? 1 : 2);
                    List<Double> waits = byService.computeIfAbsent(service, s -> new ArrayList<>());
                    long[] n = counts.computeIfAbsent(service, s -> new long[2]);
                    n[0]++;
                    if ("NO_SHOW".equals(rs.getString(5))) {
                        n[1]++;
                    }
                    LocalDateTime issued = rs.getObject(3, LocalDateTime.class);
                    LocalDateTime called = rs.getObject(4, LocalDateTime.class);
                    if (called != null) {
                        double minutes = Math.max(0, Duration.between(issued, called).toSeconds()) / 60.0;
                        waits.add(minutes);
                        byHour.computeIfAbsent(issued.getHour(), x -> new ArrayList<>()).add(minutes);
                    }
                    return 0;
                }).list();
        List<List<Object>> rows = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        byService.forEach((service, waits) -> {
            all.addAll(waits);
            long[] n = counts.get(service);
            rows.add(List.of(service, n[0], (long) waits.size(), new Minutes(percentile(waits, 50)), new Minutes(percentile(waits, 90)), n[1]));
        });
        summary.tickets = counts.values().stream().mapToLong(n -> n[0]).sum();
        summary.waitP50 = percentile(all, 50);
        summary.waitP90 = percentile(all, 90);
        List<List<Object>> hours = new ArrayList<>();
        byHour.forEach((hour, waits) -> hours.add(List.of(String.format("%02d:00", hour), (long) waits.size(),
                new Minutes(percentile(waits, 50)), new Minutes(percentile(waits, 90)))));
        return List.of(new ReportTable("counter.report.queue", List.of("counter.report.col.service", "counter.report.col.tickets",
                        "counter.report.col.called", "counter.report.col.p50", "counter.report.col.p90", "counter.report.col.noShows"), rows),
                new ReportTable("counter.report.queueHours", List.of("counter.report.col.hour", "counter.report.col.called",
                        "counter.report.col.p50", "counter.report.col.p90"), hours));
    }

    /** The nearest-rank percentile of {@code values} (0 when there are none). */
    static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private ReportTable kiosks(Period p) {
        List<List<Object>> rows = new ArrayList<>();
        fleet.uptime(p.from(), p.to(), scope.centre()).forEach((terminal, up) -> rows.add(List.of(terminal, new Minutes(up.secondsUp() / 3600.0),
                (long) up.days(), (long) up.faults())));
        return new ReportTable("counter.report.kiosks", List.of("counter.report.col.terminal", "counter.report.col.hoursUp",
                "counter.report.col.days", "counter.report.col.faults"), rows);
    }

    private ReportTable satisfaction(Period p, Summary summary) {
        SatisfactionTally tally = satisfaction.tally(p.from(), p.to(), scope.centre());
        List<List<Object>> rows = new ArrayList<>();
        for (RatingCount c : tally.byService()) {
            rows.add(List.of(new Word(completionKey(c.what())), (long) c.good(), (long) c.okay(), (long) c.poor(), (long) c.total(),
                    new Share(c.good(), c.total())));
        }
        summary.answers = tally.total();
        summary.good = tally.byService().stream().mapToLong(RatingCount::good).sum();
        return new ReportTable("counter.report.satisfaction", List.of("counter.report.col.service", "kiosk.survey.good", "kiosk.survey.okay",
                "kiosk.survey.poor", "counter.report.col.total", "counter.satisfaction.column.goodShare"), rows);
    }

    private static String completionKey(String completion) {
        return switch (completion) {
            case "BOOKING" -> "counter.satisfaction.service.booking";
            case "BOOKING_CANCEL" -> "counter.satisfaction.service.cancel";
            case "COURSE" -> "counter.satisfaction.service.course";
            case "DOCUMENT" -> "counter.satisfaction.service.document";
            case "QUEUE_TICKET" -> "counter.satisfaction.service.ticket";
            case "CHECK_IN" -> "counter.satisfaction.service.checkin";
            case "WELFARE" -> "counter.satisfaction.service.welfare";
            default -> throw new IllegalStateException("a service this report does not know: " + completion);
        };
    }

    /** The headline figures, gathered while the sections are worked out. */
    private static final class Summary {
        long bookings;
        long cancelled;
        long noShows;
        long bans;
        long offered;
        long booked;
        long revenue;
        long refunded;
        long documents;
        long documentsKiosk;
        long tickets;
        double waitP50;
        double waitP90;
        long answers;
        long good;

        ReportTable table() {
            List<List<Object>> rows = List.of(
                    List.of(new Word("counter.report.sum.bookings"), bookings),
                    List.of(new Word("counter.report.sum.utilisation"), new Share(booked, offered)),
                    List.of(new Word("counter.report.sum.cancelled"), cancelled),
                    List.of(new Word("counter.report.sum.noShows"), noShows),
                    List.of(new Word("counter.report.sum.bans"), bans),
                    List.of(new Word("counter.report.sum.revenue"), revenue),
                    List.of(new Word("counter.report.sum.refunded"), refunded),
                    List.of(new Word("counter.report.sum.documents"), documents),
                    List.of(new Word("counter.report.sum.documentsKiosk"), new Share(documentsKiosk, documents)),
                    List.of(new Word("counter.report.sum.tickets"), tickets),
                    List.of(new Word("counter.report.sum.waitP50"), new Minutes(waitP50)),
                    List.of(new Word("counter.report.sum.waitP90"), new Minutes(waitP90)),
                    List.of(new Word("counter.report.sum.satisfaction"), new Share(good, answers)));
            return new ReportTable("counter.report.summary", List.of("counter.report.col.figure", "counter.report.col.value"), rows);
        }
    }
}
