-- A county's centres in one database (SCALE.md, issue 22). Every row that belongs to a centre
-- says which: its facilities and courses (bookable from every centre: the county catalogue), its
-- queue and desks, its kiosks and their calls for staff, the documents it issued and the fees it
-- took, its care cases and its residents' answers. Notices and clerks may belong to no centre:
-- a county-wide notice, a supervisor of the whole county. A centre's own H2 database holds one
-- centre, 'main' (its name is set from site.yaml when a terminal opens it); a county database
-- holds one row per centre, each terminal naming its own in site.code.
CREATE TABLE centre (
    code  VARCHAR(40)  PRIMARY KEY,
    name  VARCHAR(120) NOT NULL,
    CONSTRAINT centre_code_form CHECK (code <> ''),
    CONSTRAINT centre_name_given CHECK (name <> '')
);
INSERT INTO centre (code, name) VALUES ('main', 'main');

-- the rows already here are the centre's own; from now on every insert names its centre
ALTER TABLE facility ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE facility ALTER COLUMN site DROP DEFAULT;
ALTER TABLE course ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE course ALTER COLUMN site DROP DEFAULT;
ALTER TABLE queue_ticket ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE queue_ticket ALTER COLUMN site DROP DEFAULT;
ALTER TABLE staff_call ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE staff_call ALTER COLUMN site DROP DEFAULT;
ALTER TABLE terminal_status ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE terminal_status ALTER COLUMN site DROP DEFAULT;
ALTER TABLE document_issue ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE document_issue ALTER COLUMN site DROP DEFAULT;
ALTER TABLE payment ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE payment ALTER COLUMN site DROP DEFAULT;
ALTER TABLE care_case ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE care_case ALTER COLUMN site DROP DEFAULT;
ALTER TABLE satisfaction ADD COLUMN site VARCHAR(40) DEFAULT 'main' NOT NULL REFERENCES centre (code);
ALTER TABLE satisfaction ALTER COLUMN site DROP DEFAULT;
-- NULL: the whole county's
ALTER TABLE notice ADD COLUMN site VARCHAR(40) REFERENCES centre (code);
UPDATE notice SET site = 'main';
ALTER TABLE clerk ADD COLUMN site VARCHAR(40) REFERENCES centre (code);
UPDATE clerk SET site = 'main';

-- each centre numbers its own tickets, from 1 each day for each service
ALTER TABLE queue_ticket DROP CONSTRAINT queue_ticket_number_unique;
ALTER TABLE queue_ticket ADD CONSTRAINT queue_ticket_number_unique UNIQUE (site, service_id, ticket_day, number);

-- each centre has its own desks 1, 2, …
CREATE TABLE queue_desk_service_at (
    site       VARCHAR(40) NOT NULL REFERENCES centre (code),
    desk       INT NOT NULL,
    service_id BIGINT NOT NULL REFERENCES queue_service (id),
    PRIMARY KEY (site, desk, service_id),
    CONSTRAINT queue_desk_number_at CHECK (desk BETWEEN 1 AND 99)
);
INSERT INTO queue_desk_service_at (site, desk, service_id) SELECT 'main', desk, service_id FROM queue_desk_service;
DROP TABLE queue_desk_service;
ALTER TABLE queue_desk_service_at RENAME TO queue_desk_service;

CREATE INDEX queue_ticket_site_day ON queue_ticket (site, ticket_day);
CREATE INDEX staff_call_site ON staff_call (site);
CREATE INDEX terminal_status_site ON terminal_status (site);
CREATE INDEX facility_site ON facility (site);
CREATE INDEX course_site ON course (site);
CREATE INDEX notice_site ON notice (site);
