package org.madang.core.county;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;
import org.madang.core.site.Terminal;
import org.madang.core.storage.SqlErrors;

/**
 * The centres whose rows share a database (V19): one, {@code main}, in a centre's own H2 file;
 * every centre of a county in its PostgreSQL. A terminal makes its centre known when it opens
 * the database, under the name its site.yaml gives, and keeps its terminal id to itself: two
 * centres' kiosks may not both be {@code kiosk-1} in one county database. A centre already known
 * keeps its name (a terminal started with another centre's site.yaml does not rename it); only
 * the stand-in name V19 gave a centre's own database takes the name of its site.yaml.
 */
public final class Centres {
    private final Jdbi jdbi;

    public Centres(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A terminal id already used by a terminal of another centre of the same database. */
    public static final class TerminalOfAnotherCentre extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TerminalOfAnotherCentre(String terminal, String centre) {
            super("terminal.id " + terminal + " is already a terminal of centre " + centre
                    + " in this database; every terminal of a county needs an id of its own (e.g. " + centre + "-" + terminal + ")");
        }
    }

    /**
     * Makes the terminal's centre known under {@code name} (added, or the stand-in name of V19
     * replaced, with its event); refuses a terminal id another centre's terminal has.
     */
    public void register(EventLog events, String name) {
        Terminal terminal = events.terminal();
        Optional<String> elsewhere = jdbi.withHandle(h -> h.createQuery("SELECT site FROM terminal_status WHERE terminal_id = :t")
                .bind("t", terminal.id()).mapTo(String.class).findOne()).filter(site -> !site.equals(terminal.site()));
        if (elsewhere.isPresent()) {
            throw new TerminalOfAnotherCentre(terminal.id(), elsewhere.get());
        }
        Optional<String> known = name(terminal.site());
        if (known.isPresent() && !known.get().equals(STAND_IN)) {
            return;
        }
        try {
            jdbi.useTransaction(h -> {
                int renamed = h.createUpdate("UPDATE centre SET name = :n WHERE code = :c AND name = :standIn").bind("n", name)
                        .bind("c", terminal.site()).bind("standIn", STAND_IN).execute();
                if (renamed == 0) {
                    if (h.createQuery("SELECT COUNT(*) FROM centre WHERE code = :c").bind("c", terminal.site()).mapTo(Integer.class).one() > 0) {
                        return; // another terminal named it so meanwhile
                    }
                    h.createUpdate("INSERT INTO centre (code, name) VALUES (:c, :n)").bind("c", terminal.site()).bind("n", name).execute();
                }
                events.append(h, new EventDraft(EventType.CENTRE_REGISTERED, "centre:" + terminal.site(), "system",
                        Map.of("name", name)));
            });
        } catch (RuntimeException e) {
            // two terminals of a new centre opening at once: the other made it known
            if (!SqlErrors.isDuplicate(e)) {
                throw e;
            }
        }
    }

    /** The name V19 gave the one centre already in a database, until a terminal names it. */
    private static final String STAND_IN = "main";

    /** A centre's name, if the database knows the centre. */
    public Optional<String> name(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM centre WHERE code = :c").bind("c", code).mapTo(String.class).findOne());
    }

    /** Every centre of the database, code to name, in code order. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT code, name FROM centre ORDER BY code")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> all.put(e.getKey(), e.getValue())));
        return all;
    }
}
