package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.policy.PolicySettings;
import org.madang.ui.Tasks;

/**
 * Settings → the figures of POLICIES.md: shown with their defaults and ranges, a change previewed
 * before it is saved, saved only whole (a figure refused saves none), and read again when another
 * administrator saves.
 */
public final class PolicyPresenter {
    private final PolicyView view;
    private final PolicySettings settings;
    private final Tasks tasks;
    private final String admin;

    public PolicyPresenter(PolicyView view, PolicySettings settings, Tasks tasks, String admin) {
        this.view = view;
        this.settings = settings;
        this.tasks = tasks;
        this.admin = admin;
    }

    public void reload() {
        tasks.run(settings::all, view::showSettings, e -> view.showFailure());
    }

    /** @param edits each figure the administrator typed a new value for, by name */
    public void preview(Map<String, String> edits) {
        tasks.run(() -> settings.preview(edits), view::showPreview, e -> view.showFailure());
    }

    public void save(Map<String, String> edits) {
        tasks.run(() -> settings.save(edits, admin), saved -> {
            if (saved.valid() && !saved.changes().isEmpty()) {
                view.showSaved(saved);
                reload();
            } else {
                view.showPreview(saved);
            }
        }, e -> view.showFailure());
    }

    /** From the follower's thread: another administrator's change shows here too. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.is(EventType.POLICY_CHANGED))) {
            tasks.onUiThread(this::reload);
        }
    }
}
