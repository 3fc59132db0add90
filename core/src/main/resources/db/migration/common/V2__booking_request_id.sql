-- Each booking request carries an id chosen by the terminal, so a request retried after a
-- lost connection finds the booking it already made instead of making a second one.
ALTER TABLE booking ADD COLUMN request_id VARCHAR(40);
CREATE UNIQUE INDEX booking_request ON booking (request_id);
