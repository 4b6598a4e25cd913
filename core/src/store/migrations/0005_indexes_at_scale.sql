-- A district's records, or ten years of a department's (BENCHMARKS.md): indexes for what the
-- home screen, the visit lists and a meeting ask for, so none of them reads a whole table.

-- Follow-ups of visits. Few action items come from a visit, so only those are indexed: an
-- index that is mostly NULL looks useless to the planner once statistics are gathered, and it
-- then counted each visit's follow-ups by reading every action item.
DROP INDEX action_items_by_visit;
CREATE INDEX action_items_by_visit ON action_items (visit_id) WHERE visit_id IS NOT NULL;

-- The latest visits, newest first, read in index order and stopped at the limit.
DROP INDEX visits_by_date;
CREATE INDEX visits_by_date ON visits (date, created_at);

-- The home screen: open action items by due date, open gaps, the planned meetings of the week.
CREATE INDEX action_items_open_by_due ON action_items (due_date, created_at) WHERE status = 'open';
CREATE INDEX gaps_open ON gaps (meeting_id, created_at, status) WHERE status <> 'resolved';
CREATE INDEX meetings_planned_by_date ON meetings (date, start_time) WHERE status = 'planned';

-- Who signed last: the approval form's suggestion.
CREATE INDEX meetings_by_approval ON meetings (approved_at) WHERE approved_by IS NOT NULL;
CREATE INDEX amendments_by_time ON amendments (made_at);

-- A meeting's row holds its minutes and fills most of a page, so lists that need only a
-- meeting's forum, date and status (action items, gaps, a forum's last and next meeting) read
-- them from these small indexes instead of from the rows.
CREATE INDEX meetings_brief ON meetings (id, forum_id, date, status);
CREATE INDEX meetings_by_forum_status ON meetings (forum_id, status, date);

-- Search in sensitive notes (on request): only the few visits that have them are read.
CREATE INDEX visits_with_sensitive_notes ON visits (date, id) WHERE sensitive_notes <> '';
