-- Ready for an emergency (issue #16, seed 004): who can help where, with what.
--
-- The Ministry's four emergency clusters (emotional, pedagogical, social/respite,
-- non-professional) are built in, as `emergency_cluster` values named by the locales; the
-- department adds its own capabilities under them. A capability merged into another keeps its
-- row, pointing at the one it became (`merged_into`), and its holders move.
CREATE TABLE emergency_capabilities (
    id                TEXT PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    emergency_cluster TEXT NOT NULL CHECK (emergency_cluster IN ('emotional', 'pedagogical', 'social', 'non_professional')),
    merged_into       TEXT REFERENCES emergency_capabilities (id),
    -- The topic of a training its holders must have had, not expired ('' none).
    required_training TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

-- A volunteer is a person of the directory (one row each, keyed by the person, so two laptops
-- that make the same person a volunteer meet in one row). Where they can act: their home
-- settlement, the settlements and clusters listed, or the whole council. `left_on` takes them
-- out of every emergency list and keeps their history.
CREATE TABLE volunteers (
    person_id          TEXT PRIMARY KEY NOT NULL REFERENCES people (id),
    home_settlement_id TEXT REFERENCES settlements (id),
    whole_council      INTEGER NOT NULL DEFAULT 0 CHECK (whole_council IN (0, 1)),
    availability       TEXT NOT NULL DEFAULT '',
    -- The days of the week they can be called, Sunday 0 to Saturday 6, as digits: '01234'.
    available_days     TEXT NOT NULL DEFAULT '' CHECK (available_days NOT GLOB '*[^0-6]*'),
    available_from     TEXT CHECK (available_from GLOB '[0-2][0-9]:[0-5][0-9]'),
    available_until    TEXT CHECK (available_until GLOB '[0-2][0-9]:[0-5][0-9]'),
    retiree            INTEGER NOT NULL DEFAULT 0 CHECK (retiree IN (0, 1)),
    confirmed_on       TEXT CHECK (confirmed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    left_on            TEXT CHECK (left_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    left_reason        TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

-- No affiliation at all is "independent".
CREATE TABLE volunteer_affiliations (
    person_id       TEXT NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    PRIMARY KEY (person_id, organization_id)
) STRICT;

CREATE TABLE volunteer_settlements (
    person_id     TEXT NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    settlement_id TEXT NOT NULL REFERENCES settlements (id),
    PRIMARY KEY (person_id, settlement_id)
) STRICT;

CREATE TABLE volunteer_clusters (
    person_id  TEXT NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL REFERENCES clusters (id),
    PRIMARY KEY (person_id, cluster_id)
) STRICT;

CREATE TABLE volunteer_capabilities (
    person_id     TEXT NOT NULL REFERENCES volunteers (person_id) ON DELETE CASCADE,
    capability_id TEXT NOT NULL REFERENCES emergency_capabilities (id),
    PRIMARY KEY (person_id, capability_id)
) STRICT;

-- An organization's emergency capabilities: one row per organization that has them.
CREATE TABLE organization_readiness (
    organization_id TEXT PRIMARY KEY NOT NULL REFERENCES organizations (id),
    whole_council   INTEGER NOT NULL DEFAULT 0 CHECK (whole_council IN (0, 1)),
    scope_count     INTEGER CHECK (scope_count >= 0),
    scope_unit      TEXT NOT NULL DEFAULT '',
    main_program    TEXT NOT NULL DEFAULT '',
    other_programs  TEXT NOT NULL DEFAULT '',
    remote_learning TEXT NOT NULL DEFAULT '',
    contact_id      TEXT REFERENCES people (id),
    confirmed_on    TEXT CHECK (confirmed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE organization_settlements (
    organization_id TEXT NOT NULL REFERENCES organization_readiness (organization_id) ON DELETE CASCADE,
    settlement_id   TEXT NOT NULL REFERENCES settlements (id),
    PRIMARY KEY (organization_id, settlement_id)
) STRICT;

CREATE TABLE organization_clusters (
    organization_id TEXT NOT NULL REFERENCES organization_readiness (organization_id) ON DELETE CASCADE,
    cluster_id      TEXT NOT NULL REFERENCES clusters (id),
    PRIMARY KEY (organization_id, cluster_id)
) STRICT;

CREATE TABLE organization_capabilities (
    organization_id TEXT NOT NULL REFERENCES organization_readiness (organization_id) ON DELETE CASCADE,
    capability_id   TEXT NOT NULL REFERENCES emergency_capabilities (id),
    PRIMARY KEY (organization_id, capability_id)
) STRICT;

CREATE TABLE organization_equipment (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization_readiness (organization_id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (length(trim(kind)) > 0),
    quantity        INTEGER CHECK (quantity >= 0),
    kept_at         TEXT NOT NULL DEFAULT '',
    position        INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

-- The yearly update round: everyone asked to confirm or correct their details, and where
-- each request stands. A request's subject is a volunteer (a person's id) or an organization.
CREATE TABLE update_rounds (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    scope      TEXT NOT NULL CHECK (scope IN ('volunteers', 'organizations', 'both')),
    started_on TEXT NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    closed_on  TEXT CHECK (closed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE update_requests (
    round_id     TEXT NOT NULL REFERENCES update_rounds (id) ON DELETE CASCADE,
    subject_id   TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('volunteer', 'organization')),
    status       TEXT NOT NULL CHECK (status IN ('prepared', 'answered', 'changed', 'no_answer', 'left')),
    status_on    TEXT NOT NULL CHECK (status_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    PRIMARY KEY (round_id, subject_id)
) STRICT;

-- Distribution lists: saved filters over the directory and its volunteers (retirees,
-- partnership supervisors, everyone with an emotional capability in the south). Their members
-- are found when the list is read, so a list stays current as the directory changes.
CREATE TABLE distribution_lists (
    id                TEXT PRIMARY KEY NOT NULL,
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    volunteers_only   INTEGER NOT NULL DEFAULT 0 CHECK (volunteers_only IN (0, 1)),
    retirees          INTEGER NOT NULL DEFAULT 0 CHECK (retirees IN (0, 1)),
    role              TEXT NOT NULL DEFAULT '',
    region            TEXT CHECK (region IN ('north', 'center', 'south', 'other')),
    cluster_id        TEXT REFERENCES clusters (id),
    emergency_cluster TEXT CHECK (emergency_cluster IN ('emotional', 'pedagogical', 'social', 'non_professional')),
    capability_id     TEXT REFERENCES emergency_capabilities (id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
) STRICT;

-- Trainings for organizations' staff and volunteers: a topic, the day, how long it counts
-- (`valid_months`, none: for good), and who took part.
CREATE TABLE trainings (
    id           TEXT PRIMARY KEY NOT NULL,
    topic        TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    held_on      TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    valid_months INTEGER CHECK (valid_months > 0),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE training_participants (
    training_id TEXT NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES people (id),
    PRIMARY KEY (training_id, person_id)
) STRICT;

-- Drills: a scenario on a day, the volunteers and organizations taking part and whether each
-- answered. What a drill found is recorded as the gaps and action items of its debrief, a
-- meeting of the drills' forum, and carried forward like any forum's until handled.
CREATE TABLE drills (
    id                 TEXT PRIMARY KEY NOT NULL,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    scenario           TEXT NOT NULL DEFAULT '',
    held_on            TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    debrief_meeting_id TEXT NOT NULL REFERENCES meetings (id),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;

CREATE TABLE drill_participants (
    drill_id     TEXT NOT NULL REFERENCES drills (id) ON DELETE CASCADE,
    subject_id   TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('volunteer', 'organization')),
    answered     INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
    PRIMARY KEY (drill_id, subject_id)
) STRICT;

-- "Who can help" starts from the holders of a capability, and then asks where each acts.
CREATE INDEX volunteer_capabilities_holders ON volunteer_capabilities (capability_id, person_id);
CREATE INDEX volunteer_settlements_here ON volunteer_settlements (settlement_id);
CREATE INDEX volunteer_clusters_here ON volunteer_clusters (cluster_id);
CREATE INDEX volunteers_home ON volunteers (home_settlement_id);
CREATE INDEX organization_capabilities_holders ON organization_capabilities (capability_id, organization_id);
CREATE INDEX organization_settlements_here ON organization_settlements (settlement_id);
CREATE INDEX organization_clusters_here ON organization_clusters (cluster_id);
CREATE INDEX organization_equipment_of ON organization_equipment (organization_id, position);
CREATE INDEX emergency_capabilities_cluster ON emergency_capabilities (emergency_cluster);
CREATE INDEX training_participants_person ON training_participants (person_id);

-- Shared between the department's laptops, as migration 0007's tables are.
-- emergency_capabilities
CREATE TRIGGER emergency_capabilities_sync_insert AFTER INSERT ON emergency_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('emergency_capabilities', new.id, '', 1),
        ('emergency_capabilities', new.id, 'name', new.name),
        ('emergency_capabilities', new.id, 'emergency_cluster', new.emergency_cluster),
        ('emergency_capabilities', new.id, 'merged_into', new.merged_into),
        ('emergency_capabilities', new.id, 'required_training', new.required_training),
        ('emergency_capabilities', new.id, 'created_at', new.created_at),
        ('emergency_capabilities', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER emergency_capabilities_sync_update AFTER UPDATE ON emergency_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'emergency_capabilities', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'emergency_cluster', new.emergency_cluster WHERE old.emergency_cluster IS NOT new.emergency_cluster
            UNION ALL SELECT 'merged_into', new.merged_into WHERE old.merged_into IS NOT new.merged_into
            UNION ALL SELECT 'required_training', new.required_training WHERE old.required_training IS NOT new.required_training
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER emergency_capabilities_sync_delete AFTER DELETE ON emergency_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('emergency_capabilities', old.id, '', 0);
END;

-- volunteers
CREATE TRIGGER volunteers_sync_insert AFTER INSERT ON volunteers WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('volunteers', json_array(new.person_id), '', 1),
        ('volunteers', json_array(new.person_id), 'home_settlement_id', new.home_settlement_id),
        ('volunteers', json_array(new.person_id), 'whole_council', new.whole_council),
        ('volunteers', json_array(new.person_id), 'availability', new.availability),
        ('volunteers', json_array(new.person_id), 'available_days', new.available_days),
        ('volunteers', json_array(new.person_id), 'available_from', new.available_from),
        ('volunteers', json_array(new.person_id), 'available_until', new.available_until),
        ('volunteers', json_array(new.person_id), 'retiree', new.retiree),
        ('volunteers', json_array(new.person_id), 'confirmed_on', new.confirmed_on),
        ('volunteers', json_array(new.person_id), 'left_on', new.left_on),
        ('volunteers', json_array(new.person_id), 'left_reason', new.left_reason),
        ('volunteers', json_array(new.person_id), 'created_at', new.created_at),
        ('volunteers', json_array(new.person_id), 'updated_at', new.updated_at);
END;
CREATE TRIGGER volunteers_sync_update AFTER UPDATE ON volunteers WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'volunteers', json_array(new.person_id), col, value FROM (
            SELECT 'home_settlement_id' AS col, new.home_settlement_id AS value WHERE old.home_settlement_id IS NOT new.home_settlement_id
            UNION ALL SELECT 'whole_council', new.whole_council WHERE old.whole_council IS NOT new.whole_council
            UNION ALL SELECT 'availability', new.availability WHERE old.availability IS NOT new.availability
            UNION ALL SELECT 'available_days', new.available_days WHERE old.available_days IS NOT new.available_days
            UNION ALL SELECT 'available_from', new.available_from WHERE old.available_from IS NOT new.available_from
            UNION ALL SELECT 'available_until', new.available_until WHERE old.available_until IS NOT new.available_until
            UNION ALL SELECT 'retiree', new.retiree WHERE old.retiree IS NOT new.retiree
            UNION ALL SELECT 'confirmed_on', new.confirmed_on WHERE old.confirmed_on IS NOT new.confirmed_on
            UNION ALL SELECT 'left_on', new.left_on WHERE old.left_on IS NOT new.left_on
            UNION ALL SELECT 'left_reason', new.left_reason WHERE old.left_reason IS NOT new.left_reason
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER volunteers_sync_delete AFTER DELETE ON volunteers WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('volunteers', json_array(old.person_id), '', 0);
END;

-- volunteer_affiliations
CREATE TRIGGER volunteer_affiliations_sync_insert AFTER INSERT ON volunteer_affiliations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('volunteer_affiliations', json_array(new.person_id, new.organization_id), '', 1);
END;
CREATE TRIGGER volunteer_affiliations_sync_delete AFTER DELETE ON volunteer_affiliations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('volunteer_affiliations', json_array(old.person_id, old.organization_id), '', 0);
END;

-- volunteer_settlements
CREATE TRIGGER volunteer_settlements_sync_insert AFTER INSERT ON volunteer_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('volunteer_settlements', json_array(new.person_id, new.settlement_id), '', 1);
END;
CREATE TRIGGER volunteer_settlements_sync_delete AFTER DELETE ON volunteer_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('volunteer_settlements', json_array(old.person_id, old.settlement_id), '', 0);
END;

-- volunteer_clusters
CREATE TRIGGER volunteer_clusters_sync_insert AFTER INSERT ON volunteer_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('volunteer_clusters', json_array(new.person_id, new.cluster_id), '', 1);
END;
CREATE TRIGGER volunteer_clusters_sync_delete AFTER DELETE ON volunteer_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('volunteer_clusters', json_array(old.person_id, old.cluster_id), '', 0);
END;

-- volunteer_capabilities
CREATE TRIGGER volunteer_capabilities_sync_insert AFTER INSERT ON volunteer_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('volunteer_capabilities', json_array(new.person_id, new.capability_id), '', 1);
END;
CREATE TRIGGER volunteer_capabilities_sync_delete AFTER DELETE ON volunteer_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('volunteer_capabilities', json_array(old.person_id, old.capability_id), '', 0);
END;

-- organization_readiness
CREATE TRIGGER organization_readiness_sync_insert AFTER INSERT ON organization_readiness WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organization_readiness', json_array(new.organization_id), '', 1),
        ('organization_readiness', json_array(new.organization_id), 'whole_council', new.whole_council),
        ('organization_readiness', json_array(new.organization_id), 'scope_count', new.scope_count),
        ('organization_readiness', json_array(new.organization_id), 'scope_unit', new.scope_unit),
        ('organization_readiness', json_array(new.organization_id), 'main_program', new.main_program),
        ('organization_readiness', json_array(new.organization_id), 'other_programs', new.other_programs),
        ('organization_readiness', json_array(new.organization_id), 'remote_learning', new.remote_learning),
        ('organization_readiness', json_array(new.organization_id), 'contact_id', new.contact_id),
        ('organization_readiness', json_array(new.organization_id), 'confirmed_on', new.confirmed_on),
        ('organization_readiness', json_array(new.organization_id), 'created_at', new.created_at),
        ('organization_readiness', json_array(new.organization_id), 'updated_at', new.updated_at);
END;
CREATE TRIGGER organization_readiness_sync_update AFTER UPDATE ON organization_readiness WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'organization_readiness', json_array(new.organization_id), col, value FROM (
            SELECT 'whole_council' AS col, new.whole_council AS value WHERE old.whole_council IS NOT new.whole_council
            UNION ALL SELECT 'scope_count', new.scope_count WHERE old.scope_count IS NOT new.scope_count
            UNION ALL SELECT 'scope_unit', new.scope_unit WHERE old.scope_unit IS NOT new.scope_unit
            UNION ALL SELECT 'main_program', new.main_program WHERE old.main_program IS NOT new.main_program
            UNION ALL SELECT 'other_programs', new.other_programs WHERE old.other_programs IS NOT new.other_programs
            UNION ALL SELECT 'remote_learning', new.remote_learning WHERE old.remote_learning IS NOT new.remote_learning
            UNION ALL SELECT 'contact_id', new.contact_id WHERE old.contact_id IS NOT new.contact_id
            UNION ALL SELECT 'confirmed_on', new.confirmed_on WHERE old.confirmed_on IS NOT new.confirmed_on
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER organization_readiness_sync_delete AFTER DELETE ON organization_readiness WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organization_readiness', json_array(old.organization_id), '', 0);
END;

-- organization_settlements
CREATE TRIGGER organization_settlements_sync_insert AFTER INSERT ON organization_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organization_settlements', json_array(new.organization_id, new.settlement_id), '', 1);
END;
CREATE TRIGGER organization_settlements_sync_delete AFTER DELETE ON organization_settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organization_settlements', json_array(old.organization_id, old.settlement_id), '', 0);
END;

-- organization_clusters
CREATE TRIGGER organization_clusters_sync_insert AFTER INSERT ON organization_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organization_clusters', json_array(new.organization_id, new.cluster_id), '', 1);
END;
CREATE TRIGGER organization_clusters_sync_delete AFTER DELETE ON organization_clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organization_clusters', json_array(old.organization_id, old.cluster_id), '', 0);
END;

-- organization_capabilities
CREATE TRIGGER organization_capabilities_sync_insert AFTER INSERT ON organization_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organization_capabilities', json_array(new.organization_id, new.capability_id), '', 1);
END;
CREATE TRIGGER organization_capabilities_sync_delete AFTER DELETE ON organization_capabilities WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organization_capabilities', json_array(old.organization_id, old.capability_id), '', 0);
END;

-- organization_equipment
CREATE TRIGGER organization_equipment_sync_insert AFTER INSERT ON organization_equipment WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organization_equipment', new.id, '', 1),
        ('organization_equipment', new.id, 'organization_id', new.organization_id),
        ('organization_equipment', new.id, 'kind', new.kind),
        ('organization_equipment', new.id, 'quantity', new.quantity),
        ('organization_equipment', new.id, 'kept_at', new.kept_at),
        ('organization_equipment', new.id, 'position', new.position),
        ('organization_equipment', new.id, 'created_at', new.created_at),
        ('organization_equipment', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER organization_equipment_sync_update AFTER UPDATE ON organization_equipment WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'organization_equipment', new.id, col, value FROM (
            SELECT 'organization_id' AS col, new.organization_id AS value WHERE old.organization_id IS NOT new.organization_id
            UNION ALL SELECT 'kind', new.kind WHERE old.kind IS NOT new.kind
            UNION ALL SELECT 'quantity', new.quantity WHERE old.quantity IS NOT new.quantity
            UNION ALL SELECT 'kept_at', new.kept_at WHERE old.kept_at IS NOT new.kept_at
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER organization_equipment_sync_delete AFTER DELETE ON organization_equipment WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organization_equipment', old.id, '', 0);
END;

-- update_rounds
CREATE TRIGGER update_rounds_sync_insert AFTER INSERT ON update_rounds WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('update_rounds', new.id, '', 1),
        ('update_rounds', new.id, 'name', new.name),
        ('update_rounds', new.id, 'scope', new.scope),
        ('update_rounds', new.id, 'started_on', new.started_on),
        ('update_rounds', new.id, 'closed_on', new.closed_on),
        ('update_rounds', new.id, 'created_at', new.created_at),
        ('update_rounds', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER update_rounds_sync_update AFTER UPDATE ON update_rounds WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'update_rounds', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'scope', new.scope WHERE old.scope IS NOT new.scope
            UNION ALL SELECT 'started_on', new.started_on WHERE old.started_on IS NOT new.started_on
            UNION ALL SELECT 'closed_on', new.closed_on WHERE old.closed_on IS NOT new.closed_on
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER update_rounds_sync_delete AFTER DELETE ON update_rounds WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('update_rounds', old.id, '', 0);
END;

-- update_requests
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

-- distribution_lists
CREATE TRIGGER distribution_lists_sync_insert AFTER INSERT ON distribution_lists WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('distribution_lists', new.id, '', 1),
        ('distribution_lists', new.id, 'name', new.name),
        ('distribution_lists', new.id, 'volunteers_only', new.volunteers_only),
        ('distribution_lists', new.id, 'retirees', new.retirees),
        ('distribution_lists', new.id, 'role', new.role),
        ('distribution_lists', new.id, 'region', new.region),
        ('distribution_lists', new.id, 'cluster_id', new.cluster_id),
        ('distribution_lists', new.id, 'emergency_cluster', new.emergency_cluster),
        ('distribution_lists', new.id, 'capability_id', new.capability_id),
        ('distribution_lists', new.id, 'created_at', new.created_at),
        ('distribution_lists', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER distribution_lists_sync_update AFTER UPDATE ON distribution_lists WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'distribution_lists', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'volunteers_only', new.volunteers_only WHERE old.volunteers_only IS NOT new.volunteers_only
            UNION ALL SELECT 'retirees', new.retirees WHERE old.retirees IS NOT new.retirees
            UNION ALL SELECT 'role', new.role WHERE old.role IS NOT new.role
            UNION ALL SELECT 'region', new.region WHERE old.region IS NOT new.region
            UNION ALL SELECT 'cluster_id', new.cluster_id WHERE old.cluster_id IS NOT new.cluster_id
            UNION ALL SELECT 'emergency_cluster', new.emergency_cluster WHERE old.emergency_cluster IS NOT new.emergency_cluster
            UNION ALL SELECT 'capability_id', new.capability_id WHERE old.capability_id IS NOT new.capability_id
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER distribution_lists_sync_delete AFTER DELETE ON distribution_lists WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('distribution_lists', old.id, '', 0);
END;

-- trainings
CREATE TRIGGER trainings_sync_insert AFTER INSERT ON trainings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('trainings', new.id, '', 1),
        ('trainings', new.id, 'topic', new.topic),
        ('trainings', new.id, 'held_on', new.held_on),
        ('trainings', new.id, 'valid_months', new.valid_months),
        ('trainings', new.id, 'created_at', new.created_at),
        ('trainings', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER trainings_sync_update AFTER UPDATE ON trainings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'trainings', new.id, col, value FROM (
            SELECT 'topic' AS col, new.topic AS value WHERE old.topic IS NOT new.topic
            UNION ALL SELECT 'held_on', new.held_on WHERE old.held_on IS NOT new.held_on
            UNION ALL SELECT 'valid_months', new.valid_months WHERE old.valid_months IS NOT new.valid_months
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER trainings_sync_delete AFTER DELETE ON trainings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('trainings', old.id, '', 0);
END;

-- training_participants
CREATE TRIGGER training_participants_sync_insert AFTER INSERT ON training_participants WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('training_participants', json_array(new.training_id, new.person_id), '', 1);
END;
CREATE TRIGGER training_participants_sync_delete AFTER DELETE ON training_participants WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('training_participants', json_array(old.training_id, old.person_id), '', 0);
END;

-- drills
CREATE TRIGGER drills_sync_insert AFTER INSERT ON drills WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('drills', new.id, '', 1),
        ('drills', new.id, 'name', new.name),
        ('drills', new.id, 'scenario', new.scenario),
        ('drills', new.id, 'held_on', new.held_on),
        ('drills', new.id, 'debrief_meeting_id', new.debrief_meeting_id),
        ('drills', new.id, 'created_at', new.created_at),
        ('drills', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER drills_sync_update AFTER UPDATE ON drills WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'drills', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'scenario', new.scenario WHERE old.scenario IS NOT new.scenario
            UNION ALL SELECT 'held_on', new.held_on WHERE old.held_on IS NOT new.held_on
            UNION ALL SELECT 'debrief_meeting_id', new.debrief_meeting_id WHERE old.debrief_meeting_id IS NOT new.debrief_meeting_id
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER drills_sync_delete AFTER DELETE ON drills WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('drills', old.id, '', 0);
END;

-- drill_participants
CREATE TRIGGER drill_participants_sync_insert AFTER INSERT ON drill_participants WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('drill_participants', json_array(new.drill_id, new.subject_id), '', 1),
        ('drill_participants', json_array(new.drill_id, new.subject_id), 'subject_kind', new.subject_kind),
        ('drill_participants', json_array(new.drill_id, new.subject_id), 'answered', new.answered);
END;
CREATE TRIGGER drill_participants_sync_update AFTER UPDATE ON drill_participants WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'drill_participants', json_array(new.drill_id, new.subject_id), col, value FROM (
            SELECT 'subject_kind' AS col, new.subject_kind AS value WHERE old.subject_kind IS NOT new.subject_kind
            UNION ALL SELECT 'answered', new.answered WHERE old.answered IS NOT new.answered);
END;
CREATE TRIGGER drill_participants_sync_delete AFTER DELETE ON drill_participants WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('drill_participants', json_array(old.drill_id, old.subject_id), '', 0);
END;
