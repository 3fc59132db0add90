-- The event log's chain is keyed (HMAC-SHA256 with keys/audit.key, never in the database) from
-- keyed_from on: a site made before keeps its earlier events chained by plain SHA-256, checked
-- as they were, and chains every event after this migration with the key.
ALTER TABLE event_head ADD COLUMN keyed_from BIGINT DEFAULT 1 NOT NULL;
UPDATE event_head SET keyed_from = last_id + 1;
