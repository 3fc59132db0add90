-- Completion certificates (키오스크 활용 교육 수료증) of practice mode, sealed like documents but as
-- training certificates: their own table, since a learner is not a resident.
CREATE TABLE practice_certificate (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    number        CHAR(16)      NOT NULL,
    learner_id    BIGINT        NOT NULL REFERENCES practice_learner (id),
    class_id      BIGINT        NOT NULL REFERENCES practice_class (id),
    issued_at     TIMESTAMP     NOT NULL,
    content_hash  VARCHAR(64)   NOT NULL,
    lessons       INT           NOT NULL,
    CONSTRAINT practice_certificate_number UNIQUE (number)
);
