//! Reading meetings: a forum's meetings as rows, one meeting with everything recorded in it,
//! and what it carries over from earlier meetings of its forum.

use rusqlite::{OptionalExtension, params};

use super::types::*;
use crate::{
    error::{Error, Result},
    store::{Store, rows},
};

impl Store {
    pub(crate) fn meetings_of(&self, forum_id: &str) -> Result<Vec<MeetingRow>> {
        rows(
            self.connection(),
            "SELECT id, date, start_time, place, online, status, approved_at IS NOT NULL AS approved
               FROM meetings WHERE forum_id = ?1 ORDER BY date, start_time",
            [forum_id],
            MeetingRow::from_row,
        )
    }

    /// What a meeting follows up from earlier meetings of its forum: before approval, the action
    /// items and gaps open now that were raised at meetings dated before it; after, what was
    /// frozen at approval (with today's status).
    pub fn carried(&self, meeting_id: &str) -> Result<Vec<CarriedItem>> {
        /// The meeting whose carried items are asked for.
        struct Held {
            forum_id: String,
            date: String,
            approved: bool,
        }
        crate::store::from_row!(r => Held { forum_id, date, approved });
        let Held { forum_id, date, approved } = self
            .connection()
            .query_row(
                "SELECT forum_id, date, approved_at IS NOT NULL AS approved FROM meetings WHERE id = ?1",
                [meeting_id],
                Held::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let (action_filter, gap_filter) = if approved {
            (
                "a.id IN (SELECT action_item_id FROM carried_over WHERE meeting_id = ?3)",
                "g.id IN (SELECT gap_id FROM carried_over WHERE meeting_id = ?3)",
            )
        } else {
            (
                "m.forum_id = ?1 AND m.date < ?2 AND m.id <> ?3 AND a.status = 'open'",
                "m.forum_id = ?1 AND m.date < ?2 AND m.id <> ?3 AND g.status <> 'resolved'",
            )
        };
        let sql = format!(
            "SELECT 'action' AS kind, a.id, a.what, p.full_name AS owner_name, a.due_date, a.status,
                    m.id AS raised_meeting_id, m.date AS raised_on
               FROM action_items a JOIN meetings m ON m.id = a.meeting_id LEFT JOIN people p ON p.id = a.owner_id
              WHERE {action_filter}
             UNION ALL
             SELECT 'gap', g.id, g.what, p.full_name, NULL, g.status, m.id, m.date
               FROM gaps g JOIN meetings m ON m.id = g.meeting_id LEFT JOIN people p ON p.id = g.owner_id
              WHERE {gap_filter}
             ORDER BY 8, 1"
        );
        rows(
            self.connection(),
            &sql,
            params![forum_id, date, meeting_id],
            CarriedItem::from_row,
        )
    }

    pub fn meeting(&self, id: &str) -> Result<Meeting> {
        let conn = self.connection();
        let mut meeting = conn
            .query_row(
                "SELECT m.id, m.forum_id, f.name AS forum_name, m.date, m.start_time, m.duration_minutes, m.place,
                        m.online, m.status, m.minutes, m.approved_at, m.approved_by
                   FROM meetings m JOIN forums f ON f.id = m.forum_id WHERE m.id = ?1",
                [id],
                Meeting::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        meeting.agenda = rows(
            conn,
            "SELECT id, position, title, presenter, planned_minutes, notes FROM agenda_items
                  WHERE meeting_id = ?1 ORDER BY position, created_at",
            [id],
            AgendaItem::from_row,
        )?;
        // The forum's members, and anyone else whose attendance was recorded.
        meeting.attendance = rows(
            conn,
            "SELECT p.id AS person_id, p.full_name, coalesce(fm.role, '') AS role, a.status
                   FROM people p
                   LEFT JOIN forum_members fm ON fm.person_id = p.id AND fm.forum_id = ?2
                   LEFT JOIN attendance a ON a.person_id = p.id AND a.meeting_id = ?1
                  WHERE p.id IN (SELECT person_id FROM forum_members WHERE forum_id = ?2
                                 UNION SELECT person_id FROM attendance WHERE meeting_id = ?1)
                  ORDER BY p.full_name COLLATE hebrew",
            params![id, meeting.forum_id],
            Attendee::from_row,
        )?;
        meeting.guests = rows(
            conn,
            "SELECT id, name FROM guests WHERE meeting_id = ?1 ORDER BY created_at",
            [id],
            Guest::from_row,
        )?;
        meeting.decisions = rows(
            conn,
            "SELECT id, number, text, agenda_item_id FROM decisions WHERE meeting_id = ?1 ORDER BY number",
            [id],
            Decision::from_row,
        )?;
        meeting.action_items = rows(
            conn,
            "SELECT a.id, a.what, a.owner_id, p.full_name AS owner_name, a.due_date, a.status, a.done_on,
                        a.agenda_item_id
                   FROM action_items a LEFT JOIN people p ON p.id = a.owner_id
                  WHERE a.meeting_id = ?1 ORDER BY a.created_at",
            [id],
            ActionItem::from_row,
        )?;
        meeting.gaps = rows(
            conn,
            "SELECT g.id, g.what, g.raised_by, g.mechanism, g.owner_id, p.full_name AS owner_name, g.status,
                        g.resolved_on
                   FROM gaps g LEFT JOIN people p ON p.id = g.owner_id
                  WHERE g.meeting_id = ?1 ORDER BY g.created_at",
            [id],
            Gap::from_row,
        )?;
        meeting.amendments = rows(
            conn,
            "SELECT id, made_by, made_at, reason, before_text, after_text FROM amendments
                  WHERE meeting_id = ?1 ORDER BY made_at",
            [id],
            Amendment::from_row,
        )?;
        meeting.signer_hint = conn
            .query_row(
                "SELECT name FROM (SELECT * FROM (SELECT approved_by AS name, approved_at AS at FROM meetings
                                                   WHERE approved_by IS NOT NULL ORDER BY approved_at DESC LIMIT 1)
                                   UNION ALL
                                   SELECT * FROM (SELECT made_by, made_at FROM amendments ORDER BY made_at DESC LIMIT 1))
                  ORDER BY at DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        meeting.carried = self.carried(id)?;
        Ok(meeting)
    }
}
