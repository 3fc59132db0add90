package org.madang.kiosk;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.madang.core.survey.AccessMode;
import org.madang.core.survey.Completion;
import org.madang.kiosk.booking.BookingScreens;
import org.madang.kiosk.course.CourseScreens;
import org.madang.kiosk.document.DocumentScreens;
import org.madang.kiosk.mine.MineScreens;
import org.madang.kiosk.queue.QueueScreens;
import org.madang.kiosk.shell.KioskPage;
import org.madang.kiosk.shell.Look;
import org.madang.kiosk.shell.Replay;
import org.madang.kiosk.shell.Visit;
import org.madang.kiosk.survey.SurveyPresenter;
import org.madang.kiosk.survey.SurveyStrip;
import org.madang.kiosk.survey.SurveyView;
import org.madang.kiosk.welfare.WelfareScreens;
import org.madang.ui.Tasks;

/**
 * "이용이 편하셨나요?" where a service is done: at the foot of the screens that show a completed
 * service (and of the check-in screen once a check-in is done), once per completion — never in the
 * way of Finish or of the next resident.
 */
final class AfterService {
    /** The screens that show a service done, and the kind of service each completes. */
    private static final Map<String, Completion> COMPLETED = Map.of(
            BookingScreens.DONE, Completion.BOOKING,
            BookingScreens.RESULT, Completion.BOOKING,
            MineScreens.CANCELLED, Completion.BOOKING_CANCEL,
            CourseScreens.DONE, Completion.COURSE,
            CourseScreens.CANCELLED, Completion.COURSE,
            CourseScreens.WISHED, Completion.COURSE,
            DocumentScreens.ISSUED, Completion.DOCUMENT,
            QueueScreens.TICKET, Completion.QUEUE_TICKET,
            WelfareScreens.DONE, Completion.WELFARE);

    private final KioskServices services;
    private final Tasks tasks;
    private final Replay replay;
    private final Visit visit;
    private final Supplier<String> language;
    private final Supplier<Set<AccessMode>> modes;
    /** Whether the county's database does not answer now: an answer could not be kept, so none is asked. */
    private final java.util.function.BooleanSupplier countyLost;
    private Look look;
    private SurveyStrip strip;
    private SurveyPresenter presenter;
    /** Completions on this kiosk so far: with the visit's id, each one's answer is kept once. */
    private long completions;

    /**
     * @param language the session's language when an answer is given
     * @param modes    the accessibility modes on when an answer is given
     * @param countyLost whether the county's database does not answer now (a ticket or check-in taken from
     *                   the centre's cache is not asked about: the answer is written to the county)
     */
    AfterService(KioskServices services, Tasks tasks, Replay replay, Visit visit, Supplier<String> language,
                 Supplier<Set<AccessMode>> modes, java.util.function.BooleanSupplier countyLost) {
        this.services = services;
        this.tasks = tasks;
        this.replay = replay;
        this.visit = visit;
        this.language = language;
        this.modes = modes;
        this.countyLost = countyLost;
    }

    /**
     * The question for rebuilt screens, drawn when first needed (at once if this visit was asked it,
     * for its answer to show again); its presenter (and an answer given) lasts the visit.
     */
    void build(Look look) {
        this.look = look;
        strip = null;
        if (replay.seated(SurveyView.class)) {
            strip();
        }
    }

    /** Draws the question now if it is not drawn yet (after the first frame, so the first service done finds it ready). */
    void prepare() {
        strip();
    }

    private SurveyStrip strip() {
        if (strip == null) {
            strip = new SurveyStrip(look);
            presenter = replay.presenter(SurveyView.class, strip,
                    v -> new SurveyPresenter(v, services.satisfaction(), tasks, language, modes));
            strip.attach(presenter);
        }
        return strip;
    }

    /** A screen came up: the question at its foot where it shows a service done, nothing at the foot otherwise. */
    void shown(String id, KioskPage page) {
        Completion completed = COMPLETED.get(id);
        if (completed != null) {
            ask(page, completed);
        } else {
            page.clearFooter();
        }
    }

    /** A check-in was done on {@code page} (its screen stays for the next code). */
    void checkedIn(KioskPage page) {
        ask(page, Completion.CHECK_IN);
    }

    private void ask(KioskPage page, Completion completed) {
        if (countyLost.getAsBoolean()) {
            page.clearFooter();
            return;
        }
        page.showFooter(strip());
        if (!replay.replaying()) {
            // shown again after a rebuild, the question keeps its answer (the replay tells the strip)
            presenter.ask(completed, visit.id() + ":" + (++completions));
        }
    }
}
