package org.madang.kiosk.notice;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.madang.core.notice.Notice;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.Tasks;

/** The notices menu: current notices, the hot issues, and 공감 once per visit. */
public final class NoticesPresenter {
    /** How many hot issues head the menu. */
    static final int HOT = 3;

    private final NoticesView view;
    private final KioskServices services;
    private final Tasks tasks;
    private final Visit visit;

    public NoticesPresenter(NoticesView view, KioskServices services, Tasks tasks, Visit visit) {
        this.view = view;
        this.services = services;
        this.tasks = tasks;
        this.visit = visit;
    }

    public void start() {
        String session = visit.id();
        view.setBusy(true);
        tasks.run(() -> {
            List<Notice> all = services.notices().current();
            Set<Long> liked = new HashSet<>();
            for (Notice n : all) {
                if (services.notices().liked(n.id(), session)) {
                    liked.add(n.id());
                }
            }
            return new Board(services.notices().hot(HOT), all, liked);
        }, board -> {
            view.setBusy(false);
            view.showNotices(board.hot(), board.all(), board.liked());
        }, this::failed);
    }

    /** 공감: counted once per visit; the menu shows the new count. */
    public void like(Notice notice) {
        String session = visit.id();
        view.setBusy(true);
        tasks.run(() -> services.notices().like(notice.id(), session), likes -> {
            view.setBusy(false);
            start();
        }, this::failed);
    }

    private void failed(Throwable e) {
        view.setBusy(false);
        view.showFailure();
    }

    private record Board(List<Notice> hot, List<Notice> all, Set<Long> liked) {
    }
}
