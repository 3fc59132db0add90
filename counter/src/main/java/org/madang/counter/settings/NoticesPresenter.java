package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.event.Event;
import org.madang.core.notice.NoticeDesk;
import org.madang.ui.Tasks;

/** Settings → notices: write one, change it, pin it to the front, hide it; the kiosks show it at their next turn. */
public final class NoticesPresenter {
    private final NoticesView view;
    private final NoticeDesk desk;
    private final Tasks tasks;
    private final String admin;

    public NoticesPresenter(NoticesView view, NoticeDesk desk, Tasks tasks, String admin) {
        this.view = view;
        this.desk = desk;
        this.tasks = tasks;
        this.admin = admin;
    }

    public void reload() {
        tasks.run(desk::all, view::showNotices, e -> view.showFailure());
    }

    public void save(NoticeDesk.Draft draft) {
        tasks.run(() -> desk.save(draft, admin), invalid -> {
            if (invalid.isEmpty()) {
                view.showSaved();
                reload();
            } else {
                view.showInvalid(invalid);
            }
        }, e -> view.showFailure());
    }

    public void pin(long id, boolean on) {
        tasks.run(() -> desk.pin(id, on, admin), refused -> {
            refused.ifPresent(r -> view.showInvalid(Map.of("", r)));
            reload();
        }, e -> view.showFailure());
    }

    public void hide(long id, boolean on) {
        tasks.run(() -> desk.hide(id, on, admin), refused -> {
            refused.ifPresent(r -> view.showInvalid(Map.of("", r)));
            reload();
        }, e -> view.showFailure());
    }

    /** From the follower's thread: a notice changed or liked anywhere on the site. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.type().startsWith("Notice"))) {
            tasks.onUiThread(this::reload);
        }
    }
}
