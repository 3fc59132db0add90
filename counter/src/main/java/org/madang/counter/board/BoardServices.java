package org.madang.counter.board;

import java.time.Clock;
import java.util.List;
import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.core.notice.NoticeBoard;
import org.madang.core.queue.TicketQueue;
import org.madang.hardware.voice.Voice;

/**
 * What the queue display board works with, wired by the app: it follows the event log like
 * every terminal and needs no clerk.
 *
 * @param speak the languages each call is spoken in, in order
 */
public record BoardServices(Clock clock, TicketQueue tickets, NoticeBoard notices, EventLog events, EventFollower follower, Voice voice,
                            List<String> speak) {
    public BoardServices {
        speak = List.copyOf(speak);
    }
}
