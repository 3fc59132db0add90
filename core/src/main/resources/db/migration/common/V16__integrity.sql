-- Integrity the database itself keeps (issue 20): statuses from their closed lists, figures in
-- their ranges, a course's dates in order, and an issued document's type one of the catalogue's.
ALTER TABLE booking ADD CONSTRAINT booking_status_known CHECK (status IN ('BOOKED', 'CHECKED_IN', 'NO_SHOW', 'CANCELLED'));
ALTER TABLE booking ADD CONSTRAINT booking_fee_not_negative CHECK (fee >= 0);
ALTER TABLE slot ADD CONSTRAINT slot_start_before_end CHECK (starts_at < ends_at);
ALTER TABLE slot ADD CONSTRAINT slot_capacity_positive CHECK (capacity > 0);
ALTER TABLE course ADD CONSTRAINT course_status_known CHECK (status IN ('RECRUITING', 'RUNNING', 'FINISHED', 'CLOSED'));
ALTER TABLE course ADD CONSTRAINT course_weekday CHECK (weekday BETWEEN 1 AND 7);
ALTER TABLE course ADD CONSTRAINT course_capacity_positive CHECK (capacity > 0);
ALTER TABLE course ADD CONSTRAINT course_fee_not_negative CHECK (fee >= 0);
ALTER TABLE course ADD CONSTRAINT course_dates_in_order CHECK (starts_on <= ends_on);
ALTER TABLE course ADD CONSTRAINT course_sessions_positive CHECK (sessions > 0 AND minutes > 0);
ALTER TABLE course_enrolment ADD CONSTRAINT course_enrolment_status_known
    CHECK (status IN ('ENROLLED', 'WAITING', 'ENTERED', 'LOST', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED'));
ALTER TABLE course_enrolment ADD CONSTRAINT course_enrolment_refund CHECK (fee >= 0 AND (refund IS NULL OR refund BETWEEN 0 AND fee));
ALTER TABLE payment ADD CONSTRAINT payment_fee_not_negative CHECK (fee >= 0);
ALTER TABLE document_issue ADD CONSTRAINT document_issue_type FOREIGN KEY (type_code) REFERENCES document_type (code);
