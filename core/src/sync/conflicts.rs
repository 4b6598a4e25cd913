//! Conflicts: two laptops changed the same field without either seeing the other's change.
//!
//! Each change carries the stamp of the value it replaced (`base`). A change that no other
//! change replaced (nor a snapshot said was replaced: `sync_replaced`) is a head of its cell.
//! One head is the usual case: every change since was made knowing the one before. Two heads
//! or more with different values are a conflict: the latest is shown on every laptop, and the
//! others are kept and listed, with who wrote them and when, until someone chooses. The choice
//! is written as one change replacing every head, so it syncs like any change and ends the
//! conflict on every laptop. The list depends only on the changes a laptop holds, so laptops
//! holding the same changes list the same conflicts.

use rusqlite::{OptionalExtension, params, types::Value};
use serde::Serialize;

use super::{describe, tables::SharedTable};
use crate::{
    error::{Error, Result},
    store::{Store, Writer, clock::Stamp},
};

/// The change `c` of `sync_changes` is a head: no change it knows of replaced it, nor did a
/// snapshot say one did. What conflicts list, and what a snapshot keeps.
pub(super) const HEAD: &str = "NOT EXISTS (SELECT 1 FROM sync_changes s
                    WHERE s.tbl = c.tbl AND s.pk = c.pk AND s.col = c.col AND s.base = c.stamp)
    AND NOT EXISTS (SELECT 1 FROM sync_replaced r
                    WHERE r.tbl = c.tbl AND r.pk = c.pk AND r.col = c.col AND r.stamp = c.stamp)";

/// Columns that change with every edit and mean nothing to a person: never a conflict.
const BOOKKEEPING: &[&str] = &["updated_at"];

/// One value of a field in conflict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Version {
    /// The value as text (a number as its digits), or `None` for an empty field.
    pub value: Option<String>,
    /// The laptop that wrote it, by the name it shares under.
    pub laptop: String,
    /// When, UTC, RFC 3339.
    pub at: String,
    pub stamp: String,
    /// The value as the screens show it: a reference by the name of what it points to, a
    /// status by its label, in the user's language.
    pub label: Option<String>,
}

/// A field two laptops changed without seeing each other's change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub table: String,
    pub key: String,
    pub column: String,
    /// What kind of record, which one, and which of its fields, in the user's language.
    pub what: String,
    pub record: String,
    pub field: String,
    /// What every laptop shows now: the latest change.
    pub shown: Version,
    /// The other values, latest first.
    pub others: Vec<Version>,
}

/// A head of a cell: the latest change of it no other change names as its base.
struct Head {
    tbl: String,
    pk: String,
    col: String,
    stamp: String,
    value: Value,
}
crate::store::from_row!(r => Head { tbl, pk, col, stamp, value });

impl Store {
    /// Every field in conflict, in a fixed order, described in the user's words.
    pub fn conflicts(&self) -> Result<Vec<Conflict>> {
        let mut conflicts = self.conflicting_heads()?;
        let (conn, messages) = (self.connection(), self.messages());
        for c in &mut conflicts {
            c.what = messages.get(&describe::record_message(&c.table));
            c.record = describe::record_name(conn, &c.table, &c.key)?.unwrap_or_default();
            c.field = messages.get(&describe::field_message(&c.column));
            for v in std::iter::once(&mut c.shown).chain(c.others.iter_mut()) {
                v.label = match &v.value {
                    Some(value) => Some(describe::value_label(
                        conn, messages, &c.table, &c.column, value,
                    )?),
                    None => None,
                };
            }
        }
        Ok(conflicts)
    }

    /// How many fields are in conflict.
    pub fn conflict_count(&self) -> Result<usize> {
        Ok(self.conflicting_heads()?.len())
    }

