//! A conflict in a person's words: which record (a kind and its name), which field, and each
//! value as the screens show it (a reference by the name of what it points to, a status by its
//! label), in the user's language.

use rusqlite::{Connection, OptionalExtension, params};

use crate::{error::Result, i18n::Messages};

/// The message naming a field of a shared table, for `column`.
pub(super) fn field_message(column: &str) -> String {
    let alias = match column {
        "start_time" => "field-time",
        "duration_minutes" => "field-duration",
        "text" => "field-decision-text",
        "chair_id" => "sync-field-chair",
        "owner_id" => "sync-field-owner",
        "forum_id" => "sync-field-forum",
        "meeting_id" => "sync-field-meeting",
        "agenda_item_id" => "sync-field-agenda-item",
        "action_item_id" => "sync-field-action-item",
        "gap_id" => "sync-field-gap",
        "visit_id" => "sync-field-visit",
        "archived_at" | "created_at" | "updated_at" | "template" | "done_at" | "online"
        | "approved_at" | "approved_by" | "position" | "number" | "done_on" | "resolved_on"
        | "made_at" | "before_text" | "after_text" | "key" => "",
        _ => {
            let base = column.strip_suffix("_id").unwrap_or(column);
            return format!("field-{}", base.replace('_', "-"));
        }
    };
    if alias.is_empty() {
        format!("sync-field-{}", column.replace('_', "-"))
    } else {
        alias.to_owned()
    }
}

/// The message naming what kind of record a row of `table` is.
pub(super) fn record_message(table: &str) -> String {
    format!("sync-record-{}", table.replace('_', "-"))
}

/// The prefix of the messages naming the values of a coded column (`open` → `action-status-open`).
fn value_prefix(table: &str, column: &str) -> Option<&'static str> {
    Some(match (table, column) {
        ("action_items", "status") => "action-status-",
        ("gaps", "status") => "gap-status-",
        ("meetings", "status") => "meeting-status-",
        ("attendance", "status") => "attendance-",
        ("forums", "level") => "level-",
        ("forums", "cadence") => "cadence-",
        ("clusters", "region") => "region-",
        ("organizations", "kind") => "organization-kind-",
        ("settlements", "kind") => "settlement-kind-",
        ("emergency_capabilities", "emergency_cluster") => "emergency-cluster-",
        ("update_rounds", "scope") => "round-scope-",
        ("drill_participants", "subject_kind") => "help-kind-",
        ("distribution_lists", "region") => "region-",
        ("distribution_lists", "emergency_cluster") => "emergency-cluster-",
        ("update_requests", "status") => "round-status-",
        ("update_requests", "subject_kind") => "help-kind-",
        ("organizations", "sector") => "sector-",
        ("programs", "kind") => "program-kind-",
        ("program_partners", "role") => "partner-role-",
        ("program_forums", "role") => "program-forum-role-",
        ("program_moves", "status") => "move-status-",
        ("plan_tasks", "status") => "task-status-",
        ("plan_indicators", "direction") => "direction-",
        ("plan_indicators", "frequency") => "frequency-",
        ("plan_indicators", "split") => "split-",
        ("plan_indicators", "source") => "source-",
        ("plan_indicators", "level") => "level-",
        _ => return None,
    })
}

