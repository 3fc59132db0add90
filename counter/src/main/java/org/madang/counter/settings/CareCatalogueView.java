package org.madang.counter.settings;

import java.util.List;
import java.util.Map;
import org.madang.core.Refusal;
import org.madang.core.care.CatalogueEntry;

/** Settings → the lists of needs and welfare services, as their presenter sees them. */
public interface CareCatalogueView {

    void showLists(List<CatalogueEntry> needKinds, List<CatalogueEntry> services);

    void showSaved(CatalogueEntry entry);

    /** Nothing saved: what is wrong with which field ({@code code}, {@code nameKo}, {@code nameEn}). */
    void showInvalid(Map<String, Refusal> fields);

    void showRefusal(Refusal refusal);

    void showFailure();
}
