package org.madang.counter.board;

import java.util.List;
import org.madang.core.notice.Notice;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.Ticket;

/** The wall board: the number being called and its desk, the last calls, who waits, and the centre's notices when idle. */
public interface BoardView {
    /** A number called to a desk, very large; {@code again} when the desk repeated the call. */
    void showCall(Ticket ticket, boolean again);

    /** The calls before the one shown, newest first. */
    void showRecent(List<Ticket> calls);

    /** Each service's waiting count and likely wait. */
    void showCounts(List<LineStatus> counts);

    /** Nothing has been called for a while: the centre's notices take the large area. */
    void showIdle(List<Notice> notices);

    /** What was just said aloud, as words on the board too. */
    void showCaption(String said);

    void showFailure();
}
