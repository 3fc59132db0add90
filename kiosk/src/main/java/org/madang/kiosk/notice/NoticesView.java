package org.madang.kiosk.notice;

import java.util.List;
import java.util.Set;
import org.madang.core.notice.Notice;

/** The notices menu as its presenter sees it. */
public interface NoticesView {

    /**
     * @param hot   the most-liked notices (hot issues), most liked first
     * @param all   every current notice, newest first
     * @param liked ids this visit has liked already
     */
    void showNotices(List<Notice> hot, List<Notice> all, Set<Long> liked);
}
