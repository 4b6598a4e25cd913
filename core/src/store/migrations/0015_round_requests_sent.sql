-- A request of an update round is "sent" only once its email, form or workbook was made, or it
-- was marked sent by hand; until then it is "prepared" (not yet sent). SQLite cannot change a
-- CHECK in place: the table is made anew with the wider one, its rows copied, and its sync
-- triggers (0011) made again, word for word.
CREATE TABLE update_requests_new (
    round_id     TEXT NOT NULL REFERENCES update_rounds (id) ON DELETE CASCADE,
    subject_id   TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('volunteer', 'organization')),
    status       TEXT NOT NULL CHECK (status IN ('prepared', 'sent', 'answered', 'changed', 'no_answer', 'left')),
    status_on    TEXT NOT NULL CHECK (status_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (round_id, subject_id)
) STRICT;
INSERT INTO update_requests_new (round_id, subject_id, subject_kind, status, status_on)
    SELECT round_id, subject_id, subject_kind, status, status_on FROM update_requests;
DROP TABLE update_requests;
ALTER TABLE update_requests_new RENAME TO update_requests;

CREATE TRIGGER update_requests_sync_insert AFTER INSERT ON update_requests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('update_requests', json_array(new.round_id, new.subject_id), '', 1),
        ('update_requests', json_array(new.round_id, new.subject_id), 'subject_kind', new.subject_kind),
        ('update_requests', json_array(new.round_id, new.subject_id), 'status', new.status),
        ('update_requests', json_array(new.round_id, new.subject_id), 'status_on', new.status_on);
END;
CREATE TRIGGER update_requests_sync_update AFTER UPDATE ON update_requests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'update_requests', json_array(new.round_id, new.subject_id), col, value FROM (
            SELECT 'subject_kind' AS col, new.subject_kind AS value WHERE old.subject_kind IS NOT new.subject_kind
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'status_on', new.status_on WHERE old.status_on IS NOT new.status_on);
END;
CREATE TRIGGER update_requests_sync_delete AFTER DELETE ON update_requests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('update_requests', json_array(old.round_id, old.subject_id), '', 0);
END;
