package org.madang.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** Notices written, pinned and hidden at the counter, as the kiosk's board shows them; each field checked, each change an event. */
class NoticeDeskTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot()).staff("root=ADMIN", "desk=CLERK");
    private final LocalDate today = site.clock.localNow().toLocalDate();

    @AfterEach
    void close() {
        site.close();
    }

    private NoticeDesk desk() {
        return new NoticeDesk(site.database.jdbi(), site.events(), site.clock);
    }

    @Test
    void aNoticeWrittenShowsOnTheKioskPinnedFirstAndHiddenNot() {
        assertThat(desk().save(new NoticeDesk.Draft(Optional.empty(), "김장 나눔 행사", "", "12월 5일 마당에서 김장을 나눕니다.", "", today,
                today.plusDays(10)), "root")).isEmpty();
        NoticeDesk.Entry written = desk().all().stream().filter(e -> e.title().ko().equals("김장 나눔 행사")).findFirst().orElseThrow();
        assertThat(written.title().en()).as("English left blank shows the Korean").isEqualTo("김장 나눔 행사");
        assertThat(written.writtenBy()).isEqualTo("root");
        assertThat(site.notices().current()).extracting(Notice::id).contains(written.id());
        long oldest = site.notices().current().get(site.notices().current().size() - 1).id();
        assertThat(desk().pin(oldest, true, "root")).isEmpty();
        assertThat(site.notices().current().get(0).id()).isEqualTo(oldest);
        assertThat(desk().hide(written.id(), true, "root")).isEmpty();
        assertThat(site.notices().current()).extracting(Notice::id).doesNotContain(written.id());
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type IN ('NoticeSaved', 'NoticePinned', 'NoticeHidden')")).isEqualTo(3);
        // the same again changes nothing and writes nothing
        desk().hide(written.id(), true, "root");
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'NoticeHidden'")).isEqualTo(1);
    }

    @Test
    void eachFieldThatWillNotDoIsNamedAndAClerkIsRefused() {
        long before = site.events().latestId();
        var invalid = desk().save(new NoticeDesk.Draft(Optional.empty(), " ", "", "", "", today, today.minusDays(1)), "root");
        assertThat(invalid).containsOnlyKeys("titleKo", "bodyKo", "until");
        var over = desk().save(new NoticeDesk.Draft(Optional.empty(), "지난 소식", "", "본문", "", today.minusDays(9), today.minusDays(2)), "root");
        assertThat(over.get("until").messageKey()).isEqualTo("counter.notice.over");
        var clerk = desk().save(new NoticeDesk.Draft(Optional.empty(), "소식", "", "본문", "", today, today), "desk");
        assertThat(clerk.values()).extracting(r -> r.messageKey()).containsExactly("clerk.refused.notices");
        assertThat(desk().pin(1, true, "desk")).get().extracting(r -> r.messageKey()).isEqualTo("clerk.refused.notices");
        assertThat(site.events().latestId()).isEqualTo(before);
    }
}
