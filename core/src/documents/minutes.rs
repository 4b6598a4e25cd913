//! The minutes of a meeting as a document to print or save as PDF: forum, date, who was present,
//! absent and excused, what was carried over, the agenda with its discussion and decisions, the
//! action items and gaps as tables, and the amendments. Every text is already in the user's
//! language; the printed page and the PDF only draw it.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{SavedFile, day, file_date};
use crate::{
    error::Result,
    forums::{AttendanceStatus, Meeting},
    store::Store,
};

#[derive(Clone, Debug, Serialize)]
pub struct Line {
    pub label: String,
    pub text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct Table {
    pub heading: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AgendaEntry {
    pub number: u32,
    pub title: String,
    /// Presenter and planned minutes, when given.
    pub details: String,
    pub notes: String,
    pub decisions: Vec<Line>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MinutesDocument {
    pub department: String,
    pub title: String,
    pub forum: String,
    /// Date, time and place, as one line.
    pub when: String,
    /// Approved by whom and when, or "not approved yet".
    pub approval: String,
    pub attendance: Vec<Line>,
    pub carried: Option<Table>,
    pub agenda_heading: String,
    pub agenda: Vec<AgendaEntry>,
    /// Decisions not tied to an agenda item.
    pub other_decisions: Vec<Line>,
    pub other_decisions_heading: String,
    pub minutes_heading: String,
    pub minutes: String,
    pub actions: Option<Table>,
    pub gaps: Option<Table>,
    pub amendments_heading: String,
    pub amendments: Vec<Line>,
    /// "page %P of %N": the page's number and the count put in where they stand.
    pub page_label: String,
}

/// A UTC timestamp as the local date and time Israelis read.
fn moment(utc: &str) -> (String, String) {
    match chrono::DateTime::parse_from_rfc3339(utc) {
        Ok(t) => {
            let local = t.with_timezone(&chrono_tz::Asia::Jerusalem);
            (
                local.format("%d.%m.%Y").to_string(),
                local.format("%H:%M").to_string(),
            )
        }
        Err(_) => (utc.to_owned(), String::new()),
    }
}

impl Store {
    /// A meeting's minutes as an A4 PDF.
    pub fn minutes_pdf(&self, meeting_id: &str, today: NaiveDate) -> Result<Vec<u8>> {
        let minutes = self.minutes_document(meeting_id)?;
        self.render_pdf(
            include_str!("templates/minutes.typ"),
            "minutes",
            &minutes,
            today,
        )
    }

    /// `minutes_pdf` as the file the save dialog offers, named for the meeting's date.
    pub fn minutes_file(&self, meeting_id: &str, today: NaiveDate) -> Result<SavedFile> {
        let date = self.meeting(meeting_id)?.date;
        let messages = self.messages();
        Ok(SavedFile::new(
            self.minutes_pdf(meeting_id, today)?,
            format!("{} {}", messages.get("minutes-title"), file_date(date)),
            "pdf",
            messages.get("minutes-dialog-title"),
        ))
    }

    pub fn minutes_document(&self, meeting_id: &str) -> Result<MinutesDocument> {
        let m: Meeting = self.meeting(meeting_id)?;
        let msg = self.messages();
        let get = |id: &str| msg.get(id);
        let status =
            |prefix: &str, value: &str| msg.get(&format!("{prefix}-{}", value.replace('_', "-")));

        // Hebrew words between the date and the time keep each a run of its own, so they
        // read (and copy out of the PDF) in order.
        let mut when = match &m.start_time {
            Some(time) => msg.format(
                "minutes-when",
                &[
                    ("date", FluentValue::from(day(m.date))),
                    ("time", FluentValue::from(time.as_str())),
                ],
            ),
            None => day(m.date),
        };
        let place = match (m.online, m.place.trim()) {
            (true, "") => get("meeting-online"),
            (true, p) => format!("{}: {p}", get("meeting-online")),
            (false, p) => p.to_owned(),
        };
        if !place.is_empty() {
            when = format!("{when} · {place}");
        }
        let approval = match (&m.approved_at, &m.approved_by) {
            (Some(at), Some(by)) => {
                let (date, time) = moment(at);
                msg.format(
                    "minutes-approved-by",
                    &[
                        ("name", FluentValue::from(by.as_str())),
                        ("date", FluentValue::from(date)),
                        ("time", FluentValue::from(time)),
                    ],
                )
            }
            _ => get("minutes-not-approved"),
        };
        let names = |wanted: AttendanceStatus| {
            m.attendance
                .iter()
                .filter(|a| a.status == Some(wanted))
                .map(|a| a.full_name.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut attendance = vec![
            Line {
                label: get("attendance-present"),
                text: names(AttendanceStatus::Present),
            },
            Line {
                label: get("attendance-absent"),
                text: names(AttendanceStatus::Absent),
            },
            Line {
                label: get("attendance-excused"),
                text: names(AttendanceStatus::Excused),
            },
        ];
        if !m.guests.is_empty() {
            attendance.push(Line {
                label: get("meeting-guests"),
                text: m
                    .guests
                    .iter()
                    .map(|g| g.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        }
        let dash = || "—".to_owned();
        let carried = (!m.carried.is_empty()).then(|| Table {
            heading: get("meeting-carried"),
            headers: vec![
                get("col-what"),
                get("col-owner"),
                get("col-raised-on"),
                get("col-status"),
            ],
            rows: m
                .carried
                .iter()
                .map(|c| {
                    vec![
                        c.what.clone(),
                        c.owner_name.clone().unwrap_or_else(dash),
                        day(c.raised_on),
                        status(
                            if c.kind == "action" {
                                "action-status"
                            } else {
                                "gap-status"
                            },
                            &c.status,
                        ),
                    ]
                })
                .collect(),
        });
        let decision_line = |number: u32, text: &str| Line {
            label: msg.format("minutes-decision", &[("number", FluentValue::from(number))]),
            text: text.to_owned(),
        };
        let agenda = m
            .agenda
            .iter()
            .map(|item| {
                let mut details = Vec::new();
                if !item.presenter.is_empty() {
                    details.push(msg.format(
                        "minutes-presenter",
                        &[("name", FluentValue::from(item.presenter.as_str()))],
                    ));
                }
                if let Some(minutes) = item.planned_minutes {
                    details.push(msg.format(
                        "minutes-planned",
                        &[("minutes", FluentValue::from(minutes))],
                    ));
                }
                AgendaEntry {
                    number: item.position,
                    title: item.title.clone(),
                    details: details.join(" · "),
                    notes: item.notes.clone(),
                    decisions: m
                        .decisions
                        .iter()
                        .filter(|d| d.agenda_item_id.as_deref() == Some(item.id.as_str()))
                        .map(|d| decision_line(d.number, &d.text))
                        .collect(),
                }
            })
            .collect();
        let other_decisions = m
            .decisions
            .iter()
            .filter(|d| {
                d.agenda_item_id
                    .as_ref()
                    .is_none_or(|id| !m.agenda.iter().any(|a| &a.id == id))
            })
            .map(|d| decision_line(d.number, &d.text))
            .collect();
        let actions = (!m.action_items.is_empty()).then(|| Table {
            heading: get("meeting-action-items"),
            headers: vec![
                get("col-what"),
                get("col-owner"),
                get("col-due"),
                get("col-status"),
            ],
            rows: m
                .action_items
                .iter()
                .map(|a| {
                    vec![
                        a.what.clone(),
                        a.owner_name.clone().unwrap_or_else(dash),
                        a.due_date.map(day).unwrap_or_else(dash),
                        status("action-status", a.status.as_str()),
                    ]
                })
                .collect(),
        });
        let gaps = (!m.gaps.is_empty()).then(|| Table {
            heading: get("meeting-gaps"),
            headers: vec![
                get("col-what"),
                get("col-raised-by"),
                get("col-mechanism"),
                get("col-owner"),
                get("col-status"),
            ],
            rows: m
                .gaps
                .iter()
                .map(|g| {
                    vec![
                        g.what.clone(),
                        if g.raised_by.is_empty() {
                            dash()
                        } else {
                            g.raised_by.clone()
                        },
                        if g.mechanism.is_empty() {
                            dash()
                        } else {
                            g.mechanism.clone()
                        },
                        g.owner_name.clone().unwrap_or_else(dash),
                        status("gap-status", g.status.as_str()),
                    ]
                })
                .collect(),
        });
        let amendments = m
            .amendments
            .iter()
            .map(|a| {
                let (date, time) = moment(&a.made_at);
                Line {
                    label: msg.format(
                        "minutes-amendment",
                        &[
                            ("name", FluentValue::from(a.made_by.as_str())),
                            ("date", FluentValue::from(date)),
                            ("time", FluentValue::from(time)),
                        ],
                    ),
                    text: a.reason.clone(),
                }
            })
            .collect();
        Ok(MinutesDocument {
            department: self.department_name()?,
            title: get("minutes-title"),
            forum: m.forum_name.clone(),
            when,
            approval,
            attendance,
            carried,
            agenda_heading: get("meeting-agenda"),
            agenda,
            other_decisions,
            other_decisions_heading: get("meeting-decisions"),
            minutes_heading: get("meeting-minutes"),
            minutes: m.minutes.clone(),
            actions,
            gaps,
            amendments_heading: get("meeting-amendments"),
            amendments,
            page_label: msg.format(
                "sheet-page",
                &[
                    ("page", FluentValue::from("%P")),
                    ("pages", FluentValue::from("%N")),
                ],
            ),
        })
    }
}
