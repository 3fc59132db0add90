package org.madang.counter.settings;

import java.util.List;
import org.madang.core.Refusal;
import org.madang.core.clerk.ClerkAccount;

/** The admin's list of clerk accounts as its presenter sees it. */
public interface ClerksView {

    void showAccounts(List<ClerkAccount> accounts);

    /**
     * Where the administrator may make an account besides the counter's centre (the county's
     * administrator: every centre and the county); empty for a centre's administrator.
     */
    void showPlaces(List<org.madang.core.clerk.ClerkAccounts.Place> places);

    /** A change went through; {@code temporaryPassword} is shown once, to be handed to the clerk. */
    void showDone(ClerkAccount account, String doneKey, java.util.Optional<String> temporaryPassword);

    void showRefusal(Refusal refusal);

    void showFailure();

    void setBusy(boolean busy);
}
