package org.madang.core.civil;

import java.time.LocalDate;
import java.util.Optional;

/** One registered address; {@code until} is empty for the current one. reason: BIRTH, MOVED_IN, CORRECTION. */
public record AddressEntry(String address, LocalDate from, Optional<LocalDate> until, String reason) {
}
