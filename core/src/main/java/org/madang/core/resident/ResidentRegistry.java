package org.madang.core.resident;

import org.madang.core.clerk.Permission;
import org.madang.core.clerk.StaffRights;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.madang.core.Refusal;
import org.madang.core.event.EventDraft;
import org.madang.core.event.EventLog;
import org.madang.core.event.EventType;

/**
 * Registers a new resident at the counter (someone who has not used the centre before): their
 * registration number (sealed, with its look-up hash), contact, whether the centre may send
 * them messages, and their household — a new one at their address, or an existing resident's.
 */
public final class ResidentRegistry {
    /** What the clerk typed for a new resident. */
    public record NewResident(String name, String typedRrn, String phone, String address, boolean countyResident,
                              boolean messageConsent, Long householdOf, String relation) {
    }

    /** What registering answered. */
    public sealed interface Outcome {
        record Registered(Resident resident) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    private final Jdbi jdbi;
    private final RrnCipher cipher;
    private final EventLog events;
    private final Clock clock;

    public ResidentRegistry(Jdbi jdbi, RrnCipher cipher, EventLog events, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    public Outcome register(NewResident who, String clerk) {
        String name = who.name() == null ? "" : who.name().strip();
        if (name.isEmpty() || name.length() > 60) {
            return refused("resident.register.name");
        }
        Optional<Rrn> rrn = Rrn.parse(who.typedRrn() == null ? "" : who.typedRrn().strip());
        if (rrn.isEmpty()) {
            return refused("resident.register.rrn");
        }
        String phone = who.phone() == null ? "" : who.phone().replaceAll("[^0-9]", "");
        if (!phone.isEmpty() && !phone.matches("0\\d{8,10}")) {
            return refused("resident.register.phone");
        }
        String address = who.address() == null ? "" : who.address().strip();
        if (address.isEmpty()) {
            return refused("resident.register.address");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String hash = cipher.lookupHash(rrn.get());
        return jdbi.inTransaction(h -> {
            StaffRights.require(h, clerk, Permission.WINDOW);
            if (h.createQuery("SELECT COUNT(*) FROM resident WHERE rrn_hash = :h").bind("h", hash).mapTo(Integer.class).one() > 0) {
                return refused("resident.register.known");
            }
            Long household;
            String relation;
            if (who.householdOf() != null) {
                Optional<Long> existing = h.createQuery("SELECT household_id FROM resident WHERE id = :id").bind("id", who.householdOf())
                        .mapTo(Long.class).findOne();
                if (existing.isEmpty()) {
                    return refused("resident.refused.unknown");
                }
                household = existing.get();
                relation = who.relation() == null ? "OTHER" : who.relation();
            } else {
                household = h.createUpdate("INSERT INTO household (address, formed_on) VALUES (:a, :d)").bind("a", address)
                        .bind("d", now.toLocalDate()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                relation = "HEAD";
            }
            String storedPhone = phone.isEmpty() ? null
                    : phone.substring(0, 3) + "-" + phone.substring(3, phone.length() - 4) + "-" + phone.substring(phone.length() - 4);
            long id = h.createUpdate("INSERT INTO resident (name, birth_date, sex, rrn_hash, rrn_cipher, phone, address, county_resident, "
                            + "created_at, household_id, household_relation, moved_in_on, message_consent, phone_tail) VALUES (:n, :b, :s, :h, :c, :p, :a, "
                            + ":county, :now, :hh, :rel, :today, :consent, :tail)")
                    .bind("n", name).bind("b", rrn.get().birthDate()).bind("s", rrn.get().sex()).bind("h", hash)
                    .bind("c", cipher.encrypt(rrn.get())).bind("p", storedPhone).bind("a", address).bind("county", who.countyResident())
                    .bind("now", now).bind("hh", household).bind("rel", relation).bind("today", now.toLocalDate())
                    .bind("consent", who.messageConsent()).bind("tail", storedPhone == null ? null : phone.substring(phone.length() - 4))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (household != null && who.householdOf() != null) {
                // an existing household keeps its address; the new member lives there
                h.createUpdate("UPDATE resident SET address = (SELECT address FROM household WHERE id = :hh) WHERE id = :id")
                        .bind("hh", household).bind("id", id).execute();
            }
            events.append(h, new EventDraft(EventType.RESIDENT_REGISTERED, "resident:" + id, "clerk:" + clerk,
                    Map.of("household", household == null ? "" : household.toString(), "consent", who.messageConsent())));
            return new Outcome.Registered(ResidentStore.byId(h, id).orElseThrow());
        });
    }

    private static Outcome refused(String key) {
        return new Outcome.Refused(Refusal.of(key));
    }
}
