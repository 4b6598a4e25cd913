//! The shared tables as the changes see them: which they are (those migration 0007 gave
//! recording triggers), the columns that make a row's key, and the rest. Read from the schema
//! itself, so the names put into SQL here are the schema's, never a change's.

use rusqlite::{Connection, params_from_iter, types::Value};

use crate::error::Result;

pub(super) struct SharedTable {
    pub name: String,
    /// The columns of the key: `id`, or those a row is told apart by.
    keys: Vec<String>,
    /// Every other column.
    rest: Vec<String>,
}

impl SharedTable {
    /// Every table whose changes are recorded.
    pub fn all(conn: &Connection) -> Result<Vec<SharedTable>> {
        let names = crate::store::rows(
            conn,
            "SELECT tbl_name FROM sqlite_schema WHERE type = 'trigger' AND name = tbl_name || '_sync_insert'
              ORDER BY rowid",
            [],
            |r| r.get::<_, String>(0),
        )?;
        names
            .into_iter()
            .map(|name| {
                let columns = crate::store::rows(
                    conn,
                    "SELECT name, pk FROM pragma_table_info(?1) ORDER BY pk, cid",
                    [&name],
                    |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
                )?;
                let mut keys: Vec<String> = columns
                    .iter()
                    .filter(|(_, pk)| *pk > 0)
                    .map(|(c, _)| c.clone())
                    .collect();
                if keys.is_empty() {
                    // A table without a key (what a meeting carried over) is told apart by all of it.
                    keys = columns.iter().map(|(c, _)| c.clone()).collect();
                }
                let rest = columns
                    .into_iter()
                    .map(|(c, _)| c)
                    .filter(|c| !keys.contains(c))
                    .collect();
                Ok(SharedTable { name, keys, rest })
            })
            .collect()
    }

    /// `changes` oldest first and, within one stamp (a first share is one), in the order of
    /// `tables`, the schema's, where a row's parents come before it: taken in that order, and
    /// cut into files or parts in it, fewer rows wait for a parent still to come.
    pub fn parents_first<C: std::borrow::Borrow<super::Change>>(
        tables: &[SharedTable],
        changes: &mut [C],
    ) {
        let rank = |tbl: &str| tables.iter().position(|t| t.name == tbl);
        changes.sort_by_cached_key(|c| (c.borrow().stamp.clone(), rank(&c.borrow().tbl)));
    }

    /// The columns whose values two laptops may set differently: every one but the key.
    #[cfg(test)]
    pub fn columns_in_conflict(&self) -> impl Iterator<Item = &str> {
        self.rest.iter().map(String::as_str)
    }

    /// A cell a change may name: a column of the table, or `''`, the row itself.
    pub fn has_column(&self, col: &str) -> bool {
        col.is_empty() || self.rest.iter().any(|c| c == col)
    }

    /// The key of a row as the triggers write it: the id, or a JSON array of the key columns.
    fn key_expression(&self) -> String {
        if self.keys == ["id"] {
            "id".to_owned()
        } else {
            format!("json_array({})", self.keys.join(", "))
        }
    }

    /// The row whose key is the first parameter.
    fn key_condition(&self) -> String {
        if self.keys == ["id"] {
            "id = ?1".to_owned()
        } else {
            self.keys
                .iter()
                .enumerate()
                .map(|(i, k)| format!("{k} IS json_extract(?1, '$[{i}]')"))
                .collect::<Vec<_>>()
                .join(" AND ")
        }
    }

    /// Record every row as it stands, as if each were added now: what a laptop has when it
    /// starts to share.
    pub fn capture_all(&self, conn: &Connection) -> Result<()> {
        let key = self.key_expression();
        // The built-in visit purposes are made by every Eshkol alike: nothing to tell.
        let made_here = if self.name == "visit_purposes" {
            "WHERE key IS NULL"
        } else {
            ""
        };
        let mut cells = vec![format!(
            "SELECT '{}', {key}, '', 1 FROM {} {made_here}",
            self.name, self.name
        )];
        for col in &self.rest {
            cells.push(format!(
                "SELECT '{}', {key}, '{col}', {col} FROM {} {made_here}",
                self.name, self.name
            ));
        }
        conn.execute(
            &format!(
                "INSERT INTO sync_captured (tbl, pk, col, value) {}",
                cells.join(" UNION ALL ")
            ),
            [],
        )?;
        Ok(())
    }

