-- History kept instead of overwritten (issue 20): a resident who cancels a course place or
-- leaves a waiting list and asks again gets a new row; the old one stays as it ended. Only the
-- places that still hold are one per course (or slot) and resident, through a column that
-- names the resident while the row is live and is NULL (never equal to another) once it ended.
ALTER TABLE course_enrolment DROP CONSTRAINT course_enrolment_once;
ALTER TABLE course_enrolment ADD COLUMN live_resident BIGINT
    GENERATED ALWAYS AS (CASE WHEN status IN ('ENROLLED', 'WAITING', 'ENTERED') THEN resident_id END);
ALTER TABLE course_enrolment ADD CONSTRAINT course_enrolment_live_once UNIQUE (course_id, live_resident);

ALTER TABLE waitlist DROP CONSTRAINT waitlist_once;
ALTER TABLE waitlist ADD COLUMN waiting_resident BIGINT
    GENERATED ALWAYS AS (CASE WHEN status = 'WAITING' THEN resident_id END);
ALTER TABLE waitlist ADD CONSTRAINT waitlist_waiting_once UNIQUE (slot_id, waiting_resident);
CREATE INDEX waitlist_resident ON waitlist (resident_id, slot_id);
