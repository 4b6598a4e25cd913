-- Eshkol schema, version 1: settings and the department's directory.
-- Ids are UUID v7 text; times are UTC ISO-8601 text; dates are YYYY-MM-DD text.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('department', 'youth_movement', 'school', 'district', 'authority', 'partner')),
    notes       TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE people (
    id              TEXT PRIMARY KEY NOT NULL,
    full_name       TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    role_title      TEXT NOT NULL DEFAULT '',
    organization_id TEXT REFERENCES organizations (id),
    cluster_id      TEXT REFERENCES clusters (id),
    settlement_id   TEXT REFERENCES settlements (id),
    office_phone    TEXT,
    mobile          TEXT,
    email           TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    archived_at     TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE clusters (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    region         TEXT NOT NULL CHECK (region IN ('north', 'center', 'south', 'other')),
    coordinator_id TEXT REFERENCES people (id),
    colour         TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

CREATE TABLE settlements (
    id                     TEXT PRIMARY KEY NOT NULL,
    name                   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind                   TEXT NOT NULL CHECK (kind IN ('kibbutz', 'moshav', 'community', 'other')),
    cluster_id             TEXT NOT NULL REFERENCES clusters (id),
    local_coordinator_id   TEXT REFERENCES people (id),
    children_count         INTEGER CHECK (children_count >= 0),
    children_participating INTEGER CHECK (children_participating >= 0 AND children_participating <= children_count),
    youth_count            INTEGER CHECK (youth_count >= 0),
    youth_participating    INTEGER CHECK (youth_participating >= 0 AND youth_participating <= youth_count),
    notes                  TEXT NOT NULL DEFAULT '',
    archived_at            TEXT,
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
) STRICT;

-- Youth movements (organizations of kind youth_movement) active in a settlement.
CREATE TABLE settlement_youth_movements (
    settlement_id   TEXT NOT NULL REFERENCES settlements (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (settlement_id, organization_id)
) STRICT;

CREATE INDEX people_cluster ON people (cluster_id);
CREATE INDEX people_settlement ON people (settlement_id);
CREATE INDEX people_organization ON people (organization_id);
CREATE INDEX people_mobile ON people (mobile);
CREATE INDEX people_email ON people (email COLLATE NOCASE);
CREATE INDEX settlements_cluster ON settlements (cluster_id);