/// The name a person knows the row `key` of `table` by, where it has one.
pub(super) fn record_name(conn: &Connection, table: &str, key: &str) -> Result<Option<String>> {
    let sql = match table {
        "organizations" | "clusters" | "settlements" | "forums" | "visit_purposes" | "guests"
        | "emergency_capabilities"
        | "update_rounds"
        | "distribution_lists"
        | "drills"
        | "programs"
        | "program_axes"
        | "delegations"
        | "plans"
        | "plan_goals"
        | "plan_objectives"
        | "plan_indicators" => {
            format!("SELECT name FROM {table} WHERE id = ?1")
        }
        "people" => "SELECT full_name FROM people WHERE id = ?1".into(),
        "meetings" => "SELECT f.name || ' · ' || m.date FROM meetings m JOIN forums f ON f.id = m.forum_id
                        WHERE m.id = ?1"
            .into(),
        "visits" => "SELECT s.name || ' · ' || v.date FROM visits v JOIN settlements s ON s.id = v.settlement_id
                      WHERE v.id = ?1"
            .into(),
        "agenda_items" => "SELECT title FROM agenda_items WHERE id = ?1".into(),
        "decisions" => "SELECT text FROM decisions WHERE id = ?1".into(),
        "action_items" | "gaps" | "program_moves" | "plan_tasks" => {
            format!("SELECT what FROM {table} WHERE id = ?1")
        }
        "delegation_stops" => "SELECT place FROM delegation_stops WHERE id = ?1".into(),
        "amendments" => "SELECT reason FROM amendments WHERE id = ?1".into(),
        "trainings" => "SELECT topic FROM trainings WHERE id = ?1".into(),
        _ => return Ok(None),
    };
    Ok(conn
        .query_row(&sql, params![key], |r| r.get::<_, Option<String>>(0))
        .optional()?
        .flatten())
}

/// `value` of `column` in `table` as the screens show it.
pub(super) fn value_label(
    conn: &Connection,
    messages: &Messages,
    table: &str,
    column: &str,
    value: &str,
) -> Result<String> {
    if let Some(prefix) = value_prefix(table, column) {
        let id = format!("{prefix}{}", value.replace('_', "-"));
        if messages.has(&id) {
            return Ok(messages.get(&id));
        }
    }
    // A reference: the name of the record it points to.
    let target: Option<String> = conn
        .query_row(
            "SELECT \"table\" FROM pragma_foreign_key_list(?1) WHERE \"from\" = ?2",
            params![table, column],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(target) = target
        && let Some(name) = record_name(conn, &target, value)?
    {
        return Ok(name);
    }
    Ok(value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{i18n::Locale, store::Store, sync::tables::SharedTable};

    #[test]
    fn every_field_that_can_be_in_conflict_is_named_in_every_language() {
        let store = Store::open_in_memory().unwrap();
        let tables = SharedTable::all(store.connection()).unwrap();
        assert!(tables.len() >= 20);
        for locale in Locale::ALL {
            let messages = Messages::new(locale);
            for table in &tables {
                for column in table.columns_in_conflict() {
                    let id = field_message(column);
                    assert!(
                        messages.has(&id),
                        "{locale:?}: {id} for {}.{column}",
                        table.name
                    );
                    let id = record_message(&table.name);
                    assert!(messages.has(&id), "{locale:?}: {id}");
                }
            }
        }
    }

    /// Files carry `SHARED_SCHEMA`, not the database's version: a laptop reads another's files
    /// as long as the shared tables are the same. When a migration changes a shared table, this
    /// fails: raise `SHARED_SCHEMA` to that migration's number, and write the new fingerprint.
    #[test]
    fn the_shared_schema_is_named_by_its_version() {
        let store = Store::open_in_memory().unwrap();
        let mut shape = String::new();
        for table in SharedTable::all(store.connection()).unwrap() {
            let columns: Vec<String> = crate::store::rows(
                store.connection(),
                "SELECT name || ' ' || type || ' ' || \"notnull\" || ' ' || pk FROM pragma_table_info(?1) ORDER BY cid",
                [&table.name],
                |r| r.get(0),
            )
            .unwrap();
            shape.push_str(&format!("{}({});", table.name, columns.join(",")));
        }
        // FNV-1a, 64 bits: stable across builds and platforms.
        let fingerprint = shape.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        assert_eq!(
            (
                crate::sync::file::SHARED_SCHEMA,
                format!("{fingerprint:016x}")
            ),
            (15, "8045d687a70c4867".to_owned()),
            "{shape}"
        );
    }
}
