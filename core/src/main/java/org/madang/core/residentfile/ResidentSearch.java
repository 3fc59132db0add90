package org.madang.core.residentfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.booking.BookingNumber;
import org.madang.core.booking.CheckIns;
import org.madang.core.course.CourseAttendance;
import org.madang.core.document.DocumentNumber;
import org.madang.core.document.DocumentVerifier;
import org.madang.core.document.Verification;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentStore;
import org.madang.core.resident.Rrn;
import org.madang.core.resident.RrnCipher;

/**
 * The counter's one search box (Ctrl+K): whatever the clerk types or scans — a name (with a
 * birth date or year), a phone number or its last four digits, a registration number, a booking
 * or document number, the QR of a booking or course receipt or of a document — finds the
 * residents it names. A code from another system, or one whose seal does not hold, is refused
 * with the reason.
 */
public final class ResidentSearch {
    /** A resident found, with their phone and what matched. */
    public record Hit(Resident resident, String phone, Match match) {
    }

    /** How a hit was found. */
    public enum Match {
        NAME, PHONE, REGISTRATION_NUMBER, BOOKING, DOCUMENT, RECEIPT_QR
    }

    /** What a search answered: the residents found (maybe none), or why the code was refused. */
    public sealed interface Answer {
        record Found(List<Hit> hits) implements Answer {
        }

        record Refused(Refusal refusal) implements Answer {
        }
    }

    private static final String SELECT = "SELECT id, name, birth_date, sex, address, county_resident, disability, basic_livelihood, "
            + "national_merit, phone FROM resident ";
    private static final Pattern NAME_AND_BIRTH = Pattern.compile("^(\\D+?)\\s*(\\d{2,8}(?:[-./]\\d{1,2}[-./]\\d{1,2})?)?$");

    private final Jdbi jdbi;
    private final RrnCipher cipher;
    private final CheckIns checkIns;
    private final CourseAttendance attendance;
    private final DocumentVerifier documents;
    private final java.time.Clock clock;

    /** @param documents reads a document's QR; null where the site issues no documents */
    public ResidentSearch(Jdbi jdbi, RrnCipher cipher, CheckIns checkIns, CourseAttendance attendance, DocumentVerifier documents,
                          java.time.Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cipher = cipher;
        this.checkIns = checkIns;
        this.attendance = attendance;
        this.documents = documents;
    }

