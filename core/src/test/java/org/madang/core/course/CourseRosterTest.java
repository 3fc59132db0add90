package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.madang.core.clerk.NotPermitted;
import org.madang.core.testing.TestSite;

class CourseRosterTest {

    private static CourseRoster roster(TestSite site) {
        return new CourseRoster(site.database.jdbi(), site.events(), site.clock, site.terminal);
    }

    /** A course under way with residents enrolled, and its latest class. */
    private static CourseRoster.Register aRegister(CourseRoster roster) {
        for (Course c : roster.running()) {
            int session = roster.latestSession(c).orElseThrow();
            if (roster.register(c.id(), session) instanceof CourseRoster.Outcome.Shown s && s.register().lines().size() >= 2) {
                return s.register();
            }
        }
        throw new AssertionError("the demo has no course under way with two residents enrolled");
    }

    @Test
    void aClerkMarksWhoCameAndTakesBackAMarkMadeInErrorEachWithItsEvent() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            CourseRoster roster = roster(site);
            CourseRoster.Register before = aRegister(roster);
            List<CourseRoster.Line> lines = before.lines();
            Set<Long> came = new HashSet<>();
            lines.stream().filter(CourseRoster.Line::present).forEach(l -> came.add(l.enrolmentId()));
            long absent = lines.stream().filter(l -> !l.present()).findFirst().orElseThrow().enrolmentId();
            came.add(absent);
            long events = site.events().latestId();

            var saved = (CourseRoster.Outcome.Shown) roster.save(before.course().id(), before.session(), came, "clerk1");
            assertThat(saved.register().lines()).filteredOn(l -> l.enrolmentId() == absent).singleElement()
                    .satisfies(l -> assertThat(l.present()).isTrue());
            assertThat(site.events().after(events, 10)).extracting(e -> e.type() + " " + e.actor())
                    .containsExactly("CourseCheckedIn clerk:clerk1");

            // saving the same marks again changes nothing
            roster.save(before.course().id(), before.session(), came, "clerk1");
            assertThat(site.events().after(events, 10)).hasSize(1);
            came.remove(absent);
            roster.save(before.course().id(), before.session(), came, "clerk1");
            assertThat(site.events().after(events, 10)).extracting(e -> e.type()).containsExactly("CourseCheckedIn", "CourseAttendanceRemoved");
            assertThat(site.count("SELECT COUNT(*) FROM course_attendance WHERE enrolment_id = " + absent + " AND session_no = "
                    + before.session())).isZero();
        }
    }

    @Test
    void aClassNotYetBegunHasNoRegisterAndAnAdminMayNotMark() {
        try (TestSite site = TestSite.seeded(TestSite.tempRoot())) {
            CourseRoster roster = roster(site);
            CourseRoster.Register r = aRegister(roster);
            assertThat(roster.register(r.course().id(), r.session() + 1)).isInstanceOf(CourseRoster.Outcome.Refused.class);
            assertThatThrownBy(() -> roster.save(r.course().id(), r.session(), Set.of(), "admin")).isInstanceOf(NotPermitted.class);
        }
    }
}
