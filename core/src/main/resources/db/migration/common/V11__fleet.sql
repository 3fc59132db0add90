-- The fleet (COUNTER.md, Kiosks): each terminal's last heartbeat, overwritten at every beat. It
-- is a status board, not a record: what changes in it that matters (a terminal started, a
-- device's condition, a lock) is written to event_log by the same transaction.
CREATE TABLE terminal_status (
    terminal_id   VARCHAR(40)  PRIMARY KEY,
    kind          VARCHAR(10)  NOT NULL CHECK (kind IN ('KIOSK', 'COUNTER', 'DISPLAY')),
    screen        VARCHAR(60)  NOT NULL,
    language      VARCHAR(5)   NOT NULL,
    session       VARCHAR(10)  NOT NULL CHECK (session IN ('IDLE', 'IN_USE', 'LOCKED', 'OFF')),
    -- each device and its condition: receiptPrinter=READY,qrScanner=OFFLINE
    devices       VARCHAR(400) DEFAULT '' NOT NULL,
    -- the services paused for a failing device: home.booking,home.queue
    paused        VARCHAR(200) DEFAULT '' NOT NULL,
    version       VARCHAR(30)  NOT NULL,
    free_disk_mb  BIGINT       NOT NULL CHECK (free_disk_mb >= 0),
    last_error    VARCHAR(300),
    last_error_at TIMESTAMP,
    started_at    TIMESTAMP    NOT NULL,
    beat_at       TIMESTAMP    NOT NULL
);

-- A lock ordered at the counter ("점검 중"): the kiosk shows it once the resident in front of it
-- has finished, and until a clerk unlocks it. History: KioskLocked / KioskUnlocked events.
CREATE TABLE terminal_lock (
    terminal_id VARCHAR(40) PRIMARY KEY,
    message     VARCHAR(80) NOT NULL,
    locked_by   VARCHAR(60) NOT NULL,
    locked_at   TIMESTAMP   NOT NULL
);

-- How long each terminal was heard from on each day, and how many device faults began, for the
-- reports' uptime (a gap of more than two minutes between beats counts as down).
CREATE TABLE terminal_day (
    terminal_id VARCHAR(40) NOT NULL,
    on_day      DATE        NOT NULL,
    seconds_up  INT         DEFAULT 0 NOT NULL CHECK (seconds_up BETWEEN 0 AND 86400),
    faults      INT         DEFAULT 0 NOT NULL CHECK (faults >= 0),
    PRIMARY KEY (terminal_id, on_day)
);
