-- Search at a district's size: each kind of record gets its own band of document numbers
-- (the kind's number × 2^40 onwards: person 1, settlement 2, forum 3, minutes 4, decision 5,
-- action item 6, gap 7, visit 8; core/src/search.rs `SearchKind::band`). A search then asks the
-- index for one kind at a time by a range of rowids, newest first, and stops after a bounded
-- number of matches, instead of reading every match of a common word and looking up its kind.
-- The index's content is unchanged; only its numbering and the insert triggers that number it.

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

CREATE TABLE search_docs_banded (
    doc       INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('person', 'settlement', 'forum', 'minutes', 'decision', 'action_item', 'gap', 'visit')),
    record_id TEXT NOT NULL,
    UNIQUE (kind, record_id)
) STRICT;
INSERT INTO search_docs_banded (doc, kind, record_id)
    SELECT (CASE kind WHEN 'person' THEN 1 WHEN 'settlement' THEN 2 WHEN 'forum' THEN 3 WHEN 'minutes' THEN 4 WHEN 'decision' THEN 5 WHEN 'action_item' THEN 6 WHEN 'gap' THEN 7 WHEN 'visit' THEN 8 END << 40)
           + row_number() OVER (PARTITION BY kind ORDER BY doc), kind, record_id
    FROM search_docs;

CREATE VIRTUAL TABLE search_index_banded USING fts5 (title, body, tokenize = 'trigram');
INSERT INTO search_index_banded (rowid, title, body)
    SELECT n.doc, s.title, s.body
    FROM search_docs_banded n
    JOIN search_docs o ON o.kind = n.kind AND o.record_id = n.record_id
    JOIN search_index s ON s.rowid = o.doc
    ORDER BY n.doc;

DROP TABLE search_index;
DROP TABLE search_docs;
ALTER TABLE search_docs_banded RENAME TO search_docs;
ALTER TABLE search_index_banded RENAME TO search_index;

-- person: people, documents 1099511627776 onwards
CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    INSERT INTO search_docs (doc, kind, record_id) VALUES ((SELECT coalesce(max(doc), 1099511627776) + 1 FROM search_docs WHERE doc >= 1099511627776 AND doc < 2199023255552), 'person', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id), new.full_name, new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes);
END;
CREATE TRIGGER search_people_update AFTER UPDATE OF full_name, role_title, email, notes ON people BEGIN
    UPDATE search_index SET title = new.full_name, body = new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id);
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'person' AND record_id = old.id;
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
