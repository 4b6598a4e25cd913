//! Cadence: how often a forum should meet, as date arithmetic. Every N days or N months, with
//! the month-end and 29 February rules (`Cadence::nth`, `series`); whether a forum is overdue;
//! the school year a date belongs to; and when a meeting's Israeli wall-clock time falls in UTC.

use chrono::{Datelike, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use rusqlite::OptionalExtension;

use crate::{
    error::{Error, Field, Result},
    store::Store,
};

crate::model::text_enum!(
    /// How often a forum should meet. `Weeks` and `Months` take a number (every N ...).
    CadenceKind, Field::Cadence, {
        Weekly = "weekly",
        Biweekly = "biweekly",
        Monthly = "monthly",
        Weeks = "weeks",
        Months = "months",
        None = "none",
    }
);

/// A forum's cadence as one value: every so many days or months, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cadence {
    Days(u32),
    Months(u32),
    None,
}

impl Cadence {
    pub fn new(kind: CadenceKind, n: Option<u32>) -> Result<Cadence> {
        let n = || match n {
            Some(n) if (1..=52).contains(&n) => Ok(n),
            Some(n) => Err(Error::Invalid {
                field: Field::CadenceN,
                value: n.to_string(),
            }),
            None => Err(Error::Required(Field::CadenceN)),
        };
        Ok(match kind {
            CadenceKind::Weekly => Cadence::Days(7),
            CadenceKind::Biweekly => Cadence::Days(14),
            CadenceKind::Monthly => Cadence::Months(1),
            CadenceKind::Weeks => Cadence::Days(7 * n()?),
            CadenceKind::Months => Cadence::Months(n()?),
            CadenceKind::None => Cadence::None,
        })
    }

    /// The `k`-th date of a series that starts on `start`: counted from the start each time,
    /// so a series on the 31st falls on the last day of shorter months and returns to the 31st,
    /// and one on 29 February falls on the 28th in other years.
    pub fn nth(self, start: NaiveDate, k: u32) -> Option<NaiveDate> {
        match self {
            Cadence::Days(d) => {
                start.checked_add_days(chrono::Days::new(u64::from(d) * u64::from(k)))
            }
            Cadence::Months(m) => start.checked_add_months(Months::new(m * k)),
            Cadence::None => (k == 0).then_some(start),
        }
    }

    /// The dates of the series from `start` up to and including `last`.
    pub fn series(self, start: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        (0..)
            .map_while(|k| self.nth(start, k).filter(|d| *d <= last))
            .take(400)
            .collect()
    }

    /// When the next meeting is due, the previous one having been held on `last`.
    pub fn due_after(self, last: NaiveDate) -> Option<NaiveDate> {
        match self {
            Cadence::None => None,
            _ => self.nth(last, 1),
        }
    }
}

/// Whether a forum is overdue on `today`: active, with a cadence, and no meeting held within it
/// since `last_held` (or, never having met, since it was set up on `since`). The number of days
/// past the date the next meeting was due; `None` when not overdue.
pub fn overdue_days(
    cadence: Cadence,
    last_held: Option<NaiveDate>,
    since: NaiveDate,
    today: NaiveDate,
) -> Option<i64> {
    let due = cadence.due_after(last_held.unwrap_or(since))?;
    let days = (today - due).num_days();
    (days > 0).then_some(days)
}

/// The school year a date belongs to, named by the year it opens (1 September).
pub fn school_year(date: NaiveDate) -> i32 {
    if date.month() >= 9 {
        date.year()
    } else {
        date.year() - 1
    }
}

/// The moment a meeting starts, from its date and wall-clock time in Israel. 18:00 stays 18:00
/// across the change to and from summer time; a time that does not exist (the spring-forward
/// hour) is taken an hour later.
pub fn starts_at_utc(date: NaiveDate, time: NaiveTime) -> chrono::DateTime<Utc> {
    let tz = chrono_tz::Asia::Jerusalem;
    let local = date.and_time(time);
    tz.from_local_datetime(&local)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(local + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&local))
}

impl Store {
    /// The cadence of a forum, for planning its meetings.
    pub(crate) fn forum_cadence(&self, id: &str) -> Result<Cadence> {
        let (kind, n): (CadenceKind, Option<u32>) = self
            .connection()
            .query_row(
                "SELECT cadence, cadence_n FROM forums WHERE id = ?1",
                [id],
                |r| Ok((r.get("cadence")?, r.get("cadence_n")?)),
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        Cadence::new(kind, n)
    }
}
