package org.madang.counter.settings;

import java.util.List;
import java.util.concurrent.Callable;
import org.madang.core.clerk.ClerkAccounts;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.clerk.Role;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.ui.Tasks;

/**
 * Settings → clerk accounts (admin only; the service checks it too): create an account with a
 * temporary password, reset one, change a role, switch an account off or on, lift a lockout.
 */
public final class ClerksPresenter {
    private final ClerksView view;
    private final ClerkAccounts accounts;
    private final Tasks tasks;
    private final String admin;
    private boolean busy;

    public ClerksPresenter(ClerksView view, ClerkAccounts accounts, Tasks tasks, String admin) {
        this.view = view;
        this.accounts = accounts;
        this.tasks = tasks;
        this.admin = admin;
    }

    private boolean placesShown;

    public void reload() {
        tasks.run(() -> accounts.list(admin), list -> {
            view.showAccounts(list);
            if (!placesShown) {
                placesShown = true;
                tasks.run(() -> accounts.places(admin), view::showPlaces, this::failed);
            }
        }, this::failed);
    }

    /** A new account of the counter's centre. */
    public void create(String login, String name, Role role) {
        act(() -> accounts.create(login, name, role, admin), "counter.clerks.created");
    }

    /** A new account of the place the county's administrator chose (a centre, or the county). */
    public void create(String login, String name, Role role, ClerkAccounts.Place place) {
        act(() -> accounts.create(login, name, role, admin, place), "counter.clerks.created");
    }

    public void resetPassword(String login) {
        act(() -> accounts.resetPassword(login, admin), "counter.clerks.reset");
    }

    public void setRole(String login, Role role) {
        act(() -> accounts.setRole(login, role, admin), "counter.clerks.roleChanged");
    }

    public void setActive(String login, boolean active) {
        act(() -> accounts.setActive(login, active, admin), active ? "counter.clerks.reactivated" : "counter.clerks.deactivated");
    }

    public void unlock(String login) {
        act(() -> accounts.unlock(login, admin), "counter.clerks.unlocked");
    }

    /** Another admin's change (or a lockout) shows here too. */
    public void eventsArrived(List<Event> events) {
        if (events.stream().anyMatch(e -> e.type().startsWith("Clerk") && !e.is(EventType.CLERK_SIGNED_IN))) {
            reload();
        }
    }

    private void act(Callable<ClerkAccounts.Outcome> change, String doneKey) {
        if (busy) {
            return;
        }
        busy = true;
        view.setBusy(true);
        tasks.run(change, outcome -> {
            busy = false;
            view.setBusy(false);
            if (outcome instanceof ClerkAccounts.Outcome.Done done) {
                view.showDone(done.account(), doneKey, done.temporaryPassword());
                reload();
            } else if (outcome instanceof ClerkAccounts.Outcome.Refused refused) {
                view.showRefusal(refused.refusal());
            }
        }, e -> {
            busy = false;
            view.setBusy(false);
            failed(e);
        });
    }

    private void failed(Throwable e) {
        if (e instanceof NotPermitted no) {
            view.showRefusal(no.refusal());
        } else {
            view.showFailure();
        }
    }
}
