package org.madang.core.clerk;

import java.time.LocalDateTime;

/** What a sign-in answered. */
public sealed interface SignIn {

    /** In; {@code mustChangePassword} when the password was set by an admin and must be replaced now. */
    record SignedIn(Clerk clerk, boolean mustChangePassword) implements SignIn {
    }

    /** Login or password not right (which one is not said). */
    record Rejected() implements SignIn {
    }

    /** Too many wrong passwords: the account takes none until {@code until}. */
    record Locked(LocalDateTime until) implements SignIn {
    }
}
