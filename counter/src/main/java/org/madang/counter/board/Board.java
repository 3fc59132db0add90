package org.madang.counter.board;

import java.util.List;
import javax.swing.JComponent;
import org.madang.core.event.Event;
import org.madang.ui.Messages;
import org.madang.ui.Tasks;

/** The display board's window content: the panel, its presenter, and the follower of the event log that drives them. */
public final class Board {
    private final BoardServices services;
    private final Tasks tasks;
    private final BoardPanel panel;
    private final BoardPresenter presenter;
    /** Every second: the calls the desks make from the centre's cache while the county does not answer. */
    private final javax.swing.Timer cacheWatch;

    /** @param width the board's size in pixels, which sizes the type */
    public Board(BoardServices services, Tasks tasks, Messages words, String siteName, int width, int height) {
        this.services = services;
        this.tasks = tasks;
        BoardPresenter[] later = new BoardPresenter[1];
        panel = new BoardPanel(words, siteName, width, height, services.clock(), () -> later[0].tick());
        presenter = new BoardPresenter(panel, services, tasks, Messages::forLanguage);
        later[0] = presenter;
        cacheWatch = new javax.swing.Timer(1000, e -> presenter.watchCache());
    }

    /** Shows the board as it stands now (enough for a screenshot). */
    public void load() {
        presenter.start();
    }

    /** Shows the board and follows the site's events from now on, with the clock and the notices turning. */
    public void start() {
        load();
        panel.start();
        tasks.run(() -> services.events().latestId(), latest -> services.follower().start(latest, this::eventsArrived),
                e -> panel.showFailure());
        cacheWatch.start();
    }

    void eventsArrived(List<Event> events) {
        presenter.eventsArrived(events);
    }

    public BoardPresenter presenter() {
        return presenter;
    }

    public JComponent root() {
        return panel;
    }

    public void stop() {
        cacheWatch.stop();
        panel.stop();
        services.follower().close();
    }
}
