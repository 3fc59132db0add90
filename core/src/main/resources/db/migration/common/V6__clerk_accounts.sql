-- Clerk accounts kept by an admin (COUNTER.md): a password an admin set (a new account, a
-- reset) is temporary and must be changed at the next sign-in.
ALTER TABLE clerk ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;

-- A booking ban lifted or shortened at the counter keeps its original end beside the new one,
-- with who changed it and why (the event says the same).
ALTER TABLE booking_ban ADD COLUMN original_ends_at TIMESTAMP;
ALTER TABLE booking_ban ADD COLUMN changed_by VARCHAR(40);
ALTER TABLE booking_ban ADD COLUMN change_reason VARCHAR(200);
