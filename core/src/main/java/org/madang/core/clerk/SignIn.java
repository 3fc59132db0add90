package org.madang.core.clerk;

import java.time.LocalDateTime;

/** What a sign-in answered. */
public sealed interface SignIn {

    /** In; {@code mustChangePassword} when the password was set by an admin and must be replaced now. */
    record SignedIn(Clerk clerk, boolean mustChangePassword) implements SignIn {
    }

    /**
     * A locked counter opened while the county's database did not answer: the password matched
     * the one the clerk signed in with at this terminal.
     */
    record UnlockedAway(Clerk clerk) implements SignIn {
    }

    /** Login or password not right (which one is not said). */
    record Rejected() implements SignIn {
    }

    /**
     * The right password, but the account is another centre's of the county ({@code centre}, its
     * name): a clerk works at their own centre's counters (a county's staff, of no centre, at any).
     */
    record OtherCentre(String centre) implements SignIn {
    }

    /** Too many wrong passwords: the account takes none until {@code until}. */
    record Locked(LocalDateTime until) implements SignIn {
    }
}
