-- Snapshots: a laptop joining a department late starts from the newest snapshot in the shared
-- folder (each field's current changes, not every change ever made), then reads only the files
-- the snapshot does not cover. All of it local to this laptop: the shared tables, and so the
-- files laptops exchange, keep the schema of 0007.

-- Files of another laptop this one took in through a snapshot, not one by one: the numbers
-- `first` to `last` of `laptop`'s files.
CREATE TABLE sync_covered (
    laptop TEXT NOT NULL,
    first  INTEGER NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (laptop, first)
) STRICT;

-- Changes known to have been replaced, though this laptop never held them: a snapshot leaves
-- out changes replaced since, and names here the ones it left out whose own replaced value
-- may still arrive (from a file it does not cover). Such a value is then not mistaken for the
-- field's current value, nor for a conflict.
CREATE TABLE sync_replaced (
    tbl   TEXT NOT NULL,
    pk    TEXT NOT NULL,
    col   TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (tbl, pk, col, stamp)
) STRICT, WITHOUT ROWID;

-- Whether this laptop holds a change another laptop made: only one that holds none (it has
-- just joined) may start from a snapshot. Until now such changes came only in files.
ALTER TABLE sync_laptop ADD COLUMN holds_others INTEGER NOT NULL DEFAULT 0 CHECK (holds_others IN (0, 1));
UPDATE sync_laptop SET holds_others = EXISTS (SELECT 1 FROM sync_files WHERE status = 'applied');
