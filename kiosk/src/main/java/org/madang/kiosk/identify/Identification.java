package org.madang.kiosk.identify;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.madang.core.Refusal;
import org.madang.core.course.CourseAttendance;
import org.madang.core.resident.Resident;
import org.madang.core.resident.ResidentMessage;
import org.madang.core.resident.Rrn;
import org.madang.hardware.id.IdReaderListener;
import org.madang.hardware.id.Identity;
import org.madang.hardware.qr.QrListener;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Loading;
import org.madang.kiosk.shell.Visit;

/**
 * Finds out who is at the kiosk: an ID card in the reader, or the QR code of one of their
 * booking or course receipts under the scanner (no registration number is ever typed), together with the
 * messages left for them since their last visit. Listens only while its screen shows; the visit
 * remembers the resident for every service afterwards.
 */
public final class Identification implements IdReaderListener, QrListener {
    /** Who the resident is, and what is new for them (oldest first; empty when nothing is). */
    public record Known(Resident resident, List<ResidentMessage> news) {
        public Known {
            news = List.copyOf(news);
        }
    }

    private final KioskServices services;
    private final Loading loading;
    private final Visit visit;
    private final BooleanSupplier listening;
    private final Consumer<Known> found;
    private final Consumer<Refusal> refused;
    /** The words for a QR code held up where only a card identifies; null where a code identifies too. */
    private final String cardOnly;
    private List<ResidentMessage> unread = List.of();

    /**
     * @param listening whether the screen that asks for a card is showing now (read on the UI thread)
     * @param found     the resident and their news, once known (on the UI thread)
     * @param refused   why a card or code did not identify anyone (on the UI thread)
     */
    public Identification(KioskServices services, Loading loading, Visit visit, BooleanSupplier listening, Consumer<Known> found,
                          Consumer<Refusal> refused) {
        this(services, loading, visit, listening, found, refused, null);
    }

    /**
     * Identification by the ID card alone (civil documents, a welfare request): a QR code held
     * under the scanner is answered with why not, in the words of {@code qrRefusalKey}.
     */
    public static Identification byCardOnly(KioskServices services, Loading loading, Visit visit, BooleanSupplier listening,
                                            Consumer<Known> found, Consumer<Refusal> refused, String qrRefusalKey) {
        return new Identification(services, loading, visit, listening, found, refused, qrRefusalKey);
    }

    private Identification(KioskServices services, Loading loading, Visit visit, BooleanSupplier listening, Consumer<Known> found,
                           Consumer<Refusal> refused, String cardOnly) {
        this.cardOnly = cardOnly;
        this.services = services;
        this.loading = loading;
        this.visit = visit;
        this.listening = listening;
        this.found = found;
        this.refused = refused;
        services.devices().idReader().addListener(this);
        services.devices().qrScanner().addListener(this);
    }

    @Override
    public void identified(Identity identity) {
        loading.tasks().onUiThread(() -> {
            if (!listening.getAsBoolean()) {
                return;
            }
            Optional<Rrn> rrn = Rrn.parse(identity.nationalId());
            if (rrn.isEmpty()) {
                refused.accept(Refusal.of("booking.refused.noNationalId"));
                return;
            }
            lookUp(() -> services.residents().byRrn(rrn.get()), "booking.refused.notRegistered", true);
        });
    }

    @Override
    public void refused(String reason) {
        loading.tasks().onUiThread(() -> {
            if (listening.getAsBoolean()) {
                refused.accept(Refusal.of("booking.refused.unreadableCard"));
            }
        });
    }

    @Override
    public void scanned(String text) {
        loading.tasks().onUiThread(() -> {
            if (!listening.getAsBoolean()) {
                return;
            }
            if (cardOnly != null) {
                refused.accept(Refusal.of(cardOnly));
            } else {
                lookUp(() -> (CourseAttendance.recognises(text) ? services.courses().attendance().residentOf(text)
                        : services.checkIns().residentOf(text)).flatMap(services.residents()::byId), "identify.refused.code", false);
            }
        });
    }

    private void lookUp(Callable<Optional<Resident>> query, String notFoundKey, boolean byCard) {
        loading.run(() -> query.call().map(r -> new Known(r, services.messages().unread(r.id()))), who -> {
            if (!listening.getAsBoolean()) {
                return;
            }
            if (who.isEmpty()) {
                refused.accept(Refusal.of(notFoundKey));
                return;
            }
            visit.identified(who.get().resident(), byCard);
            unread = who.get().news();
            found.accept(who.get());
        });
    }

    /** The resident has read the news handed to {@code found}: it is marked read, then {@code then} runs. */
    public void newsRead(Runnable then) {
        List<Long> ids = unread.stream().map(ResidentMessage::id).toList();
        unread = List.of();
        LocalDateTime now = LocalDateTime.now(services.clock());
        loading.run(() -> {
            services.messages().markRead(ids, now);
            return ids;
        }, done -> then.run());
    }

    /** Stops listening to the devices; not used again. */
    public void dispose() {
        services.devices().idReader().removeListener(this);
        services.devices().qrScanner().removeListener(this);
    }
}
