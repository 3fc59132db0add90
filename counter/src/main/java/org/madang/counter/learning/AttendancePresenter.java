package org.madang.counter.learning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.madang.core.course.Course;
import org.madang.core.course.CourseRoster;
import org.madang.core.event.Event;
import org.madang.core.event.EventType;
import org.madang.counter.shell.Failures;
import org.madang.ui.Tasks;

/**
 * Courses → register: choose a course under way, its latest class opens; mark who came
 * without checking in at the kiosk (or take back a wrong mark) and save. A kiosk check-in to
 * the open class shows at once.
 */
public final class AttendancePresenter {
    private final AttendanceView view;
    private final CourseRoster roster;
    private final Tasks tasks;
    private final String clerk;
    private Optional<CourseRoster.Register> open = Optional.empty();

    public AttendancePresenter(AttendanceView view, CourseRoster roster, Tasks tasks, String clerk) {
        this.view = view;
        this.roster = roster;
        this.tasks = tasks;
        this.clerk = clerk;
    }

    public void reload() {
        tasks.run(roster::running, view::showCourses, e -> view.showFailure());
    }

    /** A course: its latest class that has begun. */
    public void chooseCourse(Course course) {
        tasks.run(() -> roster.latestSession(course).map(n -> roster.register(course.id(), n)), shown -> shown.ifPresentOrElse(this::shown,
                () -> view.showRefusal(org.madang.core.Refusal.of("course.roster.notYet", course.title(), 1))), e -> view.showFailure());
    }

    /** Another class of the open course. */
    public void chooseSession(int session) {
        open.ifPresent(r -> tasks.run(() -> roster.register(r.course().id(), session), this::shown, e -> view.showFailure()));
    }

    /** Saves the marks: those enrolments came, the others of the register did not. */
    public void save(Set<Long> present) {
        open.ifPresent(r -> tasks.run(() -> roster.save(r.course().id(), r.session(), present, clerk), outcome -> {
            shown(outcome);
            if (outcome instanceof CourseRoster.Outcome.Shown) {
                view.showSaved(present.size());
            }
        }, Failures.shown(view::showRefusal, view::showFailure)));
    }

    /** From the follower's thread: a check-in at a kiosk shows on the open register. */
    public void eventsArrived(List<Event> events) {
        if (open.isPresent() && events.stream().anyMatch(e -> e.is(EventType.COURSE_CHECKED_IN, EventType.COURSE_ATTENDANCE_REMOVED))) {
            tasks.onUiThread(() -> chooseSession(open.get().session()));
        }
    }

    private void shown(CourseRoster.Outcome outcome) {
        if (outcome instanceof CourseRoster.Outcome.Shown s) {
            open = Optional.of(s.register());
            view.showRegister(s.register());
        } else if (outcome instanceof CourseRoster.Outcome.Refused r) {
            view.showRefusal(r.refusal());
        }
    }
}
