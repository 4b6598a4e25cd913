-- Search finds what the lists find (issue #15): organizations are searched too (kind 9,
-- documents 9895604649984 onwards: core/src/search.rs `SearchKind::number`), and a person's phone
-- numbers are in their document as Israelis dial them (050…, 04…), so 0525550113, 052-5550113
-- and 5550113 all find them (the query's digits are read the same way).
-- `search_docs.kind` gains 'organization'; its table is rebuilt for the check, so every search
-- trigger is dropped first and made again (those of other kinds as 0006 made them).

DROP TRIGGER search_people_insert;
DROP TRIGGER search_people_update;
DROP TRIGGER search_people_delete;
DROP TRIGGER search_settlements_insert;
DROP TRIGGER search_settlements_update;
DROP TRIGGER search_settlements_delete;
DROP TRIGGER search_forums_insert;
DROP TRIGGER search_forums_update;
DROP TRIGGER search_forums_delete;
DROP TRIGGER search_meetings_insert;
DROP TRIGGER search_meetings_update;
DROP TRIGGER search_meetings_delete;
DROP TRIGGER search_decisions_insert;
DROP TRIGGER search_decisions_update;
DROP TRIGGER search_decisions_delete;
DROP TRIGGER search_action_items_insert;
DROP TRIGGER search_action_items_update;
DROP TRIGGER search_action_items_delete;
DROP TRIGGER search_gaps_insert;
DROP TRIGGER search_gaps_update;
DROP TRIGGER search_gaps_delete;
DROP TRIGGER search_visits_insert;
DROP TRIGGER search_visits_update;
DROP TRIGGER search_visits_delete;

CREATE TABLE search_docs_new (
    doc       INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'settlement', 'forum', 'minutes', 'decision', 'action_item', 'gap', 'visit', 'organization')),
    record_id TEXT NOT NULL,
    UNIQUE (kind, record_id)
) STRICT;
INSERT INTO search_docs_new (doc, kind, record_id) SELECT doc, kind, record_id FROM search_docs;
DROP TABLE search_docs;
ALTER TABLE search_docs_new RENAME TO search_docs;

-- person: people, documents 1099511627776 onwards, with their phone numbers
CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 1099511627776) + 1 FROM search_docs WHERE doc >= 1099511627776 AND doc < 2199023255552), 'person', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id), new.full_name, new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes || char(10) || coalesce(CASE WHEN new.office_phone LIKE '+972%' THEN '0' || substr(new.office_phone, 5) ELSE new.office_phone END, '') || ' ' || coalesce(CASE WHEN new.mobile LIKE '+972%' THEN '0' || substr(new.mobile, 5) ELSE new.mobile END, ''));
END;
CREATE TRIGGER search_people_update AFTER UPDATE OF full_name, role_title, email, notes, office_phone, mobile ON people BEGIN
    UPDATE search_index SET title = new.full_name, body = new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes || char(10) || coalesce(CASE WHEN new.office_phone LIKE '+972%' THEN '0' || substr(new.office_phone, 5) ELSE new.office_phone END, '') || ' ' || coalesce(CASE WHEN new.mobile LIKE '+972%' THEN '0' || substr(new.mobile, 5) ELSE new.mobile END, '') WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id);
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'person' AND record_id = old.id;
END;
UPDATE search_index SET body = (SELECT p.role_title || char(10) || coalesce(p.email, '') || char(10) || p.notes || char(10) || coalesce(CASE WHEN p.office_phone LIKE '+972%' THEN '0' || substr(p.office_phone, 5) ELSE p.office_phone END, '') || ' ' || coalesce(CASE WHEN p.mobile LIKE '+972%' THEN '0' || substr(p.mobile, 5) ELSE p.mobile END, '') FROM people p JOIN search_docs d ON d.record_id = p.id AND d.kind = 'person' WHERE d.doc = search_index.rowid)
 WHERE rowid >= 1099511627776 AND rowid < 2199023255552;

-- organization: organizations, documents 9895604649984 onwards
INSERT INTO search_docs (doc, kind, record_id)
    SELECT 9895604649984 + row_number() OVER (ORDER BY id), 'organization', id FROM organizations;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, o.name, o.notes FROM organizations o JOIN search_docs d ON d.kind = 'organization' AND d.record_id = o.id;
CREATE TRIGGER search_organizations_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 9895604649984) + 1 FROM search_docs WHERE doc >= 9895604649984 AND doc < 10995116277760), 'organization', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'organization' AND record_id = new.id), new.name, new.notes);
END;
CREATE TRIGGER search_organizations_update AFTER UPDATE OF name, notes ON organizations BEGIN
    UPDATE search_index SET title = new.name, body = new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'organization' AND record_id = new.id);
