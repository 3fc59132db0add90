-- A queue ticket taken at a centre's kiosk while the county's database did not answer is numbered
-- in the centre's cache and given to the county later (SCALE.md, issue 22): the id the kiosk chose
-- for it lets a ticket given twice (a retry after a lost answer, two terminals of the centre
-- sending at once) find the row it made instead of making a second one.
ALTER TABLE queue_ticket ADD COLUMN request_id VARCHAR(40);
CREATE UNIQUE INDEX queue_ticket_request ON queue_ticket (request_id);
