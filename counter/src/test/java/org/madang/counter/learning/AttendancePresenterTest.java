package org.madang.counter.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.madang.core.Refusal;
import org.madang.core.course.Course;
import org.madang.core.course.CourseRoster;
import org.madang.counter.CounterFixture;
import org.madang.ui.DirectTasks;

/** A class register at the counter without AWT: the latest class opens, a tick saved is a check-in by the clerk. */
class AttendancePresenterTest {
    private final CounterFixture f = new CounterFixture();
    private final Recording view = new Recording();
    private final AttendancePresenter presenter = new AttendancePresenter(view, f.services.roster(), new DirectTasks(), "tester");

    static final class Recording implements AttendanceView {
        List<Course> courses = List.of();
        CourseRoster.Register register;
        final List<String> said = new ArrayList<>();

        @Override
        public void showCourses(List<Course> shown) {
            courses = shown;
        }

        @Override
        public void showRegister(CourseRoster.Register shown) {
            register = shown;
        }

        @Override
        public void showSaved(int present) {
            said.add("saved:" + present);
        }

        @Override
        public void showRefusal(Refusal refusal) {
            said.add(refusal.messageKey());
        }

        @Override
        public void showFailure() {
            said.add("failure");
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theLatestClassOpensAndATickSavedRecordsTheClerksCheckIn() {
        presenter.reload();
        Course course = view.courses.stream().filter(c -> c.enrolled() > 1).findFirst().orElseThrow();
        presenter.chooseCourse(course);
        assertThat(view.register.session()).isEqualTo(f.services.roster().latestSession(course).orElseThrow());
        Set<Long> came = new HashSet<>();
        view.register.lines().stream().filter(CourseRoster.Line::present).forEach(l -> came.add(l.enrolmentId()));
        CourseRoster.Line absent = view.register.lines().stream().filter(l -> !l.present()).findFirst().orElseThrow();
        came.add(absent.enrolmentId());
        presenter.save(came);
        assertThat(view.said).containsExactly("saved:" + came.size());
        assertThat(view.register.lines()).filteredOn(l -> l.enrolmentId() == absent.enrolmentId()).singleElement()
                .satisfies(l -> assertThat(l.present()).isTrue());
        assertThat(f.site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseCheckedIn' AND actor = 'clerk:tester'")).isEqualTo(1);

        presenter.chooseSession(course.sessions() + 1);
        assertThat(view.said).last().isEqualTo("course.roster.notYet");
    }
}
