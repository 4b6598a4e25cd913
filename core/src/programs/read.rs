//! Reading programs: the list, one program whole (its partners by sector, places, the forums
//! that steer it read through the forums' own `Store::forum` and action items, its moves and
//! figures), the programs of a settlement, a cluster or a forum, and the moves overdue.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::types::*;
use crate::{
    directory::Sector,
    error::{Error, Result},
    forums::{ActionFilter, ActionStatus},
    model::Id,
    store::{Store, rows},
};

/// The sector an organization is counted in: as said, else by its kind.
pub(super) const SECTOR_OF: &str = "coalesce(o.sector, CASE WHEN o.kind IN ('department', 'school', 'district', 'authority') THEN 'public'
                                   WHEN o.kind = 'youth_movement' THEN 'third_sector' END)";

const MOVE_COLUMNS: &str = "m.id, m.program_id, g.name AS program_name, m.what, m.due_on, m.owner_id,
       p.full_name AS owner_name, m.status,
       coalesce(m.status IN ('planned', 'under_way') AND m.due_on < ?2, 0) AS overdue
  FROM program_moves m JOIN programs g ON g.id = m.program_id LEFT JOIN people p ON p.id = m.owner_id";

impl Store {
    /// The programs by name; archived ones too when asked.
    pub fn programs(&self, include_archived: bool) -> Result<Vec<ProgramRow>> {
        rows(
            self.connection(),
            &format!(
                "SELECT g.id, g.name, g.kind, c.full_name AS coordinator_name, g.starts_on, g.ends_on,
                        g.archived_at IS NOT NULL AS archived,
                        coalesce((SELECT group_concat(o.name, ' · ') FROM program_partners pp
                                    JOIN organizations o ON o.id = pp.organization_id
                                   WHERE pp.program_id = g.id), '') AS partners,
                        coalesce((SELECT group_concat(name, ' · ') FROM (
                                    SELECT k.name FROM program_clusters pc JOIN clusters k ON k.id = pc.cluster_id
                                     WHERE pc.program_id = g.id
                                    UNION ALL
                                    SELECT s.name FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
                                     WHERE ps.program_id = g.id)), '') AS places,
                        (SELECT count(DISTINCT {SECTOR_OF}) FROM program_partners pp
                           JOIN organizations o ON o.id = pp.organization_id WHERE pp.program_id = g.id) AS sectors
                   FROM programs g LEFT JOIN people c ON c.id = g.coordinator_id
                  WHERE ?1 OR g.archived_at IS NULL
                  ORDER BY g.archived_at IS NOT NULL, g.name COLLATE hebrew, g.id"
            ),
            [include_archived],
            ProgramRow::from_row,
        )
    }

