-- Notices as the counter keeps them: pinned ones first on the kiosk, hidden ones not shown (kept,
-- with their likes), and who wrote each.
ALTER TABLE notice ADD COLUMN pinned BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notice ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE notice ADD COLUMN written_by VARCHAR(60);
