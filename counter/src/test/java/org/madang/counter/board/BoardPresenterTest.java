package org.madang.counter.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.madang.core.event.EventFollower;
import org.madang.core.notice.Notice;
import org.madang.core.queue.CallOutcome;
import org.madang.core.queue.CounterQueue;
import org.madang.core.queue.LineStatus;
import org.madang.core.queue.Ticket;
import org.madang.core.testing.TestSite;
import org.madang.hardware.sim.SimulatedVoice;
import org.madang.ui.DirectTasks;
import org.madang.ui.Messages;

/** The display board's presenter, without AWT: what a call shows and says, a recall, the idle notices. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BoardPresenterTest {
    private final TestSite site = TestSite.seeded(TestSite.tempRoot());
    private final SimulatedVoice voice = new SimulatedVoice();
    private final Recording view = new Recording();
    private final CounterQueue counters = site.counterQueue();
    private final CounterQueue.Desk deskTwo = new CounterQueue.Desk("counter-2", 2, List.of(1L, 2L, 3L, 4L));

    @AfterEach
    void close() {
        site.close();
    }

    private BoardPresenter board(List<String> speak) {
        return new BoardPresenter(view, new BoardServices(site.clock, site.queue(), site.notices(), site.events(),
                new EventFollower(site.events(), Duration.ofMillis(50)), voice, speak), new DirectTasks(), Messages::forLanguage);
    }

    private Ticket call() {
        return ((CallOutcome.Called) counters.callNext(deskTwo, "clerk1")).ticket();
    }

    @Test
    void aCallShowsTheNumberAndItsDeskAndIsSpokenInEachLanguage() {
        BoardPresenter presenter = board(List.of("ko", "en"));
        presenter.start();
        long seen = site.events().latestId();
        Ticket called = call();
        presenter.eventsArrived(site.events().after(seen, 100));

        assertThat(view.calls).last().isEqualTo(called.label() + "@2" + "/first");
        // one chime (딩동) rings before the call, then the words in each language
        assertThat(voice.chimes()).isEqualTo(1);
        assertThat(voice.said()).containsExactly(
                called.prefix() + " " + called.number() + "번 고객님, 2번 창구로 오세요.",
                "Number " + called.prefix() + " " + called.number() + ", please come to desk 2.");
        assertThat(view.caption).startsWith(called.prefix() + " " + called.number() + "번 고객님");
        assertThat(view.counts).isNotEmpty();
    }

    @Test
    void aRecallIsShownAgainAndSpokenAgain() {
        BoardPresenter presenter = board(List.of("ko"));
        presenter.start();
        Ticket called = call();
        long seen = site.events().latestId();
        counters.recall(called.id(), deskTwo, "clerk1");
        presenter.eventsArrived(site.events().after(seen, 100));
        assertThat(view.calls).last().isEqualTo(called.label() + "@2/again");
        assertThat(voice.said()).hasSize(1);
        assertThat(voice.chimes()).isEqualTo(1);
    }

    @Test
    void afterAQuietSpellTheNoticesComeBack() {
        BoardPresenter presenter = board(List.of("ko"));
        presenter.start();
        long seen = site.events().latestId();
        call();
        presenter.eventsArrived(site.events().after(seen, 100));
        int idleBefore = view.idle;
        site.clock.advance(BoardPresenter.IDLE_AFTER.minusSeconds(1));
        presenter.tick();
        assertThat(view.idle).isEqualTo(idleBefore);
        site.clock.advance(Duration.ofSeconds(1));
        presenter.tick();
        assertThat(view.idle).isEqualTo(idleBefore + 1);
        assertThat(view.notices).isNotEmpty();
    }

    /**
     * Through an outage the desks call from the centre's cache and no event comes: the board shows
     * each call and recall from the cache once; given to the county later, they are not called again.
     */
    @Test
    void aCallMadeFromTheCentresCacheInAnOutageShowsOnceAndIsNotCalledAgainWhenTheCountyHasIt() throws Exception {
        var cacheDb = org.madang.core.storage.SiteDatabase.open(org.madang.core.storage.SiteDatabase.fileUrl(TestSite.tempRoot().resolve("cache")),
                "madang", "cache");
        try {
            cacheDb.migrate();
            org.madang.core.county.CentreCache.prepare(cacheDb.dataSource());
            org.madang.core.county.CentreCache cache = new org.madang.core.county.CentreCache(site.database.dataSource(), cacheDb.dataSource(),
                    site.clock);
            boolean[] down = {false};
            org.madang.core.queue.TicketQueue.Offline way = new org.madang.core.queue.TicketQueue.Offline() {
                @Override
                public boolean countyDown() {
                    return down[0];
                }

                @Override
                public org.jdbi.v3.core.Jdbi cache() {
                    return cacheDb.jdbi();
                }
            };
            org.madang.core.queue.TicketQueue tickets = site.queue().offline(way);
            CounterQueue desks = counters.offline(way);
            BoardPresenter presenter = new BoardPresenter(view, new BoardServices(site.clock, tickets, site.notices(), site.events(),
                    new EventFollower(site.events(), Duration.ofMillis(50)), voice, List.of("ko")), new DirectTasks(), Messages::forLanguage);
            cache.follow();
            presenter.start();
            long seen = site.events().latestId();

            down[0] = true;
            presenter.watchCache();
            assertThat(view.calls).as("nothing new in the cache yet").isEmpty();
            Ticket called = ((CallOutcome.Called) desks.callNext(deskTwo, "clerk1")).ticket();
            presenter.watchCache();
            presenter.watchCache();
            assertThat(view.calls).containsExactly(called.label() + "@2/first");
            assertThat(desks.recall(called.id(), deskTwo, "clerk1")).isEmpty();
            presenter.watchCache();
            assertThat(view.calls).containsExactly(called.label() + "@2/first", called.label() + "@2/again");
            assertThat(voice.said()).hasSize(2);

            down[0] = false;
            assertThat(desks.sendActed().held()).isEqualTo(2);
            presenter.eventsArrived(site.events().after(seen, 100));
            assertThat(view.calls).as("the county's events of those acts call no one again").hasSize(2);
            assertThat(voice.said()).hasSize(2);
        } finally {
            cacheDb.close();
        }
    }

    private static final class Recording implements BoardView {
        final List<String> calls = new ArrayList<>();
        List<Ticket> recent = List.of();
        List<LineStatus> counts = List.of();
        List<Notice> notices = List.of();
        int idle;
        String caption = "";

        @Override
        public void showCall(Ticket ticket, boolean again) {
            calls.add(ticket.label() + "@" + ticket.desk() + (again ? "/again" : "/first"));
        }

        @Override
        public void showRecent(List<Ticket> list) {
            recent = list;
        }

        @Override
        public void showCounts(List<LineStatus> list) {
            counts = list;
        }

        @Override
        public void showIdle(List<Notice> list) {
            idle++;
            notices = list;
        }

        @Override
        public void showCaption(String said) {
            caption = said;
        }

        @Override
        public void showFailure() {
            caption = "failure";
        }
    }
}
