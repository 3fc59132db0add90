package org.madang.core.resident;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * The second factor for civil documents (POLICIES.md): a PIN of 4 to 6 digits a clerk sets at
 * the counter, checked after the ID card. Stored as a keyed hash (HMAC-SHA-256 with the site's
 * look-up key over the resident and the PIN), so a copied database alone does not give PINs
 * away; {@value #MAX_FAILURES} wrong tries in a row lock it until the counter sets it again.
 */
public final class ResidentPins {
    public static final int MAX_FAILURES = 5;
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 6;

    /**
     * How a PIN set at a centre before its move into a county that held others is kept: the
     * centre's code, the resident's id there and the stored form under the centre's key. It is
     * checked with that centre's key (kept in the county's keys/centres/) and made the county's at
     * its first right check.
     */
    public static final String MOVED = "moved:";

    private final Jdbi jdbi;
    private final EventLog events;
    private final RrnCipher cipher;
    private final Map<String, RrnCipher> formers;

    public ResidentPins(Jdbi jdbi, EventLog events, RrnCipher cipher) {
        this(jdbi, events, cipher, Map.of());
    }

    /** @param formers the keys of the centres moved into the county, by code: the PINs their residents set before */
    public ResidentPins(Jdbi jdbi, EventLog events, RrnCipher cipher, Map<String, RrnCipher> formers) {
        this.jdbi = jdbi;
        this.events = events;
        this.cipher = cipher;
        this.formers = Map.copyOf(formers);
    }

    /** The stored form of a PIN a moved centre kept for its resident {@code oldId} ({@code stored} under its key). */
    public static String moved(String centre, long oldId, String stored) {
        return MOVED + centre + ":" + oldId + ":" + stored;
    }

    /** How a PIN check went. */
    public enum Check {
        RIGHT, WRONG, LOCKED, NOT_SET
    }

    /** The answer to a check, with the tries left after a wrong one. */
    public record Outcome(Check check, int triesLeft) {
    }

    /** What a clerk sees of a resident's PIN. */
    public enum State {
        NOT_SET, SET, LOCKED
    }

    /** Whether the resident has a PIN, and whether it is locked by wrong tries. */
    public State state(long residentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT pin_hash, pin_failures FROM resident WHERE id = :id").bind("id", residentId)
                .map((rs, ctx) -> rs.getString(1) == null ? State.NOT_SET : rs.getInt(2) >= MAX_FAILURES ? State.LOCKED : State.SET)
                .findOne().orElse(State.NOT_SET));
    }

    /** Whether {@code pin} is 4 to 6 digits. */
    public static boolean wellFormed(String pin) {
        return pin != null && pin.length() >= MIN_DIGITS && pin.length() <= MAX_DIGITS && pin.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A clerk sets (or resets) a resident's PIN; clears a lock. */
    public void set(long residentId, String pin, String clerk) {
        if (!wellFormed(pin)) {
            throw new IllegalArgumentException("a PIN is 4 to 6 digits");
        }
        jdbi.useTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            h.createUpdate("UPDATE resident SET pin_hash = :h, pin_failures = 0 WHERE id = :id")
                    .bind("h", hash(residentId, pin)).bind("id", residentId).execute();
            events.append(h, new EventDraft(EventType.PIN_SET, "resident:" + residentId, "clerk:" + clerk, Map.of()));
        });
    }

    /** Checks a PIN typed at a kiosk; counts wrong tries and locks after {@value #MAX_FAILURES}. */
    public Outcome check(long residentId, String pin) {
        return jdbi.inTransaction(h -> {
            var row = h.createQuery("SELECT pin_hash, pin_failures FROM resident WHERE id = :id FOR UPDATE").bind("id", residentId)
                    .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getInt(2)}).findOne();
            if (row.isEmpty() || row.get()[0] == null) {
                return new Outcome(Check.NOT_SET, 0);
            }
            int failures = (Integer) row.get()[1];
            if (failures >= MAX_FAILURES) {
                checked(h, residentId, Check.LOCKED, 0);
                return new Outcome(Check.LOCKED, 0);
            }
            String stored = (String) row.get()[0];
            Optional<Boolean> moved = movedCheck(stored, pin);
            if (stored.startsWith(MOVED) && moved.isEmpty()) {
                // set at a centre whose keys this terminal does not hold: it cannot be checked here
                return new Outcome(Check.NOT_SET, 0);
            }
            boolean right = moved.orElseGet(() -> wellFormed(pin) && MessageDigest.isEqual(hash(residentId, pin).getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII)));
            if (right) {
                if (failures > 0) {
                    h.createUpdate("UPDATE resident SET pin_failures = 0 WHERE id = :id").bind("id", residentId).execute();
                }
                if (moved.isPresent()) {
                    // the PIN the resident set before the move, now kept under the county's key
                    h.createUpdate("UPDATE resident SET pin_hash = :h WHERE id = :id").bind("h", hash(residentId, pin)).bind("id", residentId)
                            .execute();
                }
                checked(h, residentId, Check.RIGHT, MAX_FAILURES);
                return new Outcome(Check.RIGHT, MAX_FAILURES);
            }
            h.createUpdate("UPDATE resident SET pin_failures = pin_failures + 1 WHERE id = :id").bind("id", residentId).execute();
            if (failures + 1 >= MAX_FAILURES) {
                checked(h, residentId, Check.WRONG, 0);
                events.append(h, new EventDraft(EventType.PIN_LOCKED, "resident:" + residentId, "resident", Map.of()));
                return new Outcome(Check.LOCKED, 0);
            }
            checked(h, residentId, Check.WRONG, MAX_FAILURES - failures - 1);
            return new Outcome(Check.WRONG, MAX_FAILURES - failures - 1);
        });
    }

    /** Every check of a set PIN is in the audit trail: its outcome and the tries left, never what was typed. */
    private void checked(org.jdbi.v3.core.Handle h, long residentId, Check outcome, int triesLeft) {
        events.append(h, new EventDraft(EventType.PIN_CHECKED, "resident:" + residentId, "resident",
                Map.of("outcome", outcome.name(), "triesLeft", triesLeft)));
    }

    /** For a PIN kept from a moved centre: whether {@code pin} is it (checked with that centre's key); empty for any other. */
    private Optional<Boolean> movedCheck(String stored, String pin) {
        if (!stored.startsWith(MOVED)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(MOVED.length()).split(":", 3);
        if (parts.length != 3 || !formers.containsKey(parts[0]) || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        String then = stored(formers.get(parts[0]), Long.parseLong(parts[1]), pin);
        return Optional.of(wellFormed(pin) && MessageDigest.isEqual(then.getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII)));
    }

    private String hash(long residentId, String pin) {
        return stored(cipher, residentId, pin);
    }

    /** The stored form of a resident's PIN (for seeding). */
    public static String stored(RrnCipher cipher, long residentId, String pin) {
        return cipher.keyedHash("pin:" + residentId + ":" + pin);
    }
}
