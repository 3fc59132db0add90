package org.madang.counter.queue;

import java.util.List;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.QueueLine;
import org.madang.core.queue.Ticket;

/** The desk's queue as the clerk sees it: the ticket being served, who waits, the counts. */
public interface QueueView {
    /** The services of the site, for the names of tickets and the redirect choice. */
    void showLines(List<QueueLine> lines, List<Long> deskLines, int deskNumber);

    /** The ticket this desk has called or is serving; empty when none. */
    void showCurrent(Optional<Ticket> ticket);

    /** The tickets this desk may call, in their place in line, and each service's waiting count and likely wait. */
    void showWaiting(List<Ticket> waiting, List<LineStatus> counts);

    /** The outcome of the last act, in a word (e.g. "A007 called to desk 2"). */
    void showDone(String messageKey, Object... args);

    /** Why the last act was refused. */
    void showRefusal(Refusal refusal);

    void showFailure();
}
