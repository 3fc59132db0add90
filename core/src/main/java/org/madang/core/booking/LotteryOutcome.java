package org.madang.core.booking;

import java.time.LocalDateTime;
import org.madang.core.Refusal;

/** What came of entering the lottery of a popular slot. */
public sealed interface LotteryOutcome {
    /** Entered; the draw is at {@code drawAt}, and {@code entries} people have entered so far. */
    record Entered(LocalDateTime drawAt, int entries) implements LotteryOutcome {
    }

    record Refused(Refusal refusal) implements LotteryOutcome {
    }
}
