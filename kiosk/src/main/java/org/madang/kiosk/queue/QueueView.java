package org.madang.kiosk.queue;

import java.util.List;
import org.madang.core.queue.IssuedTicket;
import org.madang.core.queue.LineStatus;
import org.madang.hardware.receipt.PrintResult;
import org.madang.hardware.receipt.Receipt;

/** The queue-ticket screens as their presenter sees them. */
public interface QueueView {

    /** The services with how many wait and the likely wait. */
    void showLines(List<LineStatus> lines);

    /** "Are you 65 or older, do you have a disability, or are you pregnant?" for the chosen service. */
    void askPriority(LineStatus line);

    void showTicket(IssuedTicket ticket, Receipt receipt, PrintResult printed);
}
