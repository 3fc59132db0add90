package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;
import org.madang.core.queue.QueueServiceDesk;

/** Which services each counter desk calls, as the administrator sets them. */
public interface QueueDesksView {

    /** The desks set here (by number: the services' ids) and every service to choose from. */
    void showDesks(Map<Integer, List<Long>> desks, List<QueueServiceDesk.Entry> services);

    void showDeskSaved(int desk, boolean followsSiteFile);

    void showDeskInvalid(Map<String, Refusal> fields);

    void showFailure();
}
