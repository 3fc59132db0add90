package org.madang.counter.residents;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.residentfile.ResidentFile;
import org.madang.core.residentfile.ResidentSearch;

/** The Residents workspace: what the search found, one resident's file, registering a new resident. */
public interface ResidentsView {
    /** The residents found for what was typed or scanned (maybe none). */
    void showHits(String typed, List<ResidentSearch.Hit> hits);

    /** A code that names nobody here, and why. */
    void showRefusal(Refusal refusal);

    /** One resident's whole file. */
    void showFile(ResidentFile file);

    /** The full registration number, after a reason was given. */
    void showRevealed(String rrn);

    /** What the last act did, in a word. */
    void showDone(String messageKey, Object... args);

    void showFailure();
}
