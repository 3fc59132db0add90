-- PostgreSQL indexes a foreign key's column only when told (H2 makes one itself, so its V20 is empty):
-- without one, a change to a referenced row scans the referencing table, and so do joins on it.
-- PostgresMigrationsTest keeps every foreign key leading an index.
CREATE INDEX care_case_site_fk ON care_case (site);
CREATE INDEX care_need_ticket_id_fk ON care_need (ticket_id);
CREATE INDEX clerk_site_fk ON clerk (site);
CREATE INDEX closure_facility_id_fk ON closure (facility_id);
CREATE INDEX course_wish_resident_id_fk ON course_wish (resident_id);
CREATE INDEX document_issue_requester_id_fk ON document_issue (requester_id);
CREATE INDEX document_issue_site_fk ON document_issue (site);
CREATE INDEX document_issue_type_code_fk ON document_issue (type_code);
CREATE INDEX lottery_entry_booking_id_fk ON lottery_entry (booking_id);
CREATE INDEX lottery_entry_resident_id_fk ON lottery_entry (resident_id);
CREATE INDEX payment_site_fk ON payment (site);
CREATE INDEX practice_certificate_class_id_fk ON practice_certificate (class_id);
CREATE INDEX practice_certificate_learner_id_fk ON practice_certificate (learner_id);
CREATE INDEX practice_learner_class_id_fk ON practice_learner (class_id);
CREATE INDEX queue_call_ticket_id_fk ON queue_call (ticket_id);
CREATE INDEX queue_desk_service_service_id_fk ON queue_desk_service (service_id);
CREATE INDEX queue_ticket_serve_service_id_fk ON queue_ticket (serve_service_id);
CREATE INDEX queue_ticket_service_id_fk ON queue_ticket (service_id);
CREATE INDEX resident_household_id_fk ON resident (household_id);
CREATE INDEX satisfaction_site_fk ON satisfaction (site);
CREATE INDEX waitlist_booking_id_fk ON waitlist (booking_id);
