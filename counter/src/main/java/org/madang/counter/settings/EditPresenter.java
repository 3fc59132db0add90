package org.madang.counter.settings;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.madang.core.Edit;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.ui.Tasks;

/**
 * One of the catalogue's lists at the counter (terms, instructors, document types, queue
 * services): read, save a draft, and read again when any terminal's save of it arrives.
 *
 * @param <T> what is listed and saved
 * @param <D> a draft of one, as typed
 */
public final class EditPresenter<T, D> {
    /** How a draft is saved for an administrator. */
    public interface Saver<T, D> {
        Edit<T> save(D draft, String admin);
    }

    private final EditView<T> view;
    private final Callable<List<T>> list;
    private final Saver<T, D> saver;
    private final Set<String> changes;
    private final Tasks tasks;
    private final String admin;
    private Runnable alsoRead = () -> { };

    /** @param changes the events after which the list is read again */
    public EditPresenter(EditView<T> view, Callable<List<T>> list, Saver<T, D> saver, Set<EventType> changes, Tasks tasks, String admin) {
        this.view = view;
        this.list = list;
        this.saver = saver;
        this.changes = changes.stream().map(EventType::wireName).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.tasks = tasks;
        this.admin = admin;
    }

    /** Reads something more with the list (the choices a form offers), and shows it first. */
    public <X> EditPresenter<T, D> alsoReading(Callable<X> read, java.util.function.Consumer<X> show) {
        this.alsoRead = () -> tasks.run(read, show, e -> view.showFailure());
        return this;
    }

    public void reload() {
        alsoRead.run();
        tasks.run(list, view::showAll, e -> view.showFailure());
    }

    public void save(D draft) {
        tasks.run(() -> saver.save(draft, admin), outcome -> {
            if (outcome instanceof Edit.Saved<T> saved) {
                view.showSaved(saved.value());
                reload();
            } else if (outcome instanceof Edit.Invalid<T> invalid) {
                view.showInvalid(invalid.fields());
            }
        }, e -> view.showFailure());
    }

    /** From the follower's thread. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> changes.contains(e.type()))) {
            tasks.onUiThread(this::reload);
        }
    }
}