END;
CREATE TRIGGER search_organizations_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'organization' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'organization' AND record_id = old.id;
END;

-- settlement: settlements, documents 2199023255552 onwards
CREATE TRIGGER search_settlements_insert AFTER INSERT ON settlements BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 2199023255552) + 1 FROM search_docs WHERE doc >= 2199023255552 AND doc < 3298534883328), 'settlement', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = new.id), new.name, new.notes);
END;
CREATE TRIGGER search_settlements_update AFTER UPDATE OF name, notes ON settlements BEGIN
    UPDATE search_index SET title = new.name, body = new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = new.id);
END;
CREATE TRIGGER search_settlements_delete AFTER DELETE ON settlements BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'settlement' AND record_id = old.id;
END;

-- forum: forums, documents 3298534883328 onwards
CREATE TRIGGER search_forums_insert AFTER INSERT ON forums BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 3298534883328) + 1 FROM search_docs WHERE doc >= 3298534883328 AND doc < 4398046511104), 'forum', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = new.id), new.name, new.goals || char(10) || new.notes);
END;
CREATE TRIGGER search_forums_update AFTER UPDATE OF name, goals, notes ON forums BEGIN
    UPDATE search_index SET title = new.name, body = new.goals || char(10) || new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = new.id);
END;
CREATE TRIGGER search_forums_delete AFTER DELETE ON forums BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'forum' AND record_id = old.id;
END;

-- minutes: meetings, documents 4398046511104 onwards
CREATE TRIGGER search_meetings_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 4398046511104) + 1 FROM search_docs WHERE doc >= 4398046511104 AND doc < 5497558138880), 'minutes', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = new.id), '', new.minutes);
END;
CREATE TRIGGER search_meetings_update AFTER UPDATE OF minutes ON meetings BEGIN
    UPDATE search_index SET title = '', body = new.minutes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = new.id);
END;
CREATE TRIGGER search_meetings_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id = old.id;
END;

-- decision: decisions, documents 5497558138880 onwards
CREATE TRIGGER search_decisions_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 5497558138880) + 1 FROM search_docs WHERE doc >= 5497558138880 AND doc < 6597069766656), 'decision', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = new.id), '', new.text);
END;
CREATE TRIGGER search_decisions_update AFTER UPDATE OF text ON decisions BEGIN
    UPDATE search_index SET title = '', body = new.text WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = new.id);
END;
CREATE TRIGGER search_decisions_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id = old.id;
END;

-- action_item: action_items, documents 6597069766656 onwards
CREATE TRIGGER search_action_items_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 6597069766656) + 1 FROM search_docs WHERE doc >= 6597069766656 AND doc < 7696581394432), 'action_item', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = new.id), '', new.what);
END;
CREATE TRIGGER search_action_items_update AFTER UPDATE OF what ON action_items BEGIN
    UPDATE search_index SET title = '', body = new.what WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = new.id);
END;
CREATE TRIGGER search_action_items_delete AFTER DELETE ON action_items BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'action_item' AND record_id = old.id;
END;

-- gap: gaps, documents 7696581394432 onwards
CREATE TRIGGER search_gaps_insert AFTER INSERT ON gaps BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 7696581394432) + 1 FROM search_docs WHERE doc >= 7696581394432 AND doc < 8796093022208), 'gap', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = new.id), '', new.what || char(10) || new.mechanism);
END;
CREATE TRIGGER search_gaps_update AFTER UPDATE OF what, mechanism ON gaps BEGIN
    UPDATE search_index SET title = '', body = new.what || char(10) || new.mechanism WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = new.id);
END;
CREATE TRIGGER search_gaps_delete AFTER DELETE ON gaps BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'gap' AND record_id = old.id;
END;

-- visit: visits, documents 8796093022208 onwards
CREATE TRIGGER search_visits_insert AFTER INSERT ON visits BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 8796093022208) + 1 FROM search_docs WHERE doc >= 8796093022208 AND doc < 9895604649984), 'visit', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = new.id), '', new.people_met || char(10) || new.summary);
END;
CREATE TRIGGER search_visits_update AFTER UPDATE OF people_met, summary ON visits BEGIN
    UPDATE search_index SET title = '', body = new.people_met || char(10) || new.summary WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = new.id);
END;
CREATE TRIGGER search_visits_delete AFTER DELETE ON visits BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'visit' AND record_id = old.id;
END;
