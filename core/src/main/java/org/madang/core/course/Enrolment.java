package org.madang.core.course;

import java.time.LocalDateTime;
import java.util.Optional;
import org.madang.core.booking.Channel;

/**
 * A resident's place in a course as stored.
 *
 * @param waitlistNo their number on the waiting list (kept after a promotion, for the record)
 * @param refund     what cancelling gave back (empty until cancelled)
 */
public record Enrolment(long id, long courseId, long residentId, EnrolmentStatus status, Optional<Integer> waitlistNo, int fee,
                        CourseFeeBasis basis, Channel channel, LocalDateTime createdAt, Optional<LocalDateTime> seatedAt,
                        Optional<LocalDateTime> cancelledAt, Optional<Integer> refund) {
}