    /// A program, whole, as of `today` (for what is overdue).
    pub fn program(&self, id: &str, today: NaiveDate) -> Result<Program> {
        let conn = self.connection();
        /// The program itself, before what it is linked to.
        struct Head {
            name: String,
            kind: ProgramKind,
            goal: String,
            coordinator_id: Option<Id>,
            coordinator_name: Option<String>,
            starts_on: Option<NaiveDate>,
            ends_on: Option<NaiveDate>,
            notes: String,
            archived: bool,
        }
        crate::store::from_row!(r => Head {
            name, kind, goal, coordinator_id, coordinator_name, starts_on, ends_on, notes, archived
        });
        let head = conn
            .query_row(
                "SELECT g.name AS name, g.kind AS kind, g.goal AS goal, g.coordinator_id AS coordinator_id,
                        c.full_name AS coordinator_name, g.starts_on AS starts_on, g.ends_on AS ends_on,
                        g.notes AS notes, g.archived_at IS NOT NULL AS archived
                   FROM programs g LEFT JOIN people c ON c.id = g.coordinator_id WHERE g.id = ?1",
                [id],
                Head::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let axes = rows(
            conn,
            "SELECT id, name, description FROM program_axes WHERE program_id = ?1 ORDER BY position, id",
            [id],
            Axis::from_row,
        )?;
        let partners: Vec<Partner> = rows(
            conn,
            &format!(
                "SELECT o.id AS organization_id, o.name, pp.role, {SECTOR_OF} AS sector
                   FROM program_partners pp JOIN organizations o ON o.id = pp.organization_id
                  WHERE pp.program_id = ?1
                  ORDER BY CASE pp.role WHEN 'lead' THEN 0 ELSE 1 END, o.name COLLATE hebrew"
            ),
            [id],
            Partner::from_row,
        )?;
        let sectors: Vec<Sector> = Sector::ALL
            .iter()
            .copied()
            .filter(|s| partners.iter().any(|p| p.sector == Some(*s)))
            .collect();
        let missing_sectors = Sector::ALL
            .iter()
            .copied()
            .filter(|s| !sectors.contains(s))
            .collect();
        let named = |sql: &str| rows(conn, sql, [id], Named::from_row);
        let clusters = named(
            "SELECT k.id, k.name FROM program_clusters pc JOIN clusters k ON k.id = pc.cluster_id
              WHERE pc.program_id = ?1 ORDER BY k.name COLLATE hebrew",
        )?;
        let settlements = named(
            "SELECT s.id, s.name FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
              WHERE ps.program_id = ?1 ORDER BY s.name COLLATE hebrew",
        )?;
        let schools = named(
            "SELECT o.id, o.name FROM program_schools ps JOIN organizations o ON o.id = ps.organization_id
              WHERE ps.program_id = ?1 ORDER BY o.name COLLATE hebrew",
        )?;
        let forums: Vec<(Id, SteeringRole)> = rows(
            conn,
            "SELECT forum_id, role FROM program_forums WHERE program_id = ?1 ORDER BY role DESC, forum_id",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let mut steering = Vec::new();
        for (forum_id, role) in forums {
            steering.push(self.steering(&forum_id, role, today)?);
        }
        let moves = rows(
            conn,
            &format!("SELECT {MOVE_COLUMNS} WHERE m.program_id = ?1 ORDER BY m.position, m.id"),
            params![id, today],
            Move::from_row,
        )?;
        let figures = rows(
            conn,
            "SELECT f.school_year, f.settlement_id, s.name AS settlement_name, f.age_band, f.target, f.took_part,
                    f.continued, f.completed
               FROM program_figures f JOIN settlements s ON s.id = f.settlement_id
              WHERE f.program_id = ?1
              ORDER BY f.school_year DESC, s.name COLLATE hebrew,
                       CASE f.age_band WHEN 'early_childhood' THEN 0 WHEN 'elementary' THEN 1 WHEN 'middle' THEN 2
                                       WHEN 'high' THEN 3 ELSE 4 END",
            [id],
            Figures::from_row,
        )?;
        let years = rows(
            conn,
            "SELECT school_year, sum(target) AS target, sum(took_part) AS took_part,
                    sum(continued) AS continued, sum(completed) AS completed
               FROM program_figures WHERE program_id = ?1 GROUP BY school_year ORDER BY school_year",
            [id],
            YearTotals::from_row,
        )?;
        let Head {
            name,
            kind,
            goal,
            coordinator_id,
            coordinator_name,
            starts_on,
            ends_on,
            notes,
            archived,
        } = head;
        Ok(Program {
            id: id.to_owned(),
            name,
            kind,
            goal,
            axes,
            coordinator_id,
            coordinator_name,
            starts_on,
            ends_on,
            notes,
            archived,
            partners,
            sectors,
            missing_sectors,
            clusters,
            settlements,
            schools,
            steering,
            moves,
            figures,
            years,
        })
    }

    /// A forum that steers a program, through the forums' own reads.
    fn steering(&self, forum_id: &str, role: SteeringRole, today: NaiveDate) -> Result<Steering> {
        let conn = self.connection();
        let forum = self.forum(forum_id, today)?;
        let recent_meetings = rows(
            conn,
            "SELECT id, date FROM meetings WHERE forum_id = ?1 AND status = 'held' AND date <= ?2
              ORDER BY date DESC, id DESC LIMIT 3",
            params![forum_id, today],
            RecentMeeting::from_row,
        )?;
        let decisions = match recent_meetings.first() {
            Some(latest) => rows(
                conn,
                "SELECT text FROM decisions WHERE meeting_id = ?1 ORDER BY number, id",
                [&latest.id],
                |r| r.get(0),
            )?,
            None => Vec::new(),
        };
        let open_actions = self.action_items(
            &ActionFilter {
                forum_id: Some(forum_id.to_owned()),
                status: Some(ActionStatus::Open),
                ..Default::default()
            },
            today,
        )?;
        let open_gaps = rows(
            conn,
            "SELECT g.id, g.what, p.full_name AS owner_name, m.date AS meeting_date
               FROM gaps g JOIN meetings m ON m.id = g.meeting_id LEFT JOIN people p ON p.id = g.owner_id
              WHERE m.forum_id = ?1 AND g.status = 'open'
              ORDER BY m.date, g.id",
            [forum_id],
            OpenGap::from_row,
        )?;
        Ok(Steering {
            forum_id: forum_id.to_owned(),
            name: forum.name,
            role,
            status: forum.status,
            recent_meetings,
            decisions,
            open_actions,
            open_gaps,
        })
    }

    /// The programs a forum steers.
    pub fn programs_of_forum(&self, forum_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind, '' AS settlements
               FROM program_forums pf JOIN programs g ON g.id = pf.program_id
              WHERE pf.forum_id = ?1 AND g.archived_at IS NULL
              ORDER BY g.name COLLATE hebrew",
            [forum_id],
            ProgramHere::from_row,
        )
    }

    /// The programs that run in a settlement: there, or across its cluster.
    pub fn programs_in_settlement(&self, settlement_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind, '' AS settlements FROM programs g
              WHERE g.archived_at IS NULL
                AND (g.id IN (SELECT program_id FROM program_settlements WHERE settlement_id = ?1)
                     OR g.id IN (SELECT pc.program_id FROM program_clusters pc JOIN settlements s ON s.cluster_id = pc.cluster_id
                                  WHERE s.id = ?1)
                     OR g.id IN (SELECT pf.program_id FROM program_figures pf WHERE pf.settlement_id = ?1))
              ORDER BY g.name COLLATE hebrew",
            [settlement_id],
            ProgramHere::from_row,
        )
    }

