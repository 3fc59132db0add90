package org.madang.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.madang.core.booking.RuleFixture.answer;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.resident.ResidentMessage;

/** Lotteries of popular slots: entries, the draw, results told, leftovers first-come. */
class LotteryTest {
    private final RuleFixture f = new RuleFixture();
    /** A popular tennis slot in January: entries 21–28 Nov, the draw 28 Nov 09:00, first-come from 1 Dec 09:00. */
    private static final LocalDateTime JAN_9 = LocalDateTime.of(2027, 1, 9, 10, 0);

    @AfterEach
    void close() {
        f.close();
    }

    private String enter(LocalDateTime start, long resident) {
        LotteryOutcome outcome = f.site.lottery().enter(f.slot(2, start).id(), resident, 1);
        return outcome instanceof LotteryOutcome.Refused r ? r.refusal().messageKey() : "entered";
    }

    @Test
    void entriesAreTakenOnlyInTheWeekBeforeTheDraw() {
        f.at(LocalDateTime.of(2026, 11, 21, 8, 59));
        assertThat(enter(JAN_9, RuleFixture.COUNTY)).isEqualTo("lottery.refused.notTaking");
        f.at(LocalDateTime.of(2026, 11, 21, 9, 0));
        assertThat(enter(JAN_9, RuleFixture.COUNTY)).isEqualTo("entered");
        f.at(LocalDateTime.of(2026, 11, 28, 9, 0));
        assertThat(enter(JAN_9, RuleFixture.VISITOR)).isEqualTo("lottery.refused.notTaking");
    }

    @Test
    void duringEntriesFirstComeBookingIsRefusedWithTheDates() {
        assertThat(answer(f.book(2, JAN_9, RuleFixture.COUNTY))).isEqualTo("booking.refused.lotteryOnly");
        assertThat(answer(f.book(1, JAN_9, RuleFixture.COUNTY))).isEqualTo("booking.refused.notYet");
    }

    @Test
    void enteringTwiceCountsOnceAndOneSlotPerFacilityPerDay() {
        assertThat(enter(JAN_9, RuleFixture.COUNTY)).isEqualTo("entered");
        assertThat(f.site.lottery().enter(f.slot(2, JAN_9).id(), RuleFixture.COUNTY, 1)).isInstanceOf(LotteryOutcome.Entered.class);
        assertThat(f.site.lottery().entries(f.slot(2, JAN_9).id())).isEqualTo(1);
        assertThat(enter(JAN_9.plusHours(2), RuleFixture.COUNTY)).isEqualTo("lottery.refused.sameDay");
    }

    @Test
    void theDrawRunsAtItsTimeBooksOneWinnerPerCourtAndTellsEveryone() {
        List<Long> people = List.of(RuleFixture.COUNTY, RuleFixture.VISITOR, RuleFixture.SENIOR, RuleFixture.COUNTY_2);
        people.forEach(p -> assertThat(enter(JAN_9, p)).isEqualTo("entered"));
        f.at(LocalDateTime.of(2026, 11, 28, 8, 59));
        assertThat(f.site.sweeper().sweep().draws()).isZero();
        f.at(LocalDateTime.of(2026, 11, 28, 9, 0));
        assertThat(f.site.sweeper().sweep().draws()).isEqualTo(1);
        assertThat(f.site.sweeper().sweep().draws()).isZero();

        assertThat(f.slot(2, JAN_9).booked()).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE channel = 'LOTTERY'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM lottery_entry WHERE status = 'WON'")).isEqualTo(1);
        assertThat(f.site.count("SELECT COUNT(*) FROM lottery_entry WHERE status = 'LOST'")).isEqualTo(3);
        List<String> told = people.stream().flatMap(p -> f.site.messages().unread(p).stream()).map(ResidentMessage::messageKey).toList();
        assertThat(told).containsExactlyInAnyOrder("message.lottery.wonUnpaid", "message.lottery.lost", "message.lottery.lost",
                "message.lottery.lost");
        assertThat(f.site.count("SELECT winners FROM lottery_draw")).isEqualTo(1);
    }

    @Test
    void theWinnerPaysWithinTwoDaysOfTheDraw() {
        enter(JAN_9, RuleFixture.VISITOR);
        f.at(LocalDateTime.of(2026, 11, 28, 9, 0));
        f.site.sweeper().sweep();
        assertThat(f.site.count("SELECT COUNT(*) FROM booking WHERE pay_by = '2026-11-30 09:00:00'")).isEqualTo(1);
    }

    @Test
    void leftoversGoFirstComeWhenTheWindowOpens() {
        enter(JAN_9, RuleFixture.COUNTY);
        f.at(LocalDateTime.of(2026, 11, 28, 9, 0));
        f.site.sweeper().sweep();
        assertThat(answer(f.book(2, JAN_9.plusHours(2), RuleFixture.COUNTY_2))).isEqualTo("booking.refused.drawn");
        f.at(LocalDateTime.of(2026, 12, 1, 9, 0));
        assertThat(answer(f.book(2, JAN_9.plusHours(2), RuleFixture.COUNTY_2))).isEqualTo("booked");
        assertThat(answer(f.book(2, JAN_9, RuleFixture.SENIOR))).isEqualTo("booking.refused.residentsFirst");
    }
}
