package org.madang.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** Notices valid today, likes once per kiosk session, the most liked as hot issues. */
class NoticeBoardTest {
    private final TestSite site = TestSite.empty(TestSite.tempRoot());

    NoticeBoardTest() {
        site.execute("INSERT INTO notice (site, id, title_ko, title_en, body_ko, body_en, valid_from, valid_until, likes, created_at) VALUES "
                + "('main', 1, '가', 'A', '', '', '2026-11-01', '2026-11-30', 3, '2026-11-01 09:00:00'), "
                + "('main', 2, '나', 'B', '', '', '2026-11-20', '2026-12-31', 0, '2026-11-20 09:00:00'), "
                + "('main', 3, '다', 'C', '', '', '2026-10-01', '2026-11-20', 50, '2026-10-01 09:00:00'), "
                + "('main', 4, '라', 'D', '', '', '2026-11-22', '2026-12-31', 0, '2026-11-19 09:00:00')");
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void showsOnlyNoticesValidTodayNewestFirst() {
        assertThat(site.notices().current()).extracting(Notice::id).containsExactly(2L, 1L);
    }

    @Test
    void aSessionLikesANoticeOnceAndItsEventIsLogged() {
        long before = site.events().latestId();
        assertThat(site.notices().like(2, "session-a")).isEqualTo(1);
        assertThat(site.notices().like(2, "session-a")).isEqualTo(1);
        assertThat(site.notices().like(2, "session-b")).isEqualTo(2);
        assertThat(site.notices().likedIn("session-a")).containsExactly(2L);
        assertThat(site.notices().likedIn("session-c")).isEmpty();
        assertThat(site.events().after(before, 10)).extracting(e -> e.type()).containsExactly("NoticeLiked", "NoticeLiked");
    }

    @Test
    void hotIssuesAreTheMostLikedCurrentNotices() {
        for (int i = 0; i < 4; i++) {
            site.notices().like(2, "s" + i);
        }
        assertThat(site.notices().hot(3)).extracting(Notice::id).containsExactly(2L, 1L);
    }
}
