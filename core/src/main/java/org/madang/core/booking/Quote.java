package org.madang.core.booking;

/** What a booking would cost, and which reduction made it so. */
public record Quote(int fee, FeeBasis basis) {
}
