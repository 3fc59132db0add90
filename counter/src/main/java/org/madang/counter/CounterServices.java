package org.madang.counter;

import java.time.Clock;
import org.madang.config.SiteConfig;
import org.madang.core.booking.BookingStore;
import org.madang.core.course.CourseEnrolments;
import org.madang.core.course.CourseWishes;
import org.madang.core.resident.ResidentPins;
import org.madang.core.resident.ResidentStore;
import org.madang.core.clerk.ClerkService;
import org.madang.core.event.EventFollower;
import org.madang.core.event.EventLog;
import org.madang.core.terminal.StaffCalls;

/**
 * What the counter's screens work with, wired by the app.
 *
 * @param demoHint whether the sign-in screen shows the demo clerk's login (demo sites only)
 */
public record CounterServices(SiteConfig config, Clock clock, ClerkService clerks, BookingStore bookings,
                              EventLog events, EventFollower follower, StaffCalls staffCalls, boolean demoHint,
                              CourseEnrolments courses, CourseWishes wishes, ResidentStore residents, ResidentPins pins) {
}
