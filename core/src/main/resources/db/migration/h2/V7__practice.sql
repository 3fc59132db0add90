-- Practice mode (PRACTICE.md): classes of a digital-learning centre, their learners (a nickname
-- and four digits, never an RRN) and every attempt at a lesson, kept in the practice folder's own
-- database, which outlives the sandbox reset for each exercise.
CREATE TABLE practice_class (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    instructor  VARCHAR(80)  NOT NULL,
    lessons     VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT practice_class_name UNIQUE (name)
);

CREATE TABLE practice_learner (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    class_id    BIGINT       NOT NULL REFERENCES practice_class (id),
    nickname    VARCHAR(40)  NOT NULL,
    digits      CHAR(4)      NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT practice_learner_sign_in UNIQUE (nickname, digits)
);

CREATE TABLE practice_attempt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    learner_id    BIGINT       NOT NULL REFERENCES practice_learner (id),
    lesson        VARCHAR(80)  NOT NULL,
    level         VARCHAR(12)  NOT NULL,
    purpose       VARCHAR(12)  NOT NULL,
    started_at    TIMESTAMP    NOT NULL,
    took_ms       BIGINT       NOT NULL,
    touches       INT          NOT NULL,
    wrong_touches INT          NOT NULL,
    hints         INT          NOT NULL,
    backs         INT          NOT NULL,
    homes         INT          NOT NULL,
    step_ms       VARCHAR(2000) NOT NULL,
    goal_met      BOOLEAN      NOT NULL
);

CREATE INDEX practice_attempt_learner ON practice_attempt (learner_id, started_at);
