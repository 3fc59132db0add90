package org.madang.kiosk.notice;

import java.util.List;
import java.util.Set;
import org.madang.core.notice.Notice;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Visit;
import org.madang.kiosk.shell.Loading;

/** The notices menu: current notices, the hot issues, and 공감 once per visit. */
public final class NoticesPresenter {
    /** How many hot issues head the menu. */
    static final int HOT = 3;

    private final NoticesView view;
    private final KioskServices services;
    private final Loading loading;
    private final Visit visit;

    public NoticesPresenter(NoticesView view, KioskServices services, Loading loading, Visit visit) {
        this.view = view;
        this.services = services;
        this.loading = loading;
        this.visit = visit;
    }

    public void start() {
        String session = visit.id();
        loading.run(() -> new Board(services.notices().hot(HOT), services.notices().current(), services.notices().likedIn(session)),
                board -> view.showNotices(board.hot(), board.all(), board.liked()));
    }

    /** 공감: counted once per visit; the menu shows the new count. */
    public void like(Notice notice) {
        String session = visit.id();
        loading.run(() -> services.notices().like(notice.id(), session), likes -> start());
    }

    private record Board(List<Notice> hot, List<Notice> all, Set<Long> liked) {
    }
}
