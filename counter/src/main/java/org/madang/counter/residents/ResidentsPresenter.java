package org.madang.counter.residents;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.madang.core.event.Event;
import org.madang.core.residentfile.ResidentFiles;
import org.madang.core.resident.ResidentRegistry;
import org.madang.core.residentfile.ResidentSearch;
import org.madang.ui.Tasks;

/**
 * Finds residents as the clerk types or scans (the latest search wins; an older answer that comes
 * late is not shown), opens a resident's file, shows the full registration number for a reason,
 * registers a new resident, and keeps the open file current as things happen to them anywhere on
 * the site.
 */
public final class ResidentsPresenter {
    /** Events that may change what a resident's file shows. */
    private static final List<String> TOUCHES_A_FILE = List.of("Booking", "Payment", "Course", "Document", "Resident", "Lottery",
            "Waitlist", "TicketResident");
    /** How many residents a search shows. */
    static final int HITS = 50;

    private final ResidentsView view;
    private final ResidentSearch search;
    private final ResidentFiles files;
    private final ResidentRegistry registry;
    private final Tasks tasks;
    private final String clerk;
    private final LongConsumer opened;
    private long searchNo;
    /** The latest file asked for: an older one that comes back late is not shown over it. */
    private long openNo;
    private Optional<Long> open = Optional.empty();

    /** @param opened told each time a resident's file is opened (the desk links its ticket to them) */
    public ResidentsPresenter(ResidentsView view, ResidentSearch search, ResidentFiles files, ResidentRegistry registry, Tasks tasks,
                              String clerk, LongConsumer opened) {
        this.view = view;
        this.search = search;
        this.files = files;
        this.registry = registry;
        this.tasks = tasks;
        this.clerk = clerk;
        this.opened = opened;
    }

    /** Searches for what was typed or scanned; a single hit opens at once. */
    public void search(String typed) {
        long mine = ++searchNo;
        tasks.run(() -> search.find(typed, HITS), answer -> {
            if (mine != searchNo) {
                return;
            }
            if (answer instanceof ResidentSearch.Answer.Refused refused) {
                view.showRefusal(refused.refusal());
            } else if (answer instanceof ResidentSearch.Answer.Found found) {
                view.showHits(typed, found.hits());
                if (found.hits().size() == 1 && found.hits().get(0).match() != ResidentSearch.Match.NAME) {
                    open(found.hits().get(0).resident().id());
                }
            }
        }, e -> view.showFailure());
    }

    /** Opens a resident's file. */
    public void open(long residentId) {
        long mine = ++openNo;
        tasks.run(() -> files.of(residentId), file -> {
            if (mine != openNo) {
                return;
            }
            if (file.isPresent()) {
                open = Optional.of(residentId);
                view.showFile(file.get());
                opened.accept(residentId);
            } else {
                view.showRefusal(org.madang.core.Refusal.of("resident.refused.unknown"));
            }
        }, e -> view.showFailure());
    }

    /** The full registration number of the open resident, for the reason given. */
    public void reveal(String reason) {
        if (open.isEmpty()) {
            return;
        }
        long id = open.get();
        tasks.run(() -> files.revealRrn(id, reason, clerk), outcome -> {
            if (outcome instanceof ResidentFiles.RevealOutcome.Revealed r) {
                view.showRevealed(r.rrn());
            } else if (outcome instanceof ResidentFiles.RevealOutcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> view.showFailure());
    }

    /** Registers a new resident and opens their file. */
    public void register(ResidentRegistry.NewResident who) {
        tasks.run(() -> registry.register(who, clerk), outcome -> {
            if (outcome instanceof ResidentRegistry.Outcome.Registered r) {
                view.showDone("counter.residents.registered", r.resident().name());
                open(r.resident().id());
            } else if (outcome instanceof ResidentRegistry.Outcome.Refused r) {
                view.showRefusal(r.refusal());
            }
        }, e -> view.showFailure());
    }

    /** The desk's reader could not read a card (dirty, upside down, a bad check digit). */
    public void cardUnreadable() {
        view.showRefusal(org.madang.core.Refusal.of("booking.refused.unreadableCard"));
    }

    /** The open resident, if any. */
    public Optional<Long> openResident() {
        return open;
    }

    /** From the follower's thread: the open file is read again when anything happens on the site that may touch it. */
    public void eventsArrived(List<Event> events) {
        if (open.isPresent() && events.stream().anyMatch(e -> TOUCHES_A_FILE.stream().anyMatch(e.type()::startsWith))) {
            long id = open.get();
            tasks.onUiThread(() -> {
                if (open.isPresent() && open.get() == id) {
                    // shown only if the clerk has not opened someone else meanwhile
                    tasks.run(() -> files.of(id), file -> file.filter(f -> open.isPresent() && open.get() == id).ifPresent(view::showFile),
                            e -> view.showFailure());
                }
            });
        }
    }
}
