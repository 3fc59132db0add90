package org.madang.core.civil;

import java.util.List;
import java.util.Optional;

/**
 * The civil records documents are made from: who lives with whom, where they lived, their
 * family and their local taxes. The demo site's {@link SiteCivilRecords} reads the site
 * database; a production implementation would ask the government system.
 */
public interface CivilRecords {

    Optional<Person> person(long residentId);

    /** Everyone registered in the resident's household, the head first; just the resident when alone. */
    List<Person> household(long residentId);

    /** Every address the resident was registered at, oldest first, the current one last (open-ended). */
    List<AddressEntry> addressHistory(long residentId);

    /** Parents, spouse and children as the family register records them. */
    List<Relative> family(long residentId);

    /** Local taxes levied on the resident, newest first. */
    List<TaxItem> localTaxes(long residentId);
}
