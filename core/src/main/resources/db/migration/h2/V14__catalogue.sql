-- The catalogue as the counter's administrator keeps it (COUNTER.md "Catalogue").

-- Terms of the academy: a course belongs to one and runs within its dates; its enrolment window
-- is the term's unless the course sets its own. Existing terms are made from their courses.
CREATE TABLE course_term (
    code        VARCHAR(10) PRIMARY KEY,
    name_ko     VARCHAR(60) NOT NULL,
    name_en     VARCHAR(60) NOT NULL,
    starts_on   DATE NOT NULL,
    ends_on     DATE NOT NULL,
    enrol_from  TIMESTAMP NOT NULL,
    enrol_until TIMESTAMP NOT NULL,
    CONSTRAINT course_term_dates CHECK (starts_on <= ends_on),
    CONSTRAINT course_term_enrolment CHECK (enrol_from < enrol_until)
);
INSERT INTO course_term (code, name_ko, name_en, starts_on, ends_on, enrol_from, enrol_until)
SELECT term,
       CASE WHEN term LIKE '____-%' THEN SUBSTRING(term FROM 1 FOR 4) || '년 ' || SUBSTRING(term FROM 6) || '학기' ELSE term END,
       CASE WHEN term LIKE '____-%' THEN 'Term ' || SUBSTRING(term FROM 6) || ', ' || SUBSTRING(term FROM 1 FOR 4) ELSE term END,
       MIN(starts_on), MAX(ends_on),
       COALESCE(MIN(enrol_from), CAST(MIN(starts_on) - INTERVAL '30' DAY AS TIMESTAMP)),
       COALESCE(MAX(enrol_until), CAST(MIN(starts_on) AS TIMESTAMP))
FROM course GROUP BY term;

-- Pictures of facilities and photos of instructors, as the kiosk shows them: re-encoded at a
-- kiosk's size (metadata such as a camera's GPS position dropped). owner: 'facility:ID' or
-- 'instructor:ID'.
CREATE TABLE picture (
    owner    VARCHAR(60) PRIMARY KEY,
    mime     VARCHAR(20) NOT NULL,
    width    INT NOT NULL,
    height   INT NOT NULL,
    bytes    BLOB NOT NULL,
    sha256   VARCHAR(64) NOT NULL,
    saved_at TIMESTAMP NOT NULL,
    saved_by VARCHAR(40) NOT NULL,
    CONSTRAINT picture_size CHECK (width > 0 AND height > 0)
);

-- Which queue services a counter desk calls, as the administrator set them; a desk with no rows
-- here calls what its site.yaml names (counter.services), or every service.
CREATE TABLE queue_desk_service (
    desk       INT NOT NULL,
    service_id BIGINT NOT NULL REFERENCES queue_service (id),
    PRIMARY KEY (desk, service_id),
    CONSTRAINT queue_desk_number CHECK (desk BETWEEN 1 AND 99)
);

-- document types: the order the kiosk lists them in is kept; a type may be taken off the counter too
ALTER TABLE document_type ADD COLUMN counter_issuable BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE document_type ADD CONSTRAINT document_type_fees CHECK (kiosk_fee >= 0 AND counter_fee >= 0);
