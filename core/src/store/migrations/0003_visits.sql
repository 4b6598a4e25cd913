-- Visits: a coordinator's visit to a settlement, who went, why, whom they met, what came of it.

-- Why a visit was made. The built-in purposes have a `key` the UI translates; purposes the
-- department adds have a `name` of their own. Built-in ids are fixed so every database agrees.
CREATE TABLE visit_purposes (
    id         TEXT PRIMARY KEY NOT NULL,
    key        TEXT UNIQUE,
    name       TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((key IS NULL) <> (length(trim(name)) = 0))
) STRICT;
CREATE UNIQUE INDEX visit_purposes_by_name ON visit_purposes (name) WHERE key IS NULL;

INSERT INTO visit_purposes (id, key, position, created_at) VALUES
    ('00000000-0000-7000-8000-000000000001', 'counselors', 1, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000002', 'local_coordinator', 2, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000003', 'youth_movement', 3, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000004', 'community', 4, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000005', 'education_team', 5, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000006', 'event', 6, '2026-01-01T00:00:00Z'),
    ('00000000-0000-7000-8000-000000000007', 'other', 1000, '2026-01-01T00:00:00Z');

CREATE TABLE visits (
    id              TEXT PRIMARY KEY NOT NULL,
    settlement_id   TEXT NOT NULL REFERENCES settlements (id),
    date            TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    purpose_id      TEXT NOT NULL REFERENCES visit_purposes (id),
    people_met      TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    -- Notes about minors at risk: kept apart, read only when the user opens them on purpose.
    sensitive_notes TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX visits_by_settlement ON visits (settlement_id, date);
CREATE INDEX visits_by_date ON visits (date);

-- Who went: one or more people.
CREATE TABLE visit_staff (
    visit_id  TEXT NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (visit_id, person_id)
) STRICT;
CREATE INDEX visit_staff_by_person ON visit_staff (person_id);

-- A visit's follow-ups are action items like a meeting's, raised on the visit instead.
ALTER TABLE action_items ADD COLUMN visit_id TEXT REFERENCES visits (id);
CREATE INDEX action_items_by_visit ON action_items (visit_id);
