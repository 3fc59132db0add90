-- A centre moved into a county that already holds other centres' books (SCALE.md, issue 22)
-- keeps its history as it was: its event chain, row for row under the centre's own audit key
-- (kept in the county's keys/centres/<code>/), anchored by the CentreMoved event of the county's
-- chain that names its last hash; and each row's id in the centre beside its id in the county,
-- so a booking number, a course code or a resident's record from before the move is still found.
CREATE TABLE moved_event (
    centre      VARCHAR(40)  NOT NULL REFERENCES centre (code),
    id          BIGINT       NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    terminal_id VARCHAR(40)  NOT NULL,
    actor       VARCHAR(80)  NOT NULL,
    type        VARCHAR(60)  NOT NULL,
    subject     VARCHAR(80)  NOT NULL,
    payload     VARCHAR(4000) NOT NULL,
    prev_hash   VARCHAR(64)  NOT NULL,
    hash        VARCHAR(64)  NOT NULL,
    PRIMARY KEY (centre, id)
);

CREATE TABLE moved_id (
    centre     VARCHAR(40) NOT NULL REFERENCES centre (code),
    table_name VARCHAR(40) NOT NULL,
    old_id     BIGINT      NOT NULL,
    new_id     BIGINT      NOT NULL,
    PRIMARY KEY (centre, table_name, old_id)
);

-- a code, login or terminal id another centre already had, made the centre's own by the move
-- (clerk admin → admin.byeol): the kept chain's actors and subjects read through it
CREATE TABLE moved_name (
    centre   VARCHAR(40)  NOT NULL REFERENCES centre (code),
    kind     VARCHAR(40)  NOT NULL,
    old_name VARCHAR(120) NOT NULL,
    new_name VARCHAR(160) NOT NULL,
    PRIMARY KEY (centre, kind, old_name)
);
