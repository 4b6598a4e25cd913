-- Eshkol schema, version 2: partnership forums, their meetings and minutes, action items and
-- gaps. Meeting dates are YYYY-MM-DD and times HH:MM, wall-clock in Asia/Jerusalem (a meeting
-- at 18:00 stays at 18:00 across the change to and from summer time); every *_at is UTC.

CREATE TABLE forums (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    level        TEXT NOT NULL CHECK (level IN ('ministry', 'district', 'authority', 'school', 'cluster', 'settlement', 'other')),
    cadence      TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly', 'weeks', 'months', 'none')),
    cadence_n    INTEGER CHECK (cadence_n BETWEEN 1 AND 52),
    goals        TEXT NOT NULL DEFAULT '',
    member_roles TEXT NOT NULL DEFAULT '',
    chair_id     TEXT REFERENCES people (id),
    template     TEXT CHECK (template IN ('ministry', 'district', 'authority', 'school')),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes        TEXT NOT NULL DEFAULT '',
    archived_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK ((cadence IN ('weeks', 'months')) = (cadence_n IS NOT NULL))
) STRICT;

CREATE TABLE forum_members (
    forum_id  TEXT NOT NULL REFERENCES forums (id),
    person_id TEXT NOT NULL REFERENCES people (id),
    role      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (forum_id, person_id)
) STRICT;

-- The yearly setup before 1 September: which steps are done for which school year.
CREATE TABLE forum_setup (
    forum_id    TEXT NOT NULL REFERENCES forums (id),
    school_year INTEGER NOT NULL,
    step        TEXT NOT NULL CHECK (step IN ('review_needs', 'review_members', 'set_meetings', 'set_mechanisms')),
    done_at     TEXT NOT NULL,
    PRIMARY KEY (forum_id, school_year, step)
) STRICT;

CREATE TABLE meetings (
    id               TEXT PRIMARY KEY NOT NULL,
    forum_id         TEXT NOT NULL REFERENCES forums (id),
    date             TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    start_time       TEXT CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes BETWEEN 5 AND 1440),
    place            TEXT NOT NULL DEFAULT '',
    online           INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    minutes          TEXT NOT NULL DEFAULT '',
    approved_at      TEXT,
    approved_by      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX meetings_by_forum ON meetings (forum_id, date);

CREATE TABLE agenda_items (
    id              TEXT PRIMARY KEY NOT NULL,
    meeting_id      TEXT NOT NULL REFERENCES meetings (id),
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    presenter       TEXT NOT NULL DEFAULT '',
    planned_minutes INTEGER CHECK (planned_minutes BETWEEN 1 AND 600),
    notes           TEXT NOT NULL DEFAULT '',
    -- Carried over from an earlier meeting: the open action item or gap it follows up.
    action_item_id  TEXT REFERENCES action_items (id),
    gap_id          TEXT REFERENCES gaps (id),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_by_meeting ON agenda_items (meeting_id, position);

CREATE TABLE attendance (
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    person_id  TEXT NOT NULL REFERENCES people (id),
    status     TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    PRIMARY KEY (meeting_id, person_id)
) STRICT;

CREATE TABLE guests (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE decisions (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT NOT NULL REFERENCES meetings (id),
    agenda_item_id TEXT REFERENCES agenda_items (id),
    number         INTEGER NOT NULL CHECK (number >= 1),
    text           TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (meeting_id, number)
) STRICT;

CREATE TABLE action_items (
    id             TEXT PRIMARY KEY NOT NULL,
    meeting_id     TEXT REFERENCES meetings (id),
    agenda_item_id TEXT REFERENCES agenda_items (id),
    what           TEXT NOT NULL CHECK (length(trim(what)) > 0),
    owner_id       TEXT REFERENCES people (id),
    due_date       TEXT CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_on        TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX action_items_by_meeting ON action_items (meeting_id);

CREATE TABLE gaps (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    what        TEXT NOT NULL CHECK (length(trim(what)) > 0),
    raised_by   TEXT NOT NULL DEFAULT '',
    mechanism   TEXT NOT NULL DEFAULT '',
    owner_id    TEXT REFERENCES people (id),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_handling', 'resolved')),
    resolved_on TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX gaps_by_meeting ON gaps (meeting_id);

-- Corrections to approved minutes: who, when, why, and the text before and after.
CREATE TABLE amendments (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    made_by     TEXT NOT NULL CHECK (length(trim(made_by)) > 0),
    made_at     TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    before_text TEXT NOT NULL,
    after_text  TEXT NOT NULL
) STRICT;

-- What a meeting followed up from earlier meetings, frozen when its minutes are approved
-- (before that, the open items are read live).
CREATE TABLE carried_over (
    meeting_id     TEXT NOT NULL REFERENCES meetings (id),
    action_item_id TEXT REFERENCES action_items (id),
    gap_id         TEXT REFERENCES gaps (id),
    CHECK ((action_item_id IS NULL) <> (gap_id IS NULL)),
    UNIQUE (meeting_id, action_item_id, gap_id)
) STRICT;
