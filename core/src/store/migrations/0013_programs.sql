-- Programs and partnerships (issue #17, seeds 002 and 003): the regional initiatives,
-- retention programs and enrichment the department runs or joins, who takes part in them and
-- how, where they run, the forums that steer them, what they plan to do, and their figures;
-- and the delegations the department hosts.
--
-- Organizations gain a sector, so a program can show whether its partners span the three
-- (public, third sector, business). None said is read from the organization's kind (a school,
-- a district, an authority or the department is public; a youth movement is of the third
-- sector), so an organization made on a laptop not yet migrated reads the same everywhere.
ALTER TABLE organizations ADD COLUMN sector TEXT CHECK (sector IN ('public', 'third_sector', 'business'));

CREATE TABLE programs (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind           TEXT NOT NULL CHECK (kind IN ('regional_initiative', 'retention', 'enrichment', 'youth_movement', 'other')),
    goal           TEXT NOT NULL DEFAULT '',
    coordinator_id TEXT REFERENCES people (id),
    starts_on      TEXT CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ends_on        TEXT CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes          TEXT NOT NULL DEFAULT '',
    archived_at    TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- The work axes under the overarching goal, in order.
CREATE TABLE program_axes (
    id          TEXT PRIMARY KEY NOT NULL,
    program_id  TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE program_partners (
    program_id      TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    role            TEXT NOT NULL CHECK (role IN ('lead', 'partner', 'funder', 'academic', 'operator')),
    PRIMARY KEY (program_id, organization_id)
) STRICT;

-- Where a program runs: clusters, settlements, and schools (organizations of kind school).
CREATE TABLE program_clusters (
    program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES clusters (id),
    PRIMARY KEY (program_id, cluster_id)
) STRICT;

CREATE TABLE program_settlements (
    program_id    TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    settlement_id TEXT NOT NULL REFERENCES settlements (id),
    PRIMARY KEY (program_id, settlement_id)
) STRICT;

CREATE TABLE program_schools (
    program_id      TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (program_id, organization_id)
) STRICT;

-- The forums that steer a program: its steering committee, or a regional forum of managers.
CREATE TABLE program_forums (
    program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    forum_id   TEXT NOT NULL REFERENCES forums (id),
    role       TEXT NOT NULL CHECK (role IN ('steering', 'managers')),
    PRIMARY KEY (program_id, forum_id)
) STRICT;

-- Moves and milestones: what the program plans to do, by when, who owns it, where it stands.
CREATE TABLE program_moves (
    id         TEXT PRIMARY KEY NOT NULL,
    program_id TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    what       TEXT NOT NULL CHECK (length(trim(what)) > 0),
    due_on     TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    owner_id   TEXT REFERENCES people (id),
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'under_way', 'done', 'dropped')),
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- Figures, never names: per school year (named by the year it opens) and settlement, for an
-- age band, how many children and youth the program is meant for, and how many took part,
-- continued and completed. Only counts: no column here can hold a child's name.
CREATE TABLE program_figures (
    program_id    TEXT NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
    school_year   INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    settlement_id TEXT NOT NULL REFERENCES settlements (id),
    age_band      TEXT NOT NULL CHECK (age_band IN ('early_childhood', 'elementary', 'middle', 'high', 'young_adults')),
    target        INTEGER CHECK (target >= 0),
    took_part     INTEGER CHECK (took_part >= 0),
    continued     INTEGER CHECK (continued >= 0),
    completed     INTEGER CHECK (completed >= 0),
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (program_id, school_year, settlement_id, age_band)
) STRICT;

-- A hosted delegation: its guests (an organization, a country, how many, and named guests who
-- are people of the directory), its hosts, its dates and the stops of its itinerary.
CREATE TABLE delegations (
    id                    TEXT PRIMARY KEY NOT NULL,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    guest_organization_id TEXT REFERENCES organizations (id),
    country               TEXT NOT NULL DEFAULT '',
    guest_count           INTEGER CHECK (guest_count >= 0),
    starts_on             TEXT NOT NULL CHECK (starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ends_on               TEXT CHECK (ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    notes                 TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;

CREATE TABLE delegation_guests (
    delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    person_id     TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (delegation_id, person_id)
) STRICT;

CREATE TABLE delegation_hosts (
    delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    person_id     TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (delegation_id, person_id)
) STRICT;

-- A stop of the itinerary: a day and a time, a place, and the program or settlement it shows.
CREATE TABLE delegation_stops (
    id            TEXT PRIMARY KEY NOT NULL,
    delegation_id TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    day           TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    at            TEXT CHECK (at GLOB '[0-2][0-9]:[0-5][0-9]'),
    place         TEXT NOT NULL CHECK (length(trim(place)) > 0),
    settlement_id TEXT REFERENCES settlements (id),
    program_id    TEXT REFERENCES programs (id),
    notes         TEXT NOT NULL DEFAULT '',
    position      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

-- Its follow-ups are action items of their own (no meeting), so the home screen and the
-- action items' list carry them like any other.
CREATE TABLE delegation_follow_ups (
    delegation_id  TEXT NOT NULL REFERENCES delegations (id) ON DELETE CASCADE,
    action_item_id TEXT NOT NULL REFERENCES action_items (id),
    PRIMARY KEY (delegation_id, action_item_id)
) STRICT;

CREATE INDEX program_axes_of ON program_axes (program_id, position);
CREATE INDEX program_partners_organization ON program_partners (organization_id);
CREATE INDEX program_clusters_here ON program_clusters (cluster_id);
CREATE INDEX program_settlements_here ON program_settlements (settlement_id);
CREATE INDEX program_schools_here ON program_schools (organization_id);
CREATE INDEX program_forums_forum ON program_forums (forum_id);
CREATE INDEX program_moves_of ON program_moves (program_id, position);
CREATE INDEX program_moves_due ON program_moves (due_on) WHERE status IN ('planned', 'under_way');
CREATE INDEX program_figures_year ON program_figures (school_year, settlement_id);
CREATE INDEX delegation_stops_of ON delegation_stops (delegation_id, day, at);
CREATE INDEX delegation_stops_settlement ON delegation_stops (settlement_id);
CREATE INDEX delegation_follow_ups_item ON delegation_follow_ups (action_item_id);

-- Shared between the department's laptops, as migration 0007's tables are.
-- organizations: the sector is told by triggers of its own, so that 0007's stay where they
-- are (their order is the order in which a first share sends the tables, parents first).
CREATE TRIGGER organizations_sector_sync_insert AFTER INSERT ON organizations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organizations', new.id, 'sector', new.sector);
END;
CREATE TRIGGER organizations_sector_sync_update AFTER UPDATE OF sector ON organizations
    WHEN (SELECT recording FROM sync_laptop) AND old.sector IS NOT new.sector BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organizations', new.id, 'sector', new.sector);
END;

-- programs
CREATE TRIGGER programs_sync_insert AFTER INSERT ON programs WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('programs', new.id, '', 1),
        ('programs', new.id, 'name', new.name),
        ('programs', new.id, 'kind', new.kind),
        ('programs', new.id, 'goal', new.goal),
        ('programs', new.id, 'coordinator_id', new.coordinator_id),
        ('programs', new.id, 'starts_on', new.starts_on),
        ('programs', new.id, 'ends_on', new.ends_on),
        ('programs', new.id, 'notes', new.notes),
        ('programs', new.id, 'archived_at', new.archived_at),
        ('programs', new.id, 'created_at', new.created_at),
        ('programs', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER programs_sync_update AFTER UPDATE ON programs WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'programs', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'kind', new.kind WHERE old.kind IS NOT new.kind
            UNION ALL SELECT 'goal', new.goal WHERE old.goal IS NOT new.goal
            UNION ALL SELECT 'coordinator_id', new.coordinator_id WHERE old.coordinator_id IS NOT new.coordinator_id
            UNION ALL SELECT 'starts_on', new.starts_on WHERE old.starts_on IS NOT new.starts_on
            UNION ALL SELECT 'ends_on', new.ends_on WHERE old.ends_on IS NOT new.ends_on
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER programs_sync_delete AFTER DELETE ON programs WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('programs', old.id, '', 0);
END;

-- program_axes
CREATE TRIGGER program_axes_sync_insert AFTER INSERT ON program_axes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_axes', new.id, '', 1),
        ('program_axes', new.id, 'program_id', new.program_id),
        ('program_axes', new.id, 'name', new.name),
        ('program_axes', new.id, 'description', new.description),
        ('program_axes', new.id, 'position', new.position),
        ('program_axes', new.id, 'created_at', new.created_at),
        ('program_axes', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER program_axes_sync_update AFTER UPDATE ON program_axes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'program_axes', new.id, col, value FROM (
            SELECT 'program_id' AS col, new.program_id AS value WHERE old.program_id IS NOT new.program_id
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'description', new.description WHERE old.description IS NOT new.description
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER program_axes_sync_delete AFTER DELETE ON program_axes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_axes', old.id, '', 0);
END;

-- program_partners
CREATE TRIGGER program_partners_sync_insert AFTER INSERT ON program_partners WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_partners', json_array(new.program_id, new.organization_id), '', 1),
        ('program_partners', json_array(new.program_id, new.organization_id), 'role', new.role);
END;
CREATE TRIGGER program_partners_sync_update AFTER UPDATE ON program_partners WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'program_partners', json_array(new.program_id, new.organization_id), col, value FROM (
            SELECT 'role' AS col, new.role AS value WHERE old.role IS NOT new.role);
END;
CREATE TRIGGER program_partners_sync_delete AFTER DELETE ON program_partners WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_partners', json_array(old.program_id, old.organization_id), '', 0);
END;

-- program_clusters
CREATE TRIGGER program_clusters_sync_insert AFTER INSERT ON program_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_clusters', json_array(new.program_id, new.cluster_id), '', 1);
END;
CREATE TRIGGER program_clusters_sync_delete AFTER DELETE ON program_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_clusters', json_array(old.program_id, old.cluster_id), '', 0);
END;

-- program_settlements
CREATE TRIGGER program_settlements_sync_insert AFTER INSERT ON program_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_settlements', json_array(new.program_id, new.settlement_id), '', 1);
END;
CREATE TRIGGER program_settlements_sync_delete AFTER DELETE ON program_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_settlements', json_array(old.program_id, old.settlement_id), '', 0);
END;

-- program_schools
CREATE TRIGGER program_schools_sync_insert AFTER INSERT ON program_schools WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_schools', json_array(new.program_id, new.organization_id), '', 1);
END;
CREATE TRIGGER program_schools_sync_delete AFTER DELETE ON program_schools WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_schools', json_array(old.program_id, old.organization_id), '', 0);
END;

-- program_forums
CREATE TRIGGER program_forums_sync_insert AFTER INSERT ON program_forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_forums', json_array(new.program_id, new.forum_id), '', 1),
        ('program_forums', json_array(new.program_id, new.forum_id), 'role', new.role);
END;
CREATE TRIGGER program_forums_sync_update AFTER UPDATE ON program_forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'program_forums', json_array(new.program_id, new.forum_id), col, value FROM (
            SELECT 'role' AS col, new.role AS value WHERE old.role IS NOT new.role);
END;
CREATE TRIGGER program_forums_sync_delete AFTER DELETE ON program_forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_forums', json_array(old.program_id, old.forum_id), '', 0);
END;

-- program_moves
CREATE TRIGGER program_moves_sync_insert AFTER INSERT ON program_moves WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_moves', new.id, '', 1),
        ('program_moves', new.id, 'program_id', new.program_id),
        ('program_moves', new.id, 'what', new.what),
        ('program_moves', new.id, 'due_on', new.due_on),
        ('program_moves', new.id, 'owner_id', new.owner_id),
        ('program_moves', new.id, 'status', new.status),
        ('program_moves', new.id, 'position', new.position),
        ('program_moves', new.id, 'created_at', new.created_at),
        ('program_moves', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER program_moves_sync_update AFTER UPDATE ON program_moves WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'program_moves', new.id, col, value FROM (
            SELECT 'program_id' AS col, new.program_id AS value WHERE old.program_id IS NOT new.program_id
            UNION ALL SELECT 'what', new.what WHERE old.what IS NOT new.what
            UNION ALL SELECT 'due_on', new.due_on WHERE old.due_on IS NOT new.due_on
            UNION ALL SELECT 'owner_id', new.owner_id WHERE old.owner_id IS NOT new.owner_id
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER program_moves_sync_delete AFTER DELETE ON program_moves WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_moves', old.id, '', 0);
END;

-- program_figures
CREATE TRIGGER program_figures_sync_insert AFTER INSERT ON program_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), '', 1),
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), 'target', new.target),
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), 'took_part', new.took_part),
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), 'continued', new.continued),
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), 'completed', new.completed),
        ('program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), 'updated_at', new.updated_at);
END;
CREATE TRIGGER program_figures_sync_update AFTER UPDATE ON program_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'program_figures', json_array(new.program_id, new.school_year, new.settlement_id, new.age_band), col, value FROM (
            SELECT 'target' AS col, new.target AS value WHERE old.target IS NOT new.target
            UNION ALL SELECT 'took_part', new.took_part WHERE old.took_part IS NOT new.took_part
            UNION ALL SELECT 'continued', new.continued WHERE old.continued IS NOT new.continued
            UNION ALL SELECT 'completed', new.completed WHERE old.completed IS NOT new.completed
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER program_figures_sync_delete AFTER DELETE ON program_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('program_figures', json_array(old.program_id, old.school_year, old.settlement_id, old.age_band), '', 0);
END;

-- delegations
CREATE TRIGGER delegations_sync_insert AFTER INSERT ON delegations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('delegations', new.id, '', 1),
        ('delegations', new.id, 'name', new.name),
        ('delegations', new.id, 'guest_organization_id', new.guest_organization_id),
        ('delegations', new.id, 'country', new.country),
        ('delegations', new.id, 'guest_count', new.guest_count),
        ('delegations', new.id, 'starts_on', new.starts_on),
        ('delegations', new.id, 'ends_on', new.ends_on),
        ('delegations', new.id, 'notes', new.notes),
        ('delegations', new.id, 'created_at', new.created_at),
        ('delegations', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER delegations_sync_update AFTER UPDATE ON delegations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'delegations', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'guest_organization_id', new.guest_organization_id WHERE old.guest_organization_id IS NOT new.guest_organization_id
            UNION ALL SELECT 'country', new.country WHERE old.country IS NOT new.country
            UNION ALL SELECT 'guest_count', new.guest_count WHERE old.guest_count IS NOT new.guest_count
            UNION ALL SELECT 'starts_on', new.starts_on WHERE old.starts_on IS NOT new.starts_on
            UNION ALL SELECT 'ends_on', new.ends_on WHERE old.ends_on IS NOT new.ends_on
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER delegations_sync_delete AFTER DELETE ON delegations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('delegations', old.id, '', 0);
END;

-- delegation_guests
CREATE TRIGGER delegation_guests_sync_insert AFTER INSERT ON delegation_guests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('delegation_guests', json_array(new.delegation_id, new.person_id), '', 1);
END;
CREATE TRIGGER delegation_guests_sync_delete AFTER DELETE ON delegation_guests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('delegation_guests', json_array(old.delegation_id, old.person_id), '', 0);
END;

-- delegation_hosts
CREATE TRIGGER delegation_hosts_sync_insert AFTER INSERT ON delegation_hosts WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('delegation_hosts', json_array(new.delegation_id, new.person_id), '', 1);
END;
CREATE TRIGGER delegation_hosts_sync_delete AFTER DELETE ON delegation_hosts WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('delegation_hosts', json_array(old.delegation_id, old.person_id), '', 0);
END;

-- delegation_stops
CREATE TRIGGER delegation_stops_sync_insert AFTER INSERT ON delegation_stops WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('delegation_stops', new.id, '', 1),
        ('delegation_stops', new.id, 'delegation_id', new.delegation_id),
        ('delegation_stops', new.id, 'day', new.day),
        ('delegation_stops', new.id, 'at', new.at),
        ('delegation_stops', new.id, 'place', new.place),
        ('delegation_stops', new.id, 'settlement_id', new.settlement_id),
        ('delegation_stops', new.id, 'program_id', new.program_id),
        ('delegation_stops', new.id, 'notes', new.notes),
        ('delegation_stops', new.id, 'position', new.position),
        ('delegation_stops', new.id, 'created_at', new.created_at),
        ('delegation_stops', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER delegation_stops_sync_update AFTER UPDATE ON delegation_stops WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'delegation_stops', new.id, col, value FROM (
            SELECT 'delegation_id' AS col, new.delegation_id AS value WHERE old.delegation_id IS NOT new.delegation_id
            UNION ALL SELECT 'day', new.day WHERE old.day IS NOT new.day
            UNION ALL SELECT 'at', new.at WHERE old.at IS NOT new.at
            UNION ALL SELECT 'place', new.place WHERE old.place IS NOT new.place
            UNION ALL SELECT 'settlement_id', new.settlement_id WHERE old.settlement_id IS NOT new.settlement_id
            UNION ALL SELECT 'program_id', new.program_id WHERE old.program_id IS NOT new.program_id
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER delegation_stops_sync_delete AFTER DELETE ON delegation_stops WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('delegation_stops', old.id, '', 0);
END;

-- delegation_follow_ups
CREATE TRIGGER delegation_follow_ups_sync_insert AFTER INSERT ON delegation_follow_ups WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('delegation_follow_ups', json_array(new.delegation_id, new.action_item_id), '', 1);
END;
CREATE TRIGGER delegation_follow_ups_sync_delete AFTER DELETE ON delegation_follow_ups WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('delegation_follow_ups', json_array(old.delegation_id, old.action_item_id), '', 0);
END;