    /// The key of the row `rowid`, as the triggers write it.
    pub fn key_of(&self, conn: &Connection, rowid: i64) -> rusqlite::Result<Option<String>> {
        use rusqlite::OptionalExtension;
        conn.query_row(
            &format!(
                "SELECT {} FROM {} WHERE rowid = ?1",
                self.key_expression(),
                self.name
            ),
            [rowid],
            |r| r.get(0),
        )
        .optional()
    }

    /// The keys of the rows of `child` that removing the row `pk` of this table would remove
    /// with it (`ON DELETE CASCADE`). The child refers to the parent's column, not to its key
    /// as the changes write it: a volunteer's key is `["<person>"]`, and their settlements
    /// refer to `<person>`.
    pub fn cascading(
        &self,
        conn: &Connection,
        child: &SharedTable,
        pk: &str,
    ) -> Result<Vec<String>> {
        let links = crate::store::rows(
            conn,
            "SELECT \"from\", \"to\" FROM pragma_foreign_key_list(?1) WHERE \"table\" = ?2 AND on_delete = 'CASCADE'",
            [&child.name, &self.name],
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?)),
        )?;
        let mut keys = Vec::new();
        for (column, parent_column) in links {
            // A reference that names no column is to the parent's primary key.
            let parent_column = parent_column.unwrap_or_else(|| self.keys[0].clone());
            let value: Option<Value> = {
                use rusqlite::OptionalExtension;
                conn.query_row(
                    &format!(
                        "SELECT {parent_column} FROM {} WHERE {}",
                        self.name,
                        self.key_condition()
                    ),
                    [pk],
                    |r| r.get(0),
                )
                .optional()?
            };
            let Some(value) = value else {
                continue;
            };
            keys.extend(crate::store::rows(
                conn,
                &format!(
                    "SELECT {} FROM {} WHERE {column} = ?1",
                    child.key_expression(),
                    child.name
                ),
                [value],
                |r| r.get::<_, String>(0),
            )?);
        }
        Ok(keys)
    }

    /// Remove the row `pk`, if it is here.
    pub fn remove(&self, conn: &Connection, pk: &str) -> rusqlite::Result<()> {
        conn.execute(
            &format!("DELETE FROM {} WHERE {}", self.name, self.key_condition()),
            [pk],
        )?;
        Ok(())
    }

    /// Make the row `pk` hold `cells` (column and value; the row's own cell `''` and unknown
    /// columns are passed over): changed in place if it is here, added if not.
    pub fn upsert(
        &self,
        conn: &Connection,
        pk: &str,
        cells: &[(String, Value)],
    ) -> rusqlite::Result<()> {
        let cells: Vec<&(String, Value)> = cells
            .iter()
            .filter(|(col, _)| self.rest.iter().any(|c| c == col))
            .collect();
        let condition = self.key_condition();
        let here: bool = conn.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE {condition})",
                self.name
            ),
            [pk],
            |r| r.get(0),
        )?;
        let mut values: Vec<Value> = vec![Value::Text(pk.to_owned())];
        values.extend(cells.iter().map(|(_, v)| v.clone()));
        if here {
            if cells.is_empty() {
                return Ok(());
            }
            let set: Vec<String> = cells
                .iter()
                .enumerate()
                .map(|(i, (col, _))| format!("{col} = ?{}", i + 2))
                .collect();
            conn.execute(
                &format!(
                    "UPDATE {} SET {} WHERE {condition}",
                    self.name,
                    set.join(", ")
                ),
                params_from_iter(values),
            )?;
        } else {
            let key_values: Vec<String> = if self.keys == ["id"] {
                vec!["?1".to_owned()]
            } else {
                (0..self.keys.len())
                    .map(|i| format!("json_extract(?1, '$[{i}]')"))
                    .collect()
            };
            let columns: Vec<&str> = self
                .keys
                .iter()
                .map(String::as_str)
                .chain(cells.iter().map(|(c, _)| c.as_str()))
                .collect();
            let placeholders: Vec<String> = key_values
                .into_iter()
                .chain((0..cells.len()).map(|i| format!("?{}", i + 2)))
                .collect();
            conn.execute(
                &format!(
                    "INSERT INTO {} ({}) VALUES ({})",
                    self.name,
                    columns.join(", "),
                    placeholders.join(", ")
                ),
                params_from_iter(values),
            )?;
        }
        Ok(())
    }
}
