package org.madang.core.care;

import java.time.LocalDateTime;

/**
 * A consultation as a clerk writes it down.
 *
 * @param minutes how long a home visit took; may be null for the counter and the phone
 */
public record ConsultationDraft(LocalDateTime heldAt, Channel channel, Integer minutes, String asked, String done) {
}
