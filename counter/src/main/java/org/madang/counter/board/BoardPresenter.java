package org.madang.counter.board;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.Ticket;
import org.madang.core.receipt.Labels;
import org.madang.ui.Tasks;

/**
 * The queue display board: follows the site's event log; a call or a recall at any desk shows
 * the number very large with its desk, a two-note chime (딩동) rings and the call is spoken ("A 7번 고객님, 2번 창구로 오세요") in
 * each configured language; counts and the last calls follow every ticket event; after
 * {@link #IDLE_AFTER} without a call the notices take the large area.
 */
public final class BoardPresenter {
    /** How long the last call stays large when nothing else is called. */
    public static final Duration IDLE_AFTER = Duration.ofMinutes(3);
    /** How many earlier calls the board lists. */
    static final int RECENT = 5;

    private final BoardView view;
    private final BoardServices services;
    private final Tasks tasks;
    private final Function<String, ? extends Labels> words;
    private LocalDateTime lastCallAt = LocalDateTime.MIN;
    private boolean idle;
    /** The call shown last (ticket, time called, times recalled): a call read from the cache is shown once. */
    private String lastShown = "";

    /** @param words the words of a language, for the spoken call and the caption */
    public BoardPresenter(BoardView view, BoardServices services, Tasks tasks, Function<String, ? extends Labels> words) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.words = words;
    }

    /** Shows the latest call (or the notices when it is old), the earlier calls and the counts. */
    public void start() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        tasks.run(() -> new State(services.tickets().recentCalls(RECENT + 1), services.tickets().status(), services.notices().current()),
                s -> {
                    view.showCounts(s.counts());
                    Optional<Ticket> latest = s.calls().stream().findFirst();
                    latest.ifPresent(t -> lastShown = shown(t));
                    if (latest.isPresent() && Duration.between(latest.get().calledAt(), now).compareTo(IDLE_AFTER) < 0) {
                        lastCallAt = latest.get().calledAt();
                        idle = false;
                        view.showCall(latest.get(), false);
                        view.showRecent(s.calls().subList(1, s.calls().size()));
                    } else {
                        idle = true;
                        view.showIdle(s.notices());
                        view.showRecent(s.calls().stream().limit(RECENT).toList());
                    }
                }, e -> view.showFailure());
    }

    /** From the follower's thread: calls are shown and spoken, the rest refresh the lists. */
    public void eventsArrived(List<Event> events) {
        for (Event e : events) {
            boolean call = e.is(EventType.TICKET_CALLED);
            boolean recall = e.is(EventType.TICKET_RECALLED);
            // a call made from the centre's cache in an outage was shown then; given to the county later, it is not called again
            if ((call || recall) && !e.payload().contains("actedWhileOffline")) {
                long ticketId = Long.parseLong(e.subject().substring("ticket:".length()));
                tasks.onUiThread(() -> announce(ticketId, recall));
            }
        }
        if (events.stream().anyMatch(e -> e.type().startsWith("Ticket"))) {
            tasks.onUiThread(this::refreshLists);
        }
    }

    /**
     * While the county does not answer, the centre's desks call from its cache and no event comes:
     * the board looks at the cache's latest call (every second, the board's timer) and shows a new
     * call, or a repeated one, as the event would have.
     */
    public void watchCache() {
        if (!services.tickets().onCache()) {
            return;
        }
        tasks.run(() -> services.tickets().recentCalls(1), calls -> calls.stream().findFirst().filter(t -> t.desk() != null).ifPresent(t -> {
            String now = shown(t);
            if (!now.equals(lastShown)) {
                boolean again = lastShown.startsWith(t.id() + "@" + t.calledAt() + "#");
                announce(t, again);
                refreshLists();
            }
        }), e -> view.showFailure());
    }

    private static String shown(Ticket t) {
        return t.id() + "@" + t.calledAt() + "#" + t.recalls();
    }

    private void announce(long ticketId, boolean again) {
        tasks.run(() -> services.tickets().byId(ticketId), found -> found.filter(t -> t.desk() != null).ifPresent(t -> announce(t, again)),
                e -> view.showFailure());
    }

    private void announce(Ticket t, boolean again) {
        lastShown = shown(t);
        lastCallAt = LocalDateTime.now(services.clock());
        idle = false;
        view.showCall(t, again);
        String first = null;
        if (!services.speak().isEmpty()) {
            services.voice().chime();
        }
        for (String language : services.speak()) {
            String sentence = words.apply(language).get("board.say", t.prefix(), t.number(), t.desk());
            services.voice().say(sentence, language);
            first = first == null ? sentence : first;
        }
        if (first != null) {
            view.showCaption(first);
        }
    }

    private void refreshLists() {
        tasks.run(() -> new State(services.tickets().recentCalls(RECENT + 1), services.tickets().status(), List.of()), s -> {
            view.showCounts(s.counts());
            view.showRecent(idle ? s.calls().stream().limit(RECENT).toList() : s.calls().subList(Math.min(1, s.calls().size()),
                    s.calls().size()));
        }, e -> view.showFailure());
    }

    /** Every half minute (the board's timer): after a quiet spell the notices come back. */
    public void tick() {
        LocalDateTime now = LocalDateTime.now(services.clock());
        if (!idle && Duration.between(lastCallAt, now).compareTo(IDLE_AFTER) >= 0) {
            idle = true;
            tasks.run(() -> services.notices().current(), view::showIdle, e -> view.showFailure());
            refreshLists();
        }
    }

    private record State(List<Ticket> calls, List<LineStatus> counts, List<org.madang.core.notice.Notice> notices) {
    }
}
