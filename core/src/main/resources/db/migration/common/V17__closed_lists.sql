-- The rest of the closed lists (issue 20): every status, channel, method and kind column holds
-- only the values Madang writes, so a stray UPDATE by hand is refused by the database itself.
ALTER TABLE booking ADD CONSTRAINT booking_channel_known CHECK (channel IN ('KIOSK', 'COUNTER', 'PHONE', 'LOTTERY', 'WAITLIST'));
ALTER TABLE booking ADD CONSTRAINT booking_payment_known CHECK (payment IN ('UNPAID', 'PAID', 'FREE'));
ALTER TABLE waitlist ADD CONSTRAINT waitlist_status_known CHECK (status IN ('WAITING', 'OFFERED', 'SKIPPED', 'LEFT'));
ALTER TABLE lottery_entry ADD CONSTRAINT lottery_entry_status_known CHECK (status IN ('ENTERED', 'WON', 'LOST'));
ALTER TABLE queue_ticket ADD CONSTRAINT queue_ticket_status_known
    CHECK (status IN ('WAITING', 'CALLED', 'SERVING', 'DONE', 'NO_SHOW', 'CANCELLED'));
ALTER TABLE queue_ticket ADD CONSTRAINT queue_ticket_priority_known
    CHECK (priority_reason IS NULL OR priority_reason IN ('SENIOR', 'DISABILITY', 'PREGNANCY'));
ALTER TABLE queue_ticket ADD CONSTRAINT queue_ticket_outcome_known
    CHECK (outcome IS NULL OR outcome IN ('SERVED', 'INCOMPLETE', 'REFERRED', 'NO_SHOW'));
ALTER TABLE payment ADD CONSTRAINT payment_kind_known CHECK (item_kind IN ('BOOKING', 'COURSE', 'DOCUMENT'));
ALTER TABLE payment ADD CONSTRAINT payment_method_known CHECK (method IN ('CASH', 'CARD', 'TRANSFER', 'EXEMPT'));
ALTER TABLE payment ADD CONSTRAINT payment_amount_in_range CHECK (amount BETWEEN 0 AND fee);
ALTER TABLE course_enrolment ADD CONSTRAINT course_enrolment_channel_known
    CHECK (channel IN ('KIOSK', 'COUNTER', 'PHONE', 'LOTTERY', 'WAITLIST'));
ALTER TABLE document_issue ADD CONSTRAINT document_issue_channel_known CHECK (channel IN ('KIOSK', 'COUNTER', 'PHONE'));
ALTER TABLE document_issue ADD CONSTRAINT document_issue_status_known CHECK (status IN ('ISSUED', 'REVOKED'));
ALTER TABLE document_issue ADD CONSTRAINT document_issue_print_known CHECK (print_state IN ('PENDING', 'PRINTED', 'FAILED'));
ALTER TABLE document_issue ADD CONSTRAINT document_issue_printed_copies CHECK (copies_printed BETWEEN 0 AND copies);
ALTER TABLE care_consultation ADD CONSTRAINT care_consultation_channel_known CHECK (channel IN ('COUNTER', 'PHONE', 'VISIT'));
