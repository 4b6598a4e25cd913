-- Sharing a department between laptops, first part: every change to a shared table is
-- recorded cell by cell, in the same transaction as the change, once this laptop shares.
--
-- `sync_laptop` is this laptop: its id in the department, its name, and whether it records.
-- With no row (the default) nothing is recorded and nothing changes for a laptop on its own.
-- Triggers on each shared table note what a write changed in `sync_captured`; the write
-- stamps those notes with one hybrid-logical-clock stamp before it commits, and moves them to
-- `sync_changes`, which keeps every change this laptop knows of, its own and others'.
-- The search index and other derived tables are not shared: each laptop's triggers rebuild
-- them. `settings` is not shared (the language is each laptop's own).

CREATE TABLE sync_laptop (
    only_row      INTEGER PRIMARY KEY CHECK (only_row = 1),
    id            TEXT NOT NULL,
    name          TEXT NOT NULL,
    recording     INTEGER NOT NULL DEFAULT 1 CHECK (recording IN (0, 1)),
    -- The department this laptop shares with, and its key (XChaCha20-Poly1305, 32 bytes).
    department_id TEXT,
    department_key BLOB,
    -- The last file this laptop wrote into the shared folder, and the last stamp in it.
    sent_seq      INTEGER NOT NULL DEFAULT 0,
    sent_until    TEXT
) STRICT;

-- The other laptops of the department, as their files name them.
CREATE TABLE sync_peers (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    last_seq  INTEGER NOT NULL,
    last_seen TEXT NOT NULL
) STRICT;

-- Every file read from the shared folder: taken in, waiting (from a newer Eshkol), or
-- skipped (damaged, another department's, a wrong key), and why.
CREATE TABLE sync_files (
    laptop TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied', 'waiting', 'skipped')),
    reason TEXT,
    seen   TEXT NOT NULL,
    PRIMARY KEY (laptop, seq)
) STRICT;

-- One cell a write changed, or a row it added (`col` '', value 1) or removed ('', 0).
CREATE TABLE sync_captured (
    seq   INTEGER PRIMARY KEY,
    tbl   TEXT NOT NULL,
    pk    TEXT NOT NULL,
    col   TEXT NOT NULL,
    value ANY
) STRICT;

-- Every change known here. `pk` is the row's id, or a JSON array of its key columns;
-- `base` is the stamp of the value the change replaced, where this laptop knew one.
CREATE TABLE sync_changes (
    stamp TEXT NOT NULL,
    tbl   TEXT NOT NULL,
    pk    TEXT NOT NULL,
    col   TEXT NOT NULL,
    value ANY,
    base  TEXT,
    PRIMARY KEY (tbl, pk, col, stamp)
) STRICT, WITHOUT ROWID;

CREATE INDEX sync_changes_by_stamp ON sync_changes (stamp);

-- organizations
CREATE TRIGGER organizations_sync_insert AFTER INSERT ON organizations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('organizations', new.id, '', 1),
        ('organizations', new.id, 'name', new.name),
        ('organizations', new.id, 'kind', new.kind),
        ('organizations', new.id, 'notes', new.notes),
        ('organizations', new.id, 'archived_at', new.archived_at),
        ('organizations', new.id, 'created_at', new.created_at),
        ('organizations', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER organizations_sync_update AFTER UPDATE ON organizations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'organizations', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'kind', new.kind WHERE old.kind IS NOT new.kind
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER organizations_sync_delete AFTER DELETE ON organizations WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('organizations', old.id, '', 0);
END;

-- people
CREATE TRIGGER people_sync_insert AFTER INSERT ON people WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('people', new.id, '', 1),
        ('people', new.id, 'full_name', new.full_name),
        ('people', new.id, 'role_title', new.role_title),
        ('people', new.id, 'organization_id', new.organization_id),
        ('people', new.id, 'cluster_id', new.cluster_id),
        ('people', new.id, 'settlement_id', new.settlement_id),
        ('people', new.id, 'office_phone', new.office_phone),
        ('people', new.id, 'mobile', new.mobile),
        ('people', new.id, 'email', new.email),
        ('people', new.id, 'notes', new.notes),
        ('people', new.id, 'active', new.active),
        ('people', new.id, 'archived_at', new.archived_at),
        ('people', new.id, 'created_at', new.created_at),
        ('people', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER people_sync_update AFTER UPDATE ON people WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'people', new.id, col, value FROM (
            SELECT 'full_name' AS col, new.full_name AS value WHERE old.full_name IS NOT new.full_name
            UNION ALL SELECT 'role_title', new.role_title WHERE old.role_title IS NOT new.role_title
            UNION ALL SELECT 'organization_id', new.organization_id WHERE old.organization_id IS NOT new.organization_id
            UNION ALL SELECT 'cluster_id', new.cluster_id WHERE old.cluster_id IS NOT new.cluster_id
            UNION ALL SELECT 'settlement_id', new.settlement_id WHERE old.settlement_id IS NOT new.settlement_id
            UNION ALL SELECT 'office_phone', new.office_phone WHERE old.office_phone IS NOT new.office_phone
            UNION ALL SELECT 'mobile', new.mobile WHERE old.mobile IS NOT new.mobile
            UNION ALL SELECT 'email', new.email WHERE old.email IS NOT new.email
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'active', new.active WHERE old.active IS NOT new.active
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER people_sync_delete AFTER DELETE ON people WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('people', old.id, '', 0);
END;

-- clusters
CREATE TRIGGER clusters_sync_insert AFTER INSERT ON clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('clusters', new.id, '', 1),
        ('clusters', new.id, 'name', new.name),
        ('clusters', new.id, 'region', new.region),
        ('clusters', new.id, 'coordinator_id', new.coordinator_id),
        ('clusters', new.id, 'colour', new.colour),
        ('clusters', new.id, 'notes', new.notes),
        ('clusters', new.id, 'archived_at', new.archived_at),
        ('clusters', new.id, 'created_at', new.created_at),
        ('clusters', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER clusters_sync_update AFTER UPDATE ON clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'clusters', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'region', new.region WHERE old.region IS NOT new.region
            UNION ALL SELECT 'coordinator_id', new.coordinator_id WHERE old.coordinator_id IS NOT new.coordinator_id
            UNION ALL SELECT 'colour', new.colour WHERE old.colour IS NOT new.colour
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER clusters_sync_delete AFTER DELETE ON clusters WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('clusters', old.id, '', 0);
END;

-- settlements
CREATE TRIGGER settlements_sync_insert AFTER INSERT ON settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('settlements', new.id, '', 1),
        ('settlements', new.id, 'name', new.name),
        ('settlements', new.id, 'kind', new.kind),
        ('settlements', new.id, 'cluster_id', new.cluster_id),
        ('settlements', new.id, 'local_coordinator_id', new.local_coordinator_id),
        ('settlements', new.id, 'children_count', new.children_count),
        ('settlements', new.id, 'children_participating', new.children_participating),
        ('settlements', new.id, 'youth_count', new.youth_count),
        ('settlements', new.id, 'youth_participating', new.youth_participating),
        ('settlements', new.id, 'notes', new.notes),
        ('settlements', new.id, 'archived_at', new.archived_at),
        ('settlements', new.id, 'created_at', new.created_at),
        ('settlements', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER settlements_sync_update AFTER UPDATE ON settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'settlements', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'kind', new.kind WHERE old.kind IS NOT new.kind
            UNION ALL SELECT 'cluster_id', new.cluster_id WHERE old.cluster_id IS NOT new.cluster_id
            UNION ALL SELECT 'local_coordinator_id', new.local_coordinator_id WHERE old.local_coordinator_id IS NOT new.local_coordinator_id
            UNION ALL SELECT 'children_count', new.children_count WHERE old.children_count IS NOT new.children_count
            UNION ALL SELECT 'children_participating', new.children_participating WHERE old.children_participating IS NOT new.children_participating
            UNION ALL SELECT 'youth_count', new.youth_count WHERE old.youth_count IS NOT new.youth_count
            UNION ALL SELECT 'youth_participating', new.youth_participating WHERE old.youth_participating IS NOT new.youth_participating
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER settlements_sync_delete AFTER DELETE ON settlements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('settlements', old.id, '', 0);
END;

-- settlement_youth_movements
CREATE TRIGGER settlement_youth_movements_sync_insert AFTER INSERT ON settlement_youth_movements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('settlement_youth_movements', json_array(new.settlement_id, new.organization_id), '', 1);
END;
CREATE TRIGGER settlement_youth_movements_sync_delete AFTER DELETE ON settlement_youth_movements WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('settlement_youth_movements', json_array(old.settlement_id, old.organization_id), '', 0);
END;

-- forums
CREATE TRIGGER forums_sync_insert AFTER INSERT ON forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('forums', new.id, '', 1),
        ('forums', new.id, 'name', new.name),
        ('forums', new.id, 'level', new.level),
        ('forums', new.id, 'cadence', new.cadence),
        ('forums', new.id, 'cadence_n', new.cadence_n),
        ('forums', new.id, 'goals', new.goals),
        ('forums', new.id, 'member_roles', new.member_roles),
        ('forums', new.id, 'chair_id', new.chair_id),
        ('forums', new.id, 'template', new.template),
        ('forums', new.id, 'active', new.active),
        ('forums', new.id, 'notes', new.notes),
        ('forums', new.id, 'archived_at', new.archived_at),
        ('forums', new.id, 'created_at', new.created_at),
        ('forums', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER forums_sync_update AFTER UPDATE ON forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'forums', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'level', new.level WHERE old.level IS NOT new.level
            UNION ALL SELECT 'cadence', new.cadence WHERE old.cadence IS NOT new.cadence
            UNION ALL SELECT 'cadence_n', new.cadence_n WHERE old.cadence_n IS NOT new.cadence_n
            UNION ALL SELECT 'goals', new.goals WHERE old.goals IS NOT new.goals
            UNION ALL SELECT 'member_roles', new.member_roles WHERE old.member_roles IS NOT new.member_roles
            UNION ALL SELECT 'chair_id', new.chair_id WHERE old.chair_id IS NOT new.chair_id
            UNION ALL SELECT 'template', new.template WHERE old.template IS NOT new.template
            UNION ALL SELECT 'active', new.active WHERE old.active IS NOT new.active
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'archived_at', new.archived_at WHERE old.archived_at IS NOT new.archived_at
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER forums_sync_delete AFTER DELETE ON forums WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('forums', old.id, '', 0);
END;

-- forum_members
CREATE TRIGGER forum_members_sync_insert AFTER INSERT ON forum_members WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('forum_members', json_array(new.forum_id, new.person_id), '', 1),
        ('forum_members', json_array(new.forum_id, new.person_id), 'role', new.role);
END;
CREATE TRIGGER forum_members_sync_update AFTER UPDATE ON forum_members WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'forum_members', json_array(new.forum_id, new.person_id), col, value FROM (
            SELECT 'role' AS col, new.role AS value WHERE old.role IS NOT new.role);
END;
CREATE TRIGGER forum_members_sync_delete AFTER DELETE ON forum_members WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('forum_members', json_array(old.forum_id, old.person_id), '', 0);
END;

-- forum_setup
CREATE TRIGGER forum_setup_sync_insert AFTER INSERT ON forum_setup WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('forum_setup', json_array(new.forum_id, new.school_year, new.step), '', 1),
        ('forum_setup', json_array(new.forum_id, new.school_year, new.step), 'done_at', new.done_at);
END;
CREATE TRIGGER forum_setup_sync_update AFTER UPDATE ON forum_setup WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'forum_setup', json_array(new.forum_id, new.school_year, new.step), col, value FROM (
            SELECT 'done_at' AS col, new.done_at AS value WHERE old.done_at IS NOT new.done_at);
END;
CREATE TRIGGER forum_setup_sync_delete AFTER DELETE ON forum_setup WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('forum_setup', json_array(old.forum_id, old.school_year, old.step), '', 0);
END;

-- meetings
CREATE TRIGGER meetings_sync_insert AFTER INSERT ON meetings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('meetings', new.id, '', 1),
        ('meetings', new.id, 'forum_id', new.forum_id),
        ('meetings', new.id, 'date', new.date),
        ('meetings', new.id, 'start_time', new.start_time),
        ('meetings', new.id, 'duration_minutes', new.duration_minutes),
        ('meetings', new.id, 'place', new.place),
        ('meetings', new.id, 'online', new.online),
        ('meetings', new.id, 'status', new.status),
        ('meetings', new.id, 'minutes', new.minutes),
        ('meetings', new.id, 'approved_at', new.approved_at),
        ('meetings', new.id, 'approved_by', new.approved_by),
        ('meetings', new.id, 'created_at', new.created_at),
        ('meetings', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER meetings_sync_update AFTER UPDATE ON meetings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'meetings', new.id, col, value FROM (
            SELECT 'forum_id' AS col, new.forum_id AS value WHERE old.forum_id IS NOT new.forum_id
            UNION ALL SELECT 'date', new.date WHERE old.date IS NOT new.date
            UNION ALL SELECT 'start_time', new.start_time WHERE old.start_time IS NOT new.start_time
            UNION ALL SELECT 'duration_minutes', new.duration_minutes WHERE old.duration_minutes IS NOT new.duration_minutes
            UNION ALL SELECT 'place', new.place WHERE old.place IS NOT new.place
            UNION ALL SELECT 'online', new.online WHERE old.online IS NOT new.online
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'minutes', new.minutes WHERE old.minutes IS NOT new.minutes
            UNION ALL SELECT 'approved_at', new.approved_at WHERE old.approved_at IS NOT new.approved_at
            UNION ALL SELECT 'approved_by', new.approved_by WHERE old.approved_by IS NOT new.approved_by
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER meetings_sync_delete AFTER DELETE ON meetings WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('meetings', old.id, '', 0);
END;

-- agenda_items
CREATE TRIGGER agenda_items_sync_insert AFTER INSERT ON agenda_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('agenda_items', new.id, '', 1),
        ('agenda_items', new.id, 'meeting_id', new.meeting_id),
        ('agenda_items', new.id, 'position', new.position),
        ('agenda_items', new.id, 'title', new.title),
        ('agenda_items', new.id, 'presenter', new.presenter),
        ('agenda_items', new.id, 'planned_minutes', new.planned_minutes),
        ('agenda_items', new.id, 'notes', new.notes),
        ('agenda_items', new.id, 'action_item_id', new.action_item_id),
        ('agenda_items', new.id, 'gap_id', new.gap_id),
        ('agenda_items', new.id, 'created_at', new.created_at),
        ('agenda_items', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER agenda_items_sync_update AFTER UPDATE ON agenda_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'agenda_items', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'title', new.title WHERE old.title IS NOT new.title
            UNION ALL SELECT 'presenter', new.presenter WHERE old.presenter IS NOT new.presenter
            UNION ALL SELECT 'planned_minutes', new.planned_minutes WHERE old.planned_minutes IS NOT new.planned_minutes
            UNION ALL SELECT 'notes', new.notes WHERE old.notes IS NOT new.notes
            UNION ALL SELECT 'action_item_id', new.action_item_id WHERE old.action_item_id IS NOT new.action_item_id
            UNION ALL SELECT 'gap_id', new.gap_id WHERE old.gap_id IS NOT new.gap_id
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER agenda_items_sync_delete AFTER DELETE ON agenda_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('agenda_items', old.id, '', 0);
END;

-- attendance
CREATE TRIGGER attendance_sync_insert AFTER INSERT ON attendance WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('attendance', json_array(new.meeting_id, new.person_id), '', 1),
        ('attendance', json_array(new.meeting_id, new.person_id), 'status', new.status);
END;
CREATE TRIGGER attendance_sync_update AFTER UPDATE ON attendance WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'attendance', json_array(new.meeting_id, new.person_id), col, value FROM (
            SELECT 'status' AS col, new.status AS value WHERE old.status IS NOT new.status);
END;
CREATE TRIGGER attendance_sync_delete AFTER DELETE ON attendance WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('attendance', json_array(old.meeting_id, old.person_id), '', 0);
END;

-- guests
CREATE TRIGGER guests_sync_insert AFTER INSERT ON guests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('guests', new.id, '', 1),
        ('guests', new.id, 'meeting_id', new.meeting_id),
        ('guests', new.id, 'name', new.name),
        ('guests', new.id, 'created_at', new.created_at);
END;
CREATE TRIGGER guests_sync_update AFTER UPDATE ON guests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'guests', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at);
END;
CREATE TRIGGER guests_sync_delete AFTER DELETE ON guests WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('guests', old.id, '', 0);
END;

-- decisions
CREATE TRIGGER decisions_sync_insert AFTER INSERT ON decisions WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('decisions', new.id, '', 1),
        ('decisions', new.id, 'meeting_id', new.meeting_id),
        ('decisions', new.id, 'agenda_item_id', new.agenda_item_id),
        ('decisions', new.id, 'number', new.number),
        ('decisions', new.id, 'text', new.text),
        ('decisions', new.id, 'created_at', new.created_at),
        ('decisions', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER decisions_sync_update AFTER UPDATE ON decisions WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'decisions', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'agenda_item_id', new.agenda_item_id WHERE old.agenda_item_id IS NOT new.agenda_item_id
            UNION ALL SELECT 'number', new.number WHERE old.number IS NOT new.number
            UNION ALL SELECT 'text', new.text WHERE old.text IS NOT new.text
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER decisions_sync_delete AFTER DELETE ON decisions WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('decisions', old.id, '', 0);
END;

-- action_items
CREATE TRIGGER action_items_sync_insert AFTER INSERT ON action_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('action_items', new.id, '', 1),
        ('action_items', new.id, 'meeting_id', new.meeting_id),
        ('action_items', new.id, 'agenda_item_id', new.agenda_item_id),
        ('action_items', new.id, 'what', new.what),
        ('action_items', new.id, 'owner_id', new.owner_id),
        ('action_items', new.id, 'due_date', new.due_date),
        ('action_items', new.id, 'status', new.status),
        ('action_items', new.id, 'done_on', new.done_on),
        ('action_items', new.id, 'created_at', new.created_at),
        ('action_items', new.id, 'updated_at', new.updated_at),
        ('action_items', new.id, 'visit_id', new.visit_id);
END;
CREATE TRIGGER action_items_sync_update AFTER UPDATE ON action_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'action_items', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'agenda_item_id', new.agenda_item_id WHERE old.agenda_item_id IS NOT new.agenda_item_id
            UNION ALL SELECT 'what', new.what WHERE old.what IS NOT new.what
            UNION ALL SELECT 'owner_id', new.owner_id WHERE old.owner_id IS NOT new.owner_id
            UNION ALL SELECT 'due_date', new.due_date WHERE old.due_date IS NOT new.due_date
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'done_on', new.done_on WHERE old.done_on IS NOT new.done_on
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at
            UNION ALL SELECT 'visit_id', new.visit_id WHERE old.visit_id IS NOT new.visit_id);
END;
CREATE TRIGGER action_items_sync_delete AFTER DELETE ON action_items WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('action_items', old.id, '', 0);
END;

-- gaps
CREATE TRIGGER gaps_sync_insert AFTER INSERT ON gaps WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('gaps', new.id, '', 1),
        ('gaps', new.id, 'meeting_id', new.meeting_id),
        ('gaps', new.id, 'what', new.what),
        ('gaps', new.id, 'raised_by', new.raised_by),
        ('gaps', new.id, 'mechanism', new.mechanism),
        ('gaps', new.id, 'owner_id', new.owner_id),
        ('gaps', new.id, 'status', new.status),
        ('gaps', new.id, 'resolved_on', new.resolved_on),
        ('gaps', new.id, 'created_at', new.created_at),
        ('gaps', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER gaps_sync_update AFTER UPDATE ON gaps WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'gaps', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'what', new.what WHERE old.what IS NOT new.what
            UNION ALL SELECT 'raised_by', new.raised_by WHERE old.raised_by IS NOT new.raised_by
            UNION ALL SELECT 'mechanism', new.mechanism WHERE old.mechanism IS NOT new.mechanism
            UNION ALL SELECT 'owner_id', new.owner_id WHERE old.owner_id IS NOT new.owner_id
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'resolved_on', new.resolved_on WHERE old.resolved_on IS NOT new.resolved_on
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER gaps_sync_delete AFTER DELETE ON gaps WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('gaps', old.id, '', 0);
END;

-- amendments
CREATE TRIGGER amendments_sync_insert AFTER INSERT ON amendments WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('amendments', new.id, '', 1),
        ('amendments', new.id, 'meeting_id', new.meeting_id),
        ('amendments', new.id, 'made_by', new.made_by),
        ('amendments', new.id, 'made_at', new.made_at),
        ('amendments', new.id, 'reason', new.reason),
        ('amendments', new.id, 'before_text', new.before_text),
        ('amendments', new.id, 'after_text', new.after_text);
END;
CREATE TRIGGER amendments_sync_update AFTER UPDATE ON amendments WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'amendments', new.id, col, value FROM (
            SELECT 'meeting_id' AS col, new.meeting_id AS value WHERE old.meeting_id IS NOT new.meeting_id
            UNION ALL SELECT 'made_by', new.made_by WHERE old.made_by IS NOT new.made_by
            UNION ALL SELECT 'made_at', new.made_at WHERE old.made_at IS NOT new.made_at
            UNION ALL SELECT 'reason', new.reason WHERE old.reason IS NOT new.reason
            UNION ALL SELECT 'before_text', new.before_text WHERE old.before_text IS NOT new.before_text
            UNION ALL SELECT 'after_text', new.after_text WHERE old.after_text IS NOT new.after_text);
END;
CREATE TRIGGER amendments_sync_delete AFTER DELETE ON amendments WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('amendments', old.id, '', 0);
END;

-- carried_over
CREATE TRIGGER carried_over_sync_insert AFTER INSERT ON carried_over WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('carried_over', json_array(new.meeting_id, new.action_item_id, new.gap_id), '', 1);
END;
CREATE TRIGGER carried_over_sync_delete AFTER DELETE ON carried_over WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('carried_over', json_array(old.meeting_id, old.action_item_id, old.gap_id), '', 0);
END;

-- visit_purposes
CREATE TRIGGER visit_purposes_sync_insert AFTER INSERT ON visit_purposes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('visit_purposes', new.id, '', 1),
        ('visit_purposes', new.id, 'key', new.key),
        ('visit_purposes', new.id, 'name', new.name),
        ('visit_purposes', new.id, 'position', new.position),
        ('visit_purposes', new.id, 'created_at', new.created_at);
END;
CREATE TRIGGER visit_purposes_sync_update AFTER UPDATE ON visit_purposes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'visit_purposes', new.id, col, value FROM (
            SELECT 'key' AS col, new.key AS value WHERE old.key IS NOT new.key
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at);
END;
CREATE TRIGGER visit_purposes_sync_delete AFTER DELETE ON visit_purposes WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('visit_purposes', old.id, '', 0);
END;

-- visits
CREATE TRIGGER visits_sync_insert AFTER INSERT ON visits WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('visits', new.id, '', 1),
        ('visits', new.id, 'settlement_id', new.settlement_id),
        ('visits', new.id, 'date', new.date),
        ('visits', new.id, 'purpose_id', new.purpose_id),
        ('visits', new.id, 'people_met', new.people_met),
        ('visits', new.id, 'summary', new.summary),
        ('visits', new.id, 'sensitive_notes', new.sensitive_notes),
        ('visits', new.id, 'created_at', new.created_at),
        ('visits', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER visits_sync_update AFTER UPDATE ON visits WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'visits', new.id, col, value FROM (
            SELECT 'settlement_id' AS col, new.settlement_id AS value WHERE old.settlement_id IS NOT new.settlement_id
            UNION ALL SELECT 'date', new.date WHERE old.date IS NOT new.date
            UNION ALL SELECT 'purpose_id', new.purpose_id WHERE old.purpose_id IS NOT new.purpose_id
            UNION ALL SELECT 'people_met', new.people_met WHERE old.people_met IS NOT new.people_met
            UNION ALL SELECT 'summary', new.summary WHERE old.summary IS NOT new.summary
            UNION ALL SELECT 'sensitive_notes', new.sensitive_notes WHERE old.sensitive_notes IS NOT new.sensitive_notes
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER visits_sync_delete AFTER DELETE ON visits WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('visits', old.id, '', 0);
END;

-- visit_staff
CREATE TRIGGER visit_staff_sync_insert AFTER INSERT ON visit_staff WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('visit_staff', json_array(new.visit_id, new.person_id), '', 1);
END;
CREATE TRIGGER visit_staff_sync_delete AFTER DELETE ON visit_staff WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('visit_staff', json_array(old.visit_id, old.person_id), '', 0);
END;

-- Rows that arrived from another laptop before a row they refer to: kept in `sync_changes`,
-- shown once what they wait for arrives.
CREATE TABLE sync_waiting (
    tbl TEXT NOT NULL,
    pk  TEXT NOT NULL,
    PRIMARY KEY (tbl, pk)
) STRICT, WITHOUT ROWID;
