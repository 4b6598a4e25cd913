-- The year's work plan (issue #18, seeds 000 and 004): the Ministry's planning cycle as the
-- department shares it. A plan covers one or more school years; it opens with a situation
-- assessment, then three layers: goals, objectives under each goal, and tasks under each
-- objective. Goals and objectives carry outcome indicators, each with a baseline, a target and
-- the direction the change should go; an indicator's actuals are counted by Eshkol from its own
-- records or typed by a person. Closing a year freezes its figures, and each goal gets its
-- lessons for the year.
CREATE TABLE plans (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    first_year  INTEGER NOT NULL CHECK (first_year BETWEEN 1948 AND 2200),
    last_year   INTEGER NOT NULL CHECK (last_year BETWEEN 1948 AND 2200),
    assessment  TEXT NOT NULL DEFAULT '',
    assessed_on TEXT CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE plan_goals (
    id          TEXT PRIMARY KEY NOT NULL,
    plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE plan_objectives (
    id          TEXT PRIMARY KEY NOT NULL,
    goal_id     TEXT NOT NULL REFERENCES plan_goals (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

-- A task of a school year: a quarter or a due date, an owner, a status, and optionally the
-- program, forum or cluster it belongs to. One rolled over from a closed year names its source.
CREATE TABLE plan_tasks (
    id             TEXT PRIMARY KEY NOT NULL,
    objective_id   TEXT NOT NULL REFERENCES plan_objectives (id) ON DELETE CASCADE,
    what           TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner_id       TEXT REFERENCES people (id),
    school_year    INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    quarter        INTEGER CHECK (quarter BETWEEN 1 AND 4),
    due_on         TEXT CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'under_way', 'done', 'dropped')),
    program_id     TEXT REFERENCES programs (id),
    forum_id       TEXT REFERENCES forums (id),
    cluster_id     TEXT REFERENCES clusters (id),
    rolled_from_id TEXT REFERENCES plan_tasks (id),
    position       INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- An outcome indicator of a goal (and of one of its objectives, when named). `source` says
-- whether its actuals are typed or counted, and what from; the columns after it narrow the count.
CREATE TABLE plan_indicators (
    id           TEXT PRIMARY KEY NOT NULL,
    goal_id      TEXT NOT NULL REFERENCES plan_goals (id) ON DELETE CASCADE,
    objective_id TEXT REFERENCES plan_objectives (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    unit         TEXT NOT NULL DEFAULT '',
    baseline     REAL NOT NULL,
    target       REAL NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('increase', 'decrease', 'hold')),
    frequency    TEXT NOT NULL CHECK (frequency IN ('quarterly', 'yearly')),
    split        TEXT NOT NULL DEFAULT 'none' CHECK (split IN ('none', 'cluster', 'settlement')),
    owner_id     TEXT REFERENCES people (id),
    source       TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'meetings_held', 'visits', 'settlements_visited', 'actions_on_time', 'gaps_resolved', 'volunteers_confirmed', 'program_participants')),
    forum_id     TEXT REFERENCES forums (id),
    level        TEXT CHECK (level IN ('ministry', 'district', 'authority', 'school', 'cluster', 'settlement', 'other')),
    cluster_id   TEXT REFERENCES clusters (id),
    program_id   TEXT REFERENCES programs (id),
    days         INTEGER CHECK (days BETWEEN 1 AND 3660),
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

-- An actual typed by a person: for a school year and a quarter (0, the year as a whole), and
-- a cluster or settlement when the indicator is split ('' for the whole). Who typed it, and when.
CREATE TABLE plan_actuals (
    indicator_id TEXT NOT NULL REFERENCES plan_indicators (id) ON DELETE CASCADE,
    school_year  INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
    scope_id     TEXT NOT NULL DEFAULT '',
    value        REAL NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    typed_by_id  TEXT REFERENCES people (id),
    typed_at     TEXT NOT NULL,
    PRIMARY KEY (indicator_id, school_year, quarter, scope_id)
) STRICT;

-- A closed year: when, and by whom.
CREATE TABLE plan_years (
    plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    closed_at   TEXT NOT NULL,
    PRIMARY KEY (plan_id, school_year)
) STRICT;

-- A closed year's figures as they stood when it closed: what the screens and the report read
-- for that year from then on, whatever records change later.
CREATE TABLE plan_figures (
    indicator_id TEXT NOT NULL REFERENCES plan_indicators (id) ON DELETE CASCADE,
    school_year  INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 0 AND 4),
    scope_id     TEXT NOT NULL DEFAULT '',
    value        REAL,
    counted      INTEGER NOT NULL CHECK (counted IN (0, 1)),
    PRIMARY KEY (indicator_id, school_year, quarter, scope_id)
) STRICT;

-- What a goal's year taught: what worked, what did not, cases, and lessons.
CREATE TABLE plan_lessons (
    goal_id     TEXT NOT NULL REFERENCES plan_goals (id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL CHECK (school_year BETWEEN 1948 AND 2200),
    worked      TEXT NOT NULL DEFAULT '',
    did_not     TEXT NOT NULL DEFAULT '',
    cases       TEXT NOT NULL DEFAULT '',
    lessons     TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (goal_id, school_year)
) STRICT;

CREATE INDEX plan_goals_of ON plan_goals (plan_id, position);
CREATE INDEX plan_objectives_of ON plan_objectives (goal_id, position);
CREATE INDEX plan_tasks_of ON plan_tasks (objective_id, school_year, position);
CREATE INDEX plan_tasks_open ON plan_tasks (school_year, due_on) WHERE status IN ('planned', 'under_way');
CREATE INDEX plan_tasks_rolled ON plan_tasks (rolled_from_id);
CREATE INDEX plan_indicators_of ON plan_indicators (goal_id, position);

-- Shared between the department's laptops, as migration 0007's tables are.
-- plans
CREATE TRIGGER plans_sync_insert AFTER INSERT ON plans WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plans', new.id, '', 1),
        ('plans', new.id, 'name', new.name),
        ('plans', new.id, 'first_year', new.first_year),
        ('plans', new.id, 'last_year', new.last_year),
        ('plans', new.id, 'assessment', new.assessment),
        ('plans', new.id, 'assessed_on', new.assessed_on),
        ('plans', new.id, 'created_at', new.created_at),
        ('plans', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER plans_sync_update AFTER UPDATE ON plans WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plans', new.id, col, value FROM (
            SELECT 'name' AS col, new.name AS value WHERE old.name IS NOT new.name
            UNION ALL SELECT 'first_year', new.first_year WHERE old.first_year IS NOT new.first_year
            UNION ALL SELECT 'last_year', new.last_year WHERE old.last_year IS NOT new.last_year
            UNION ALL SELECT 'assessment', new.assessment WHERE old.assessment IS NOT new.assessment
            UNION ALL SELECT 'assessed_on', new.assessed_on WHERE old.assessed_on IS NOT new.assessed_on
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plans_sync_delete AFTER DELETE ON plans WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plans', old.id, '', 0);
END;

-- plan_goals
CREATE TRIGGER plan_goals_sync_insert AFTER INSERT ON plan_goals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_goals', new.id, '', 1),
        ('plan_goals', new.id, 'plan_id', new.plan_id),
        ('plan_goals', new.id, 'name', new.name),
        ('plan_goals', new.id, 'description', new.description),
        ('plan_goals', new.id, 'position', new.position),
        ('plan_goals', new.id, 'created_at', new.created_at),
        ('plan_goals', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER plan_goals_sync_update AFTER UPDATE ON plan_goals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_goals', new.id, col, value FROM (
            SELECT 'plan_id' AS col, new.plan_id AS value WHERE old.plan_id IS NOT new.plan_id
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'description', new.description WHERE old.description IS NOT new.description
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plan_goals_sync_delete AFTER DELETE ON plan_goals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_goals', old.id, '', 0);
END;

-- plan_objectives
CREATE TRIGGER plan_objectives_sync_insert AFTER INSERT ON plan_objectives WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_objectives', new.id, '', 1),
        ('plan_objectives', new.id, 'goal_id', new.goal_id),
        ('plan_objectives', new.id, 'name', new.name),
        ('plan_objectives', new.id, 'description', new.description),
        ('plan_objectives', new.id, 'position', new.position),
        ('plan_objectives', new.id, 'created_at', new.created_at),
        ('plan_objectives', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER plan_objectives_sync_update AFTER UPDATE ON plan_objectives WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_objectives', new.id, col, value FROM (
            SELECT 'goal_id' AS col, new.goal_id AS value WHERE old.goal_id IS NOT new.goal_id
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'description', new.description WHERE old.description IS NOT new.description
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plan_objectives_sync_delete AFTER DELETE ON plan_objectives WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_objectives', old.id, '', 0);
END;

-- plan_tasks
CREATE TRIGGER plan_tasks_sync_insert AFTER INSERT ON plan_tasks WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_tasks', new.id, '', 1),
        ('plan_tasks', new.id, 'objective_id', new.objective_id),
        ('plan_tasks', new.id, 'what', new.what),
        ('plan_tasks', new.id, 'owner_id', new.owner_id),
        ('plan_tasks', new.id, 'school_year', new.school_year),
        ('plan_tasks', new.id, 'quarter', new.quarter),
        ('plan_tasks', new.id, 'due_on', new.due_on),
        ('plan_tasks', new.id, 'status', new.status),
        ('plan_tasks', new.id, 'program_id', new.program_id),
        ('plan_tasks', new.id, 'forum_id', new.forum_id),
        ('plan_tasks', new.id, 'cluster_id', new.cluster_id),
        ('plan_tasks', new.id, 'rolled_from_id', new.rolled_from_id),
        ('plan_tasks', new.id, 'position', new.position),
        ('plan_tasks', new.id, 'created_at', new.created_at),
        ('plan_tasks', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER plan_tasks_sync_update AFTER UPDATE ON plan_tasks WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_tasks', new.id, col, value FROM (
            SELECT 'objective_id' AS col, new.objective_id AS value WHERE old.objective_id IS NOT new.objective_id
            UNION ALL SELECT 'what', new.what WHERE old.what IS NOT new.what
            UNION ALL SELECT 'owner_id', new.owner_id WHERE old.owner_id IS NOT new.owner_id
            UNION ALL SELECT 'school_year', new.school_year WHERE old.school_year IS NOT new.school_year
            UNION ALL SELECT 'quarter', new.quarter WHERE old.quarter IS NOT new.quarter
            UNION ALL SELECT 'due_on', new.due_on WHERE old.due_on IS NOT new.due_on
            UNION ALL SELECT 'status', new.status WHERE old.status IS NOT new.status
            UNION ALL SELECT 'program_id', new.program_id WHERE old.program_id IS NOT new.program_id
            UNION ALL SELECT 'forum_id', new.forum_id WHERE old.forum_id IS NOT new.forum_id
            UNION ALL SELECT 'cluster_id', new.cluster_id WHERE old.cluster_id IS NOT new.cluster_id
            UNION ALL SELECT 'rolled_from_id', new.rolled_from_id WHERE old.rolled_from_id IS NOT new.rolled_from_id
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plan_tasks_sync_delete AFTER DELETE ON plan_tasks WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_tasks', old.id, '', 0);
END;

-- plan_indicators
CREATE TRIGGER plan_indicators_sync_insert AFTER INSERT ON plan_indicators WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_indicators', new.id, '', 1),
        ('plan_indicators', new.id, 'goal_id', new.goal_id),
        ('plan_indicators', new.id, 'objective_id', new.objective_id),
        ('plan_indicators', new.id, 'name', new.name),
        ('plan_indicators', new.id, 'unit', new.unit),
        ('plan_indicators', new.id, 'baseline', new.baseline),
        ('plan_indicators', new.id, 'target', new.target),
        ('plan_indicators', new.id, 'direction', new.direction),
        ('plan_indicators', new.id, 'frequency', new.frequency),
        ('plan_indicators', new.id, 'split', new.split),
        ('plan_indicators', new.id, 'owner_id', new.owner_id),
        ('plan_indicators', new.id, 'source', new.source),
        ('plan_indicators', new.id, 'forum_id', new.forum_id),
        ('plan_indicators', new.id, 'level', new.level),
        ('plan_indicators', new.id, 'cluster_id', new.cluster_id),
        ('plan_indicators', new.id, 'program_id', new.program_id),
        ('plan_indicators', new.id, 'days', new.days),
        ('plan_indicators', new.id, 'position', new.position),
        ('plan_indicators', new.id, 'created_at', new.created_at),
        ('plan_indicators', new.id, 'updated_at', new.updated_at);
END;
CREATE TRIGGER plan_indicators_sync_update AFTER UPDATE ON plan_indicators WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_indicators', new.id, col, value FROM (
            SELECT 'goal_id' AS col, new.goal_id AS value WHERE old.goal_id IS NOT new.goal_id
            UNION ALL SELECT 'objective_id', new.objective_id WHERE old.objective_id IS NOT new.objective_id
            UNION ALL SELECT 'name', new.name WHERE old.name IS NOT new.name
            UNION ALL SELECT 'unit', new.unit WHERE old.unit IS NOT new.unit
            UNION ALL SELECT 'baseline', new.baseline WHERE old.baseline IS NOT new.baseline
            UNION ALL SELECT 'target', new.target WHERE old.target IS NOT new.target
            UNION ALL SELECT 'direction', new.direction WHERE old.direction IS NOT new.direction
            UNION ALL SELECT 'frequency', new.frequency WHERE old.frequency IS NOT new.frequency
            UNION ALL SELECT 'split', new.split WHERE old.split IS NOT new.split
            UNION ALL SELECT 'owner_id', new.owner_id WHERE old.owner_id IS NOT new.owner_id
            UNION ALL SELECT 'source', new.source WHERE old.source IS NOT new.source
            UNION ALL SELECT 'forum_id', new.forum_id WHERE old.forum_id IS NOT new.forum_id
            UNION ALL SELECT 'level', new.level WHERE old.level IS NOT new.level
            UNION ALL SELECT 'cluster_id', new.cluster_id WHERE old.cluster_id IS NOT new.cluster_id
            UNION ALL SELECT 'program_id', new.program_id WHERE old.program_id IS NOT new.program_id
            UNION ALL SELECT 'days', new.days WHERE old.days IS NOT new.days
            UNION ALL SELECT 'position', new.position WHERE old.position IS NOT new.position
            UNION ALL SELECT 'created_at', new.created_at WHERE old.created_at IS NOT new.created_at
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plan_indicators_sync_delete AFTER DELETE ON plan_indicators WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_indicators', old.id, '', 0);
END;

-- plan_actuals
CREATE TRIGGER plan_actuals_sync_insert AFTER INSERT ON plan_actuals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), '', 1),
        ('plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'value', new.value),
        ('plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'note', new.note),
        ('plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'typed_by_id', new.typed_by_id),
        ('plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'typed_at', new.typed_at);
END;
CREATE TRIGGER plan_actuals_sync_update AFTER UPDATE ON plan_actuals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_actuals', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), col, value FROM (
            SELECT 'value' AS col, new.value AS value WHERE old.value IS NOT new.value
            UNION ALL SELECT 'note', new.note WHERE old.note IS NOT new.note
            UNION ALL SELECT 'typed_by_id', new.typed_by_id WHERE old.typed_by_id IS NOT new.typed_by_id
            UNION ALL SELECT 'typed_at', new.typed_at WHERE old.typed_at IS NOT new.typed_at);
END;
CREATE TRIGGER plan_actuals_sync_delete AFTER DELETE ON plan_actuals WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_actuals', json_array(old.indicator_id, old.school_year, old.quarter, old.scope_id), '', 0);
END;

-- plan_years
CREATE TRIGGER plan_years_sync_insert AFTER INSERT ON plan_years WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_years', json_array(new.plan_id, new.school_year), '', 1),
        ('plan_years', json_array(new.plan_id, new.school_year), 'closed_at', new.closed_at);
END;
CREATE TRIGGER plan_years_sync_update AFTER UPDATE ON plan_years WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_years', json_array(new.plan_id, new.school_year), col, value FROM (
            SELECT 'closed_at' AS col, new.closed_at AS value WHERE old.closed_at IS NOT new.closed_at);
END;
CREATE TRIGGER plan_years_sync_delete AFTER DELETE ON plan_years WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_years', json_array(old.plan_id, old.school_year), '', 0);
END;

-- plan_figures
CREATE TRIGGER plan_figures_sync_insert AFTER INSERT ON plan_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_figures', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), '', 1),
        ('plan_figures', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'value', new.value),
        ('plan_figures', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), 'counted', new.counted);
END;
CREATE TRIGGER plan_figures_sync_update AFTER UPDATE ON plan_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_figures', json_array(new.indicator_id, new.school_year, new.quarter, new.scope_id), col, value FROM (
            SELECT 'value' AS col, new.value AS value WHERE old.value IS NOT new.value
            UNION ALL SELECT 'counted', new.counted WHERE old.counted IS NOT new.counted);
END;
CREATE TRIGGER plan_figures_sync_delete AFTER DELETE ON plan_figures WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_figures', json_array(old.indicator_id, old.school_year, old.quarter, old.scope_id), '', 0);
END;

-- plan_lessons
CREATE TRIGGER plan_lessons_sync_insert AFTER INSERT ON plan_lessons WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES
        ('plan_lessons', json_array(new.goal_id, new.school_year), '', 1),
        ('plan_lessons', json_array(new.goal_id, new.school_year), 'worked', new.worked),
        ('plan_lessons', json_array(new.goal_id, new.school_year), 'did_not', new.did_not),
        ('plan_lessons', json_array(new.goal_id, new.school_year), 'cases', new.cases),
        ('plan_lessons', json_array(new.goal_id, new.school_year), 'lessons', new.lessons),
        ('plan_lessons', json_array(new.goal_id, new.school_year), 'updated_at', new.updated_at);
END;
CREATE TRIGGER plan_lessons_sync_update AFTER UPDATE ON plan_lessons WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value)
    SELECT 'plan_lessons', json_array(new.goal_id, new.school_year), col, value FROM (
            SELECT 'worked' AS col, new.worked AS value WHERE old.worked IS NOT new.worked
            UNION ALL SELECT 'did_not', new.did_not WHERE old.did_not IS NOT new.did_not
            UNION ALL SELECT 'cases', new.cases WHERE old.cases IS NOT new.cases
            UNION ALL SELECT 'lessons', new.lessons WHERE old.lessons IS NOT new.lessons
            UNION ALL SELECT 'updated_at', new.updated_at WHERE old.updated_at IS NOT new.updated_at);
END;
CREATE TRIGGER plan_lessons_sync_delete AFTER DELETE ON plan_lessons WHEN (SELECT recording FROM sync_laptop) BEGIN
    INSERT INTO sync_captured (tbl, pk, col, value) VALUES ('plan_lessons', json_array(old.goal_id, old.school_year), '', 0);
END;
