package org.madang.core.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

class CourseWishesTest {
    private TestSite site;

    @BeforeEach
    void open() {
        site = TestSite.seeded(TestSite.tempRoot());
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void wishesAreKeptInTheirOwnWordsAndCountedBySubjectForTheCounter() {
        CourseWishes wishes = site.courseWishes();
        assertThat(wishes.add(new CourseWishes.Wish("CAREER", Optional.of(2), Optional.of(CourseFilter.TimeOfDay.MORNING),
                "  스마트폰으로 사진 보내는 법  ", Optional.of(1L)))).isEqualTo(1);
        assertThat(wishes.add(new CourseWishes.Wish("CAREER", Optional.empty(), Optional.empty(), "키오스크 주문", Optional.empty())))
                .isEqualTo(2);
        wishes.add(new CourseWishes.Wish("HUMANITIES", Optional.of(6), Optional.empty(), "", Optional.of(2L)));
        // (the demo's own wishes are of other subjects)
        assertThat(wishes.counts()).extracting(CourseWishes.WishCount::topic, CourseWishes.WishCount::count)
                .contains(org.assertj.core.groups.Tuple.tuple("CAREER", 2), org.assertj.core.groups.Tuple.tuple("HUMANITIES", 1));
        CourseWishes.Wish latest = wishes.latest("CAREER", 5).get(1);
        assertThat(latest.words()).isEqualTo("스마트폰으로 사진 보내는 법");
        assertThat(latest.weekday()).contains(2);
        assertThat(latest.timeOfDay()).contains(CourseFilter.TimeOfDay.MORNING);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseWished'")).isEqualTo(3);
        assertThat(site.count("SELECT COUNT(*) FROM event_log WHERE type = 'CourseWished' AND actor = 'anonymous'")).isEqualTo(1);
    }

    @Test
    void tooManyWordsOrAnImpossibleDayAreRefusedBeforeAnythingIsStored() {
        long before = site.count("SELECT COUNT(*) FROM course_wish");
        assertThatThrownBy(() -> new CourseWishes.Wish("ARTS", Optional.empty(), Optional.empty(), "가".repeat(401), Optional.empty()))
                .hasMessageContaining("400");
        assertThatThrownBy(() -> new CourseWishes.Wish("ARTS", Optional.of(8), Optional.empty(), "", Optional.empty()))
                .hasMessageContaining("weekday");
        assertThat(site.count("SELECT COUNT(*) FROM course_wish")).isEqualTo(before);
    }
}
