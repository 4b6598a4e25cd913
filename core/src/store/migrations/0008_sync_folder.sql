-- Sharing as a person sets it up in Settings: the folder this laptop shares through, when it
-- began to share, and when it last read the folder. All of it local to this laptop: none of
-- these tables is shared, so the files laptops exchange keep the shared schema of 0007.
ALTER TABLE sync_laptop ADD COLUMN folder TEXT;
ALTER TABLE sync_laptop ADD COLUMN shared_since TEXT;
ALTER TABLE sync_laptop ADD COLUMN checked_at TEXT;

-- A skipped file's size when it was read: a file cut short by a copy still under way is read
-- again once its size changes.
ALTER TABLE sync_files ADD COLUMN size INTEGER;