    /// Every field in conflict with its versions, not yet put in a person's words.
    fn conflicting_heads(&self) -> Result<Vec<Conflict>> {
        let heads = crate::store::rows(
            self.connection(),
            &format!(
                "SELECT c.tbl, c.pk, c.col, c.stamp, c.value FROM sync_changes c
                  WHERE c.col <> '' AND {HEAD}
                  ORDER BY c.tbl, c.pk, c.col, c.stamp DESC"
            ),
            [],
            Head::from_row,
        )?;
        let names = laptop_names(self)?;
        let mut conflicts: Vec<Conflict> = Vec::new();
        let mut cell: Vec<(String, Value)> = Vec::new();
        let mut at: Option<(String, String, String)> = None;
        let mut flush = |at: &Option<(String, String, String)>, cell: &mut Vec<(String, Value)>| {
            if let Some((table, key, column)) = at
                && let Some((first, rest)) = cell.split_first()
            {
                let others: Vec<Version> = rest
                    .iter()
                    .filter(|(_, v)| *v != first.1)
                    .map(|(stamp, value)| version(stamp, value, &names))
                    .collect();
                if !others.is_empty() && !BOOKKEEPING.contains(&column.as_str()) {
                    conflicts.push(Conflict {
                        table: table.clone(),
                        key: key.clone(),
                        column: column.clone(),
                        what: String::new(),
                        record: String::new(),
                        field: String::new(),
                        shown: version(&first.0, &first.1, &names),
                        others,
                    });
                }
            }
            cell.clear();
        };
        // An approved meeting shows its approved minutes, not the latest edit: that one is the
        // value shown, and a late edit is the other.
        let mut heads = heads;
        let approved: Vec<(String, String)> = heads
            .iter()
            .filter(|h| h.tbl == "meetings" && h.col == "minutes")
            .map(|h| h.pk.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .filter_map(|pk| {
                crate::store::approved_minutes(self.connection(), &pk)
                    .map(|found| found.map(|(stamp, _)| (pk, stamp)))
                    .transpose()
            })
            .collect::<Result<_>>()?;
        heads.sort_by(|a, b| {
            let first = |h: &Head| {
                h.tbl == "meetings"
                    && h.col == "minutes"
                    && approved.iter().any(|(pk, s)| *pk == h.pk && *s == h.stamp)
            };
            (&a.tbl, &a.pk, &a.col)
                .cmp(&(&b.tbl, &b.pk, &b.col))
                .then(first(b).cmp(&first(a)))
                .then(b.stamp.cmp(&a.stamp))
        });
        for Head { tbl, pk, col, stamp, value } in heads {
            let here = Some((tbl, pk, col));
            if here != at {
                flush(&at, &mut cell);
                at = here;
            }
            cell.push((stamp, value));
        }
        flush(&at, &mut cell);
        Ok(conflicts)
    }

    /// End the conflict of a field by choosing `value` (one of its versions, or another): one
    /// change replacing every version, shown and sent like any other.
    pub fn resolve_conflict(
        &mut self,
        table: &str,
        key: &str,
        column: &str,
        value: Option<&str>,
    ) -> Result<()> {
        let conflict = self
            .conflicting_heads()?
            .into_iter()
            .find(|c| c.table == table && c.key == key && c.column == column)
            .ok_or(Error::NotFound)?;
        let heads: Vec<String> = std::iter::once(&conflict.shown)
            .chain(&conflict.others)
            .map(|v| v.stamp.clone())
            .collect();
        self.write(|w| {
            let laptop = crate::store::recording_laptop(w.tx)?.ok_or(Error::NotSharing)?;
            let tables = SharedTable::all(w.tx)?;
            let shared = tables.iter().find(|t| t.name == table).ok_or(Error::NotFound)?;
            // The chosen text as the column holds it: a number stays a number.
            let chosen = match (value, conflict_value_kind(w, table, key, column)?) {
                (None, _) => Value::Null,
                (Some(text), Some(Kind::Integer)) => text.parse().map(Value::Integer).unwrap_or(Value::Text(text.into())),
                (Some(text), Some(Kind::Real)) => text.parse().map(Value::Real).unwrap_or(Value::Text(text.into())),
                (Some(text), _) => Value::Text(text.to_owned()),
            };
            for head in &heads {
                let stamp = crate::store::next_stamp(w.tx, &laptop, crate::store::now_millis())?;
                w.tx.execute(
                    "INSERT INTO sync_changes (stamp, tbl, pk, col, value, base) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![stamp.to_string(), table, key, column, chosen, head],
                )?;
            }
            w.tx.execute("UPDATE sync_laptop SET recording = 0", [])?;
            w.tx.pragma_update(None, "defer_foreign_keys", true)?;
            w.show_row(&tables, shared, key)?;
            w.settle(&tables)?;
            w.tx.execute("UPDATE sync_laptop SET recording = 1", [])?;
            Ok(())
        })
    }
}

enum Kind {
    Integer,
    Real,
}

/// Whether the values of a cell are numbers.
fn conflict_value_kind(
    w: &Writer<'_>,
    table: &str,
    key: &str,
    column: &str,
) -> Result<Option<Kind>> {
    let kind: Option<String> = w
        .tx
        .query_row(
            "SELECT typeof(value) FROM sync_changes WHERE tbl = ?1 AND pk = ?2 AND col = ?3 AND value IS NOT NULL
              ORDER BY stamp DESC LIMIT 1",
            params![table, key, column],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match kind.as_deref() {
        Some("integer") => Some(Kind::Integer),
        Some("real") => Some(Kind::Real),
        _ => None,
    })
}

/// Every laptop's name by its id: this one and the others heard from.
fn laptop_names(store: &Store) -> Result<Vec<(String, String)>> {
    crate::store::rows(
        store.connection(),
        "SELECT id, name FROM sync_laptop UNION ALL SELECT id, name FROM sync_peers",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

fn version(stamp: &str, value: &Value, names: &[(String, String)]) -> Version {
    let parsed = Stamp::parse(stamp);
    let laptop = parsed
        .as_ref()
        .map(|s| s.laptop.clone())
        .unwrap_or_default();
    Version {
        value: match value {
            Value::Null | Value::Blob(_) => None,
            Value::Integer(i) => Some(i.to_string()),
            Value::Real(r) => Some(r.to_string()),
            Value::Text(t) => Some(t.clone()),
        },
        laptop: names
            .iter()
            .find(|(id, _)| *id == laptop)
            .map_or(laptop, |(_, name)| name.clone()),
        at: parsed
            .and_then(|s| chrono::DateTime::from_timestamp_millis(s.millis as i64))
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            .unwrap_or_default(),
        stamp: stamp.to_owned(),
        label: None,
    }
}
