package org.madang.counter.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.madang.core.Refusal;
import org.madang.core.care.CaseChange;
import org.madang.core.care.CaseFile;
import org.madang.core.care.CaseRead;
import org.madang.core.care.CaseRow;
import org.madang.core.care.CatalogueEntry;
import org.madang.core.care.OfficerLoad;

/** The Cases workspace as its presenter sees it: the list of residents, one case, its forms. */
public interface CasesView {

    /** What the lists and forms choose from: officers and areas (for those who see every case), kinds of need, welfare services. */
    void showChoices(List<OfficerLoad> officers, Map<String, Integer> areas, List<CatalogueEntry> needKinds, List<CatalogueEntry> services);

    /** The clerk's own caseload and this month's visit time against their target (officers and the welfare team). */
    void showLoad(Optional<OfficerLoad> mine);

    void showRows(List<CaseRow> rows, LocalDate today);

    /** One case, read in clear (the read is in the audit trail). */
    void showCase(CaseFile file, java.time.LocalDateTime now);

    /** The case is someone else's: the reason for opening it is asked first. */
    void askReason(long residentId);

    /** Nothing saved: what is wrong with which field (named as the forms name them). */
    void showInvalid(Map<String, Refusal> fields);

    /** Nothing saved: the case changed since it was read; these changes were made meanwhile (the case is shown again). */
    void showChanged(List<CaseChange> changes);

    /** A save went through. */
    void showSaved(String messageKey, Object... args);

    /** The open case was changed by someone else; reading it again shows how. */
    void showStale();

    /** Who looked at the open case (supervisors). */
    void showReaders(List<CaseRead> reads);

    void showRefusal(Refusal refusal);

    void showFailure();

    void setBusy(boolean busy);
}
