package org.madang.core.resident;

/** Grounds on which a resident pays a reduced fee, or none (POLICIES.md: fees). */
public enum Exemption {
    /** Aged 65 or over (the age is a policy figure). */
    SENIOR,
    /** A registered disability. */
    DISABILITY,
    /** A recipient of basic livelihood security. */
    BASIC_LIVELIHOOD,
    /** A person of national merit. */
    NATIONAL_MERIT
}