    /// The programs that run in a cluster, with the settlements of it they run in.
    pub fn programs_in_cluster(&self, cluster_id: &str) -> Result<Vec<ProgramHere>> {
        rows(
            self.connection(),
            "SELECT g.id, g.name, g.kind,
                    coalesce((SELECT group_concat(s.name, ' · ') FROM program_settlements ps
                                JOIN settlements s ON s.id = ps.settlement_id
                               WHERE ps.program_id = g.id AND s.cluster_id = ?1), '') AS settlements
               FROM programs g
              WHERE g.archived_at IS NULL
                AND (g.id IN (SELECT program_id FROM program_clusters WHERE cluster_id = ?1)
                     OR g.id IN (SELECT ps.program_id FROM program_settlements ps JOIN settlements s ON s.id = ps.settlement_id
                                  WHERE s.cluster_id = ?1))
              ORDER BY g.name COLLATE hebrew",
            [cluster_id],
            ProgramHere::from_row,
        )
    }

    /// Moves planned or under way whose date has passed, the longest overdue first.
    pub fn overdue_moves(&self, today: NaiveDate) -> Result<Vec<Move>> {
        rows(
            self.connection(),
            &format!(
                "SELECT {MOVE_COLUMNS}
                  WHERE m.status IN ('planned', 'under_way') AND m.due_on < ?2 AND g.archived_at IS NULL AND ?1 IS NULL
                  ORDER BY m.due_on, m.id"
            ),
            params![Option::<String>::None, today],
            Move::from_row,
        )
    }
}
