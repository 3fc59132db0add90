package org.madang.core.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.facility.Localized;

/**
 * The notices of a site: those valid today (newest first), the most liked ("hot issues"), and
 * likes — one per notice per kiosk session, since residents at a kiosk are not identified.
 */
public final class NoticeBoard {
    private static final String SELECT = "SELECT id, title_ko, title_en, body_ko, body_en, valid_from, valid_until, likes FROM notice ";

    private final Jdbi reads;
    private final Jdbi jdbi;
    private final EventLog events;
    private final Clock clock;
    private final Runnable freshen;

    public NoticeBoard(Jdbi jdbi, EventLog events, Clock clock) {
        this(jdbi, jdbi, events, clock, () -> { });
    }

    /**
     * @param reads where the notices are read: the centre's cache of a county (still there when the
     *              link is down), or the site's database
     * @param jdbi    the site's (or county's) database, which a like changes
     * @param freshen brings {@code reads} up to date after a like (the cache follows the county at once), so the
     *                board read next shows it
     */
    public NoticeBoard(Jdbi reads, Jdbi jdbi, EventLog events, Clock clock, Runnable freshen) {
        this.reads = reads;
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.freshen = freshen;
    }

    /** Notices valid today and not hidden: pinned ones first, then the newest. */
    public List<Notice> current() {
        return reads.withHandle(h -> h.createQuery(SELECT + "WHERE (site IS NULL OR site = :site) AND valid_from <= :d AND valid_until >= :d AND NOT hidden "
                        + "ORDER BY pinned DESC, valid_from DESC, id DESC")
                .bind("site", events.terminal().site()).bind("d", LocalDate.now(clock)).map(NoticeBoard::notice).list());
    }

    /** The {@code n} most liked notices valid today (ties: the newer first); only notices someone liked. */
    public List<Notice> hot(int n) {
        return reads.withHandle(h -> h.createQuery(SELECT + "WHERE (site IS NULL OR site = :site) AND valid_from <= :d AND valid_until >= :d AND likes > 0 AND NOT hidden "
                        + "ORDER BY likes DESC, valid_from DESC, id DESC LIMIT :n")
                .bind("site", events.terminal().site()).bind("d", LocalDate.now(clock)).bind("n", n).map(NoticeBoard::notice).list());
    }

    /**
     * Likes a notice for a kiosk session.
     *
     * @return the notice's likes afterwards; unchanged when this session liked it already
     */
    public int like(long noticeId, String sessionId) {
        LocalDateTime now = LocalDateTime.now(clock);
        int likes = jdbi.inTransaction(h -> {
            h.createQuery("SELECT id FROM notice WHERE id = :id FOR UPDATE").bind("id", noticeId).mapTo(Long.class).one();
            boolean already = h.createQuery("SELECT COUNT(*) FROM notice_like WHERE notice_id = :n AND session_id = :s")
                    .bind("n", noticeId).bind("s", sessionId).mapTo(Integer.class).one() > 0;
            if (!already) {
                h.createUpdate("INSERT INTO notice_like (notice_id, session_id, liked_at) VALUES (:n, :s, :now)")
                        .bind("n", noticeId).bind("s", sessionId).bind("now", now).execute();
                h.createUpdate("UPDATE notice SET likes = likes + 1 WHERE id = :n").bind("n", noticeId).execute();
                events.append(h, new EventDraft(EventType.NOTICE_LIKED, "notice:" + noticeId, "resident", Map.of()));
            }
            return h.createQuery("SELECT likes FROM notice WHERE id = :n").bind("n", noticeId).mapTo(Integer.class).one();
        });
        freshen.run();
        return likes;
    }

    /** The notices a session has liked. */
    public java.util.Set<Long> likedIn(String sessionId) {
        return reads.withHandle(h -> h.createQuery("SELECT notice_id FROM notice_like WHERE session_id = :s")
                .bind("s", sessionId).mapTo(Long.class).set());
    }

    private static Notice notice(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Notice(rs.getLong(1), new Localized(rs.getString(2), rs.getString(3)), new Localized(rs.getString(4), rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getInt(8));
    }
}
