package org.madang.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.madang.core.booking.BookingNumber;
import org.madang.core.course.CourseAttendance;
import org.madang.core.document.Seal;
import org.madang.core.resident.Rrn;
import org.madang.core.testing.TestSite;

/**
 * Everything Madang reads from a scanner or a search box, fuzzed on a seeded site: booking and
 * queue-ticket receipts, course receipts, document seals, registration numbers, booking numbers
 * and the counter's search text. Never an uncaught exception; always an answer or a plain
 * refusal; nothing checked in or changed by a code that is not genuine (FUZZING in README).
 */
class ScannedTextProperties {
    private static TestSite site;

    @BeforeContainer
    static void open() {
        site = TestSite.seeded(TestSite.tempRoot());
    }

    @AfterContainer
    static void close() {
        site.close();
    }

    @Provide
    Arbitrary<String> scanned() {
        // Madang's own prefixes with anything after them, and anything at all
        Arbitrary<String> tail = Arbitraries.strings().ofMaxLength(90);
        Arbitrary<String> prefix = Arbitraries.of("MDG1.B.", "MDG1.T.", "MDG1.L.", "MDG1.D.", "MDG1.", "MDG1.B..", "MDG", "");
        Arbitrary<String> dotted = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=")
                .ofMaxLength(90);
        return Arbitraries.oneOf(net.jqwik.api.Combinators.combine(prefix, dotted).as(String::concat),
                net.jqwik.api.Combinators.combine(prefix, tail).as(String::concat), tail);
    }

    @Property(seed = "20261202", tries = 300)
    void anyScannedCodeIsAnsweredAndChangesNothing(@ForAll("scanned") String text) {
        long events = site.events().latestId();
        if (CourseAttendance.recognises(text)) {
            assertThat(site.courseAttendance().checkIn(text)).isInstanceOf(CourseAttendance.Outcome.Refused.class);
        } else {
            assertThat(site.checkIns().checkIn(text)).isNotNull();
        }
        assertThat(site.verifier().code(text)).isNotNull();
        Seal.parse(text);
        BookingNumber.parse(text);
        Rrn.parse(text);
        assertThat(site.events().latestId()).as("a code that is not genuine changes nothing").isEqualTo(events);
    }

    @Property(seed = "20261202", tries = 300)
    void anySearchTextIsAnswered(@ForAll("scanned") String typed) {
        assertThat(site.residentSearch().find(typed, 20)).isNotNull();
    }
}