    /** At most {@code limit} residents for what was typed or scanned, best first. */
    public Answer find(String typed, int limit) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty()) {
            return found(List.of());
        }
        if (q.startsWith("MDG1.")) {
            return scanned(q);
        }
        Optional<Long> booking = BookingNumber.parse(q);
        if (booking.isPresent()) {
            // a number printed by a centre before its move into the county names the booking's old id: both are shown
            return found(list("WHERE id IN (SELECT resident_id FROM booking WHERE id = :v OR id IN "
                    + "(SELECT new_id FROM moved_id WHERE table_name = 'booking' AND old_id = :v))", booking.get(), Match.BOOKING));
        }
        String digits = q.replaceAll("[\\s-]", "");
        if (digits.matches("\\d+")) {
            return byDigits(q, digits, limit);
        }
        Matcher m = NAME_AND_BIRTH.matcher(q);
        if (m.matches()) {
            return found(byName(m.group(1).strip(), born(m.group(2)), limit));
        }
        return found(List.of());
    }

    private Answer byDigits(String typed, String digits, int limit) {
        if (digits.length() == 13) {
            Optional<Rrn> rrn = Rrn.parse(typed.replaceAll("\\s", ""));
            if (rrn.isPresent()) {
                return found(list("WHERE rrn_hash = :v", cipher.lookupHash(rrn.get()), Match.REGISTRATION_NUMBER));
            }
        }
        if (digits.length() == DocumentNumber.LENGTH && DocumentNumber.checks(digits)) {
            return found(list("WHERE id IN (SELECT subject_id FROM document_issue WHERE number = :v "
                    + "UNION SELECT requester_id FROM document_issue WHERE number = :v)", digits, Match.DOCUMENT));
        }
        if (digits.startsWith("01") && digits.length() >= 10) {
            String phone = digits.substring(0, 3) + "-" + digits.substring(3, digits.length() - 4) + "-" + digits.substring(digits.length() - 4);
            return found(list("WHERE phone = :v ORDER BY name, id LIMIT " + limit, phone, Match.PHONE));
        }
        if (digits.length() == 4) {
            return found(list("WHERE phone_tail = :v ORDER BY name, id LIMIT " + limit, digits, Match.PHONE));
        }
        Born born = born(digits);
        if (born != null && digits.length() >= 6) {
            return found(list("WHERE birth_date = :v ORDER BY name, id LIMIT " + limit, born.from(), Match.NAME));
        }
        return found(List.of());
    }

    /** A receipt's or a document's QR code, scanned at the desk. */
    private Answer scanned(String code) {
        if (CourseAttendance.recognises(code)) {
            return attendance.residentOf(code).map(id -> found(list("WHERE id = :v", id, Match.RECEIPT_QR)))
                    .orElseGet(() -> refused("search.refused.forged"));
        }
        if (code.startsWith("MDG1.B.")) {
            return checkIns.residentOf(code).map(id -> found(list("WHERE id = :v", id, Match.RECEIPT_QR)))
                    .orElseGet(() -> refused("search.refused.forged"));
        }
        if (documents != null && (code.startsWith("MDG1.D.") || code.startsWith("MDG1.S."))) {
            Verification v = documents.code(code);
            if (v.verdict() != Verification.Verdict.VALID && v.verdict() != Verification.Verdict.REVOKED) {
                return new Answer.Refused(Refusal.of(v.verdict().messageKey()));
            }
            String number = v.summary().orElseThrow().number();
            return found(list("WHERE id = (SELECT subject_id FROM document_issue WHERE number = :v)", number, Match.DOCUMENT));
        }
        return refused("search.refused.foreign");
    }

    private List<Hit> byName(String typedName, Born born, int limit) {
        String name = typedName.replace("%", "").replace("_", "").strip();
        if (name.isEmpty()) {
            return List.of();
        }
        String sql = SELECT + "WHERE name LIKE :v" + (born != null ? " AND birth_date BETWEEN :from AND :to" : "")
                + " ORDER BY name, birth_date, id LIMIT " + limit;
        return jdbi.withHandle(h -> {
            var query = h.createQuery(sql).bind("v", name + "%");
            if (born != null) {
                query.bind("from", born.from()).bind("to", born.to());
            }
            return query.map((rs, ctx) -> new Hit(ResidentStore.row(rs, ctx), rs.getString("phone"), Match.NAME)).list();
        });
    }

    private List<Hit> list(String where, Object value, Match match) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + where).bind("v", value)
                .map((rs, ctx) -> new Hit(ResidentStore.row(rs, ctx), rs.getString("phone"), match)).list());
    }

    /** Birth dates a typed number stands for: one day (19570312, 570312, 1957-03-12, 1957.3.12) or a year (1957, 57). */
    private record Born(LocalDate from, LocalDate to) {
    }

    private Born born(String typed) {
        if (typed == null) {
            return null;
        }
        String d = typed.replaceAll("[-./]", " ").strip();
        try {
            if (d.contains(" ")) {
                String[] p = d.split("\\s+");
                LocalDate day = LocalDate.of(century(Integer.parseInt(p[0])), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
                return new Born(day, day);
            }
            LocalDate day = switch (d.length()) {
                case 8 -> LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6)));
                case 6 -> LocalDate.of(century(Integer.parseInt(d.substring(0, 2))), Integer.parseInt(d.substring(2, 4)),
                        Integer.parseInt(d.substring(4)));
                default -> null;
            };
            if (day != null) {
                return new Born(day, day);
            }
            if (d.length() == 4 || d.length() == 2) {
                int year = century(Integer.parseInt(d));
                return new Born(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (java.time.DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        }
        return null;
    }

    /** A two-digit year in the last hundred years; a four-digit one as it is. */
    private int century(int year) {
        if (year >= 100) {
            return year;
        }
        int now = LocalDate.now(clock).getYear();
        return year <= now % 100 ? now - now % 100 + year : now - now % 100 - 100 + year;
    }

    private static Answer found(List<Hit> hits) {
        return new Answer.Found(hits);
    }

    private static Answer refused(String key) {
        return new Answer.Refused(Refusal.of(key));
    }
}
