package org.madang.core.resident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** A resident reading their messages is an event, once per resident; messages read before are not read again. */
class ResidentMessagesTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void readingIsRecordedOncePerResidentAndNotTwice() {
        LocalDateTime now = site.clock.localNow();
        site.database.jdbi().useHandle(h -> {
            ResidentMessages.leave(h, 1, now, "message.course.promoted", "요가", now, 1);
            ResidentMessages.leave(h, 1, now, "message.closure.refund", "테니스장", now.toLocalDate(), 3000);
            ResidentMessages.leave(h, 2, now, "message.closure.refund", "테니스장", now.toLocalDate(), 3000);
        });
        ResidentMessages messages = site.messages();
        List<Long> ids = new java.util.ArrayList<>(messages.unread(1).stream().map(ResidentMessage::id).toList());
        ids.addAll(messages.unread(2).stream().map(ResidentMessage::id).toList());
        long before = site.events().latestId();
        messages.markRead(ids, now);
        assertThat(messages.unread(1)).isEmpty();
        assertThat(messages.unread(2)).isEmpty();
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'ResidentMessagesRead' AND id > " + before)).isEqualTo(2);
        messages.markRead(ids, now.plusMinutes(1));
        assertThat(site.events().latestId()).isEqualTo(before + 2);
        assertThat(site.events().verify().intact()).isTrue();
    }
}
