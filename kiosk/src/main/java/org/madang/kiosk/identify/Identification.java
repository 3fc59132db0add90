package org.madang.kiosk.identify;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.madang.core.Refusal;
import org.madang.core.resident.Resident;
import org.madang.core.resident.Rrn;
import org.madang.hardware.id.IdReaderListener;
import org.madang.hardware.id.Identity;
import org.madang.hardware.qr.QrListener;
import org.madang.kiosk.KioskServices;
import org.madang.kiosk.shell.Visit;
import org.madang.ui.Tasks;

/**
 * Finds out who is at the kiosk: an ID card in the reader, or the QR code of one of their
 * booking receipts under the scanner (no registration number is ever typed). Listens only while
 * its screen shows; the visit remembers the resident for every service afterwards.
 */
public final class Identification implements IdReaderListener, QrListener {
    private final KioskServices services;
    private final Tasks tasks;
    private final Visit visit;
    private final BooleanSupplier listening;
    private final Consumer<Resident> found;
    private final Consumer<Refusal> refused;
    private final Consumer<Throwable> failed;

    /**
     * @param listening whether the screen that asks for a card is showing now (read on the UI thread)
     * @param found     the resident, once known (on the UI thread)
     * @param refused   why a card or code did not identify anyone (on the UI thread)
     */
    public Identification(KioskServices services, Tasks tasks, Visit visit, BooleanSupplier listening, Consumer<Resident> found,
                          Consumer<Refusal> refused, Consumer<Throwable> failed) {
        this.services = services;
        this.tasks = tasks;
        this.visit = visit;
        this.listening = listening;
        this.found = found;
        this.refused = refused;
        this.failed = failed;
        services.devices().idReader().addListener(this);
        services.devices().qrScanner().addListener(this);
    }

    @Override
    public void identified(Identity identity) {
        tasks.onUiThread(() -> {
            if (!listening.getAsBoolean()) {
                return;
            }
            Optional<Rrn> rrn = Rrn.parse(identity.nationalId());
            if (rrn.isEmpty()) {
                refused.accept(Refusal.of("booking.refused.noNationalId"));
                return;
            }
            lookUp(() -> services.residents().byRrn(rrn.get()), "booking.refused.notRegistered");
        });
    }

    @Override
    public void refused(String reason) {
        tasks.onUiThread(() -> {
            if (listening.getAsBoolean()) {
                refused.accept(Refusal.of("booking.refused.unreadableCard"));
            }
        });
    }

    @Override
    public void scanned(String text) {
        tasks.onUiThread(() -> {
            if (listening.getAsBoolean()) {
                lookUp(() -> services.checkIns().residentOf(text).flatMap(services.residents()::byId), "identify.refused.code");
            }
        });
    }

    private void lookUp(java.util.concurrent.Callable<Optional<Resident>> query, String notFoundKey) {
        tasks.run(query, who -> {
            if (!listening.getAsBoolean()) {
                return;
            }
            if (who.isEmpty()) {
                refused.accept(Refusal.of(notFoundKey));
                return;
            }
            visit.identified(who.get());
            found.accept(who.get());
        }, failed);
    }

    /** Stops listening to the devices; not used again. */
    public void dispose() {
        services.devices().idReader().removeListener(this);
        services.devices().qrScanner().removeListener(this);
    }
}
