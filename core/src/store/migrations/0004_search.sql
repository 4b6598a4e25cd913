-- Search: one full-text index over people, settlements, forums, minutes, decisions, action
-- items, gaps and visits. Triggers keep it in the same transaction as the data, so it is never
-- behind and never ahead. The trigram tokenizer matches any part of a word (מועצה finds
-- מהמועצה); the query side strips Hebrew prefix letters (core/src/search.rs).
-- Sensitive visit notes are not indexed: they are kept apart, searched only on request.
-- The index is derived data: `doc` numbers are local to this file and never leave it.

CREATE TABLE search_docs (
    doc       INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (kind, record_id)
) STRICT;

CREATE VIRTUAL TABLE search_index USING fts5 (title, body, tokenize = 'trigram');

-- person: people
INSERT INTO search_docs (kind, record_id) SELECT 'person', id FROM people;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, t.full_name, t.role_title || char(10) || coalesce(t.email, '') || char(10) || t.notes
    FROM people t JOIN search_docs d ON d.kind = 'person' AND d.record_id = t.id;
CREATE TRIGGER search_people_insert AFTER INSERT ON people BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('person', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id), new.full_name, new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes);
END;
CREATE TRIGGER search_people_update AFTER UPDATE OF full_name, role_title, email, notes ON people BEGIN
    UPDATE search_index SET title = new.full_name, body = new.role_title || char(10) || coalesce(new.email, '') || char(10) || new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = new.id);
END;
CREATE TRIGGER search_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'person' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'person' AND record_id = old.id;
END;

-- settlement: settlements
INSERT INTO search_docs (kind, record_id) SELECT 'settlement', id FROM settlements;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, t.name, t.notes
    FROM settlements t JOIN search_docs d ON d.kind = 'settlement' AND d.record_id = t.id;
CREATE TRIGGER search_settlements_insert AFTER INSERT ON settlements BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('settlement', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = new.id), new.name, new.notes);
END;
CREATE TRIGGER search_settlements_update AFTER UPDATE OF name, notes ON settlements BEGIN
    UPDATE search_index SET title = new.name, body = new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = new.id);
END;
CREATE TRIGGER search_settlements_delete AFTER DELETE ON settlements BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'settlement' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'settlement' AND record_id = old.id;
END;

-- forum: forums
INSERT INTO search_docs (kind, record_id) SELECT 'forum', id FROM forums;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, t.name, t.goals || char(10) || t.notes
    FROM forums t JOIN search_docs d ON d.kind = 'forum' AND d.record_id = t.id;
CREATE TRIGGER search_forums_insert AFTER INSERT ON forums BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('forum', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = new.id), new.name, new.goals || char(10) || new.notes);
END;
CREATE TRIGGER search_forums_update AFTER UPDATE OF name, goals, notes ON forums BEGIN
    UPDATE search_index SET title = new.name, body = new.goals || char(10) || new.notes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = new.id);
END;
CREATE TRIGGER search_forums_delete AFTER DELETE ON forums BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'forum' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'forum' AND record_id = old.id;
END;

-- minutes: meetings
INSERT INTO search_docs (kind, record_id) SELECT 'minutes', id FROM meetings;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, '', t.minutes
    FROM meetings t JOIN search_docs d ON d.kind = 'minutes' AND d.record_id = t.id;
CREATE TRIGGER search_meetings_insert AFTER INSERT ON meetings BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('minutes', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = new.id), '', new.minutes);
END;
CREATE TRIGGER search_meetings_update AFTER UPDATE OF minutes ON meetings BEGIN
    UPDATE search_index SET title = '', body = new.minutes WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = new.id);
END;
CREATE TRIGGER search_meetings_delete AFTER DELETE ON meetings BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'minutes' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'minutes' AND record_id = old.id;
END;

-- decision: decisions
INSERT INTO search_docs (kind, record_id) SELECT 'decision', id FROM decisions;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, '', t.text
    FROM decisions t JOIN search_docs d ON d.kind = 'decision' AND d.record_id = t.id;
CREATE TRIGGER search_decisions_insert AFTER INSERT ON decisions BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('decision', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = new.id), '', new.text);
END;
CREATE TRIGGER search_decisions_update AFTER UPDATE OF text ON decisions BEGIN
    UPDATE search_index SET title = '', body = new.text WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = new.id);
END;
CREATE TRIGGER search_decisions_delete AFTER DELETE ON decisions BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'decision' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'decision' AND record_id = old.id;
END;

-- action_item: action_items
INSERT INTO search_docs (kind, record_id) SELECT 'action_item', id FROM action_items;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, '', t.what
    FROM action_items t JOIN search_docs d ON d.kind = 'action_item' AND d.record_id = t.id;
CREATE TRIGGER search_action_items_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('action_item', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = new.id), '', new.what);
END;
CREATE TRIGGER search_action_items_update AFTER UPDATE OF what ON action_items BEGIN
    UPDATE search_index SET title = '', body = new.what WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = new.id);
END;
CREATE TRIGGER search_action_items_delete AFTER DELETE ON action_items BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'action_item' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'action_item' AND record_id = old.id;
END;

-- gap: gaps
INSERT INTO search_docs (kind, record_id) SELECT 'gap', id FROM gaps;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, '', t.what || char(10) || t.mechanism
    FROM gaps t JOIN search_docs d ON d.kind = 'gap' AND d.record_id = t.id;
CREATE TRIGGER search_gaps_insert AFTER INSERT ON gaps BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('gap', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = new.id), '', new.what || char(10) || new.mechanism);
END;
CREATE TRIGGER search_gaps_update AFTER UPDATE OF what, mechanism ON gaps BEGIN
    UPDATE search_index SET title = '', body = new.what || char(10) || new.mechanism WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = new.id);
END;
CREATE TRIGGER search_gaps_delete AFTER DELETE ON gaps BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'gap' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'gap' AND record_id = old.id;
END;

-- visit: visits
INSERT INTO search_docs (kind, record_id) SELECT 'visit', id FROM visits;
INSERT INTO search_index (rowid, title, body)
    SELECT d.doc, '', t.people_met || char(10) || t.summary
    FROM visits t JOIN search_docs d ON d.kind = 'visit' AND d.record_id = t.id;
CREATE TRIGGER search_visits_insert AFTER INSERT ON visits BEGIN
    INSERT INTO search_docs (kind, record_id) VALUES ('visit', new.id);
    INSERT INTO search_index (rowid, title, body) VALUES ((SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = new.id), '', new.people_met || char(10) || new.summary);
END;
CREATE TRIGGER search_visits_update AFTER UPDATE OF people_met, summary ON visits BEGIN
    UPDATE search_index SET title = '', body = new.people_met || char(10) || new.summary WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = new.id);
END;
CREATE TRIGGER search_visits_delete AFTER DELETE ON visits BEGIN
    DELETE FROM search_index WHERE rowid = (SELECT doc FROM search_docs WHERE kind = 'visit' AND record_id = old.id);
    DELETE FROM search_docs WHERE kind = 'visit' AND record_id = old.id;
END;
