package org.madang.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.madang.core.testing.TestSite;

/** The database keeps its own closed lists and ranges (V16, V17): a stray UPDATE by hand is refused and changes nothing. */
class SchemaRulesTest {

    @Test
    void valuesOutsideTheirClosedListsOrRangesAreRefusedByTheDatabase() {
        Path root = TestSite.tempRoot();
        try (TestSite site = TestSite.seeded(root)) {
            var jdbi = site.database.jdbi();
            String[] stray = {
                "UPDATE booking SET status = 'LOST' WHERE id = (SELECT MIN(id) FROM booking)",
                "UPDATE booking SET channel = 'WEB' WHERE id = (SELECT MIN(id) FROM booking)",
                "UPDATE booking SET payment = 'MAYBE' WHERE id = (SELECT MIN(id) FROM booking)",
                "UPDATE booking SET party = 0 WHERE id = (SELECT MIN(id) FROM booking)",
                "UPDATE lottery_entry SET status = 'DRAWN' WHERE id = (SELECT MIN(id) FROM lottery_entry)",
                "UPDATE queue_ticket SET status = 'GONE' WHERE id = (SELECT MIN(id) FROM queue_ticket)",
                "UPDATE queue_ticket SET priority_reason = 'VIP' WHERE id = (SELECT MIN(id) FROM queue_ticket)",
                "UPDATE course_enrolment SET channel = 'WEB' WHERE id = (SELECT MIN(id) FROM course_enrolment)",
                "UPDATE care_consultation SET channel = 'EMAIL' WHERE id = (SELECT MIN(id) FROM care_consultation)",
            };
            for (String sql : stray) {
                assertThatThrownBy(() -> jdbi.useHandle(h -> {
                    if (h.execute(sql) == 0) {
                        throw new AssertionError("no row to try: " + sql);
                    }
                })).as(sql).satisfies(e -> assertThat(SqlErrors.isCheckViolation(e)).as("a check constraint refused it: " + e).isTrue());
            }
        }
    }
}
