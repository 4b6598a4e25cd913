-- "Who can help" at a district's size (issue #16): indexes only, so the shared schema is
-- unchanged.
-- A place's question starts from who acts there; the whole council's volunteers are read
-- through this one.
CREATE INDEX volunteers_whole_council ON volunteers (person_id) WHERE whole_council AND left_on IS NULL;
-- The whole council's question walks the current volunteers most recently confirmed first and
-- stops at the first ones that match.
CREATE INDEX volunteers_confirmed ON volunteers (confirmed_on) WHERE left_on IS NULL;
-- The few archived people, left out without reading every person.
CREATE INDEX people_archived ON people (id) WHERE archived_at IS NOT NULL;
-- Whether a volunteer found is current, and when their details were confirmed, read from the
-- index alone: a broad question orders a thousand of them by it before reading any name.
CREATE INDEX volunteers_standing ON volunteers (person_id, left_on, confirmed_on);
-- The same for organizations: the whole council's walked by date, and each one's date read from
-- the index.
CREATE INDEX organization_readiness_confirmed ON organization_readiness (confirmed_on);
CREATE INDEX organization_readiness_standing ON organization_readiness (organization_id, confirmed_on);
