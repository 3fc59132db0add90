package org.madang.counter.settings;

import java.util.List;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.queue.QueueServiceDesk;
import org.madang.ui.Tasks;

/** Sets the services a counter desk calls; the desk's next call follows (every counter reads its desk at each call). */
public final class QueueDesksPresenter {
    private final QueueDesksView view;
    private final QueueServiceDesk desks;
    private final Tasks tasks;
    private final String admin;

    public QueueDesksPresenter(QueueDesksView view, QueueServiceDesk desks, Tasks tasks, String admin) {
        this.view = view;
        this.desks = desks;
        this.tasks = tasks;
        this.admin = admin;
    }

    private record Loaded(java.util.Map<Integer, List<Long>> desks, List<QueueServiceDesk.Entry> services) {
    }

    public void reload() {
        tasks.run(() -> new Loaded(desks.desks(), desks.all()), l -> view.showDesks(l.desks(), l.services()), e -> view.showFailure());
    }

    /** No services: the desk follows its site.yaml again. */
    public void setDesk(int number, List<Long> serviceIds) {
        tasks.run(() -> desks.setDesk(number, serviceIds, admin), invalid -> {
            if (invalid.isEmpty()) {
                view.showDeskSaved(number, serviceIds.isEmpty());
                reload();
            } else {
                view.showDeskInvalid(invalid);
            }
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.QUEUE_DESK_SET, EventType.QUEUE_SERVICE_SAVED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
