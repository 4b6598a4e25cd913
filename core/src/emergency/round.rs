//! The yearly update round: the manager starts one ("עדכון שנתי 2027") for the volunteers, the
//! organizations or both; each is asked to confirm or correct their details, and the round
//! keeps where each request stands: prepared (not yet sent), sent, answered, changed, no
//! answer, left. A request is sent once its email, form or workbook was made, or it was marked
//! sent (`request_sent`). Changes a
//! person sends back are applied only as the manager accepts them, line by line
//! (`apply_round_changes`); closing the round marks who never answered and gives its report.
//!
//! The files of a round (the personal workbook, the email draft) are `documents::round`'s; the
//! details they show are `round_details` here, so the form, the workbook and the comparison
//! show the same lines.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Reach, ReadinessInput, VolunteerInput};
use crate::{
    directory::{PersonInput, phone},
    error::{Error, Field, Result},
    model::{Id, new_id, required, text_enum},
    store::{Store, Writer, from_row, now, one_row, rows},
};

text_enum!(
    /// Who a round asks.
    RoundScope, Field::Kind, { Volunteers = "volunteers", Organizations = "organizations", Both = "both" }
);

text_enum!(
    /// Where one request of a round stands.
    RequestStatus, Field::Status, {
        Prepared = "prepared",
        Sent = "sent",
        Answered = "answered",
        Changed = "changed",
        NoAnswer = "no_answer",
        Left = "left",
    }
);

text_enum!(
    /// Whom a request asks: a volunteer or an organization.
    SubjectKind, Field::Kind, { Volunteer = "volunteer", Organization = "organization" }
);

text_enum!(
    /// A line of the details a request shows, and that an answer may change.
    DetailKey, Field::Kind, {
        FullName = "full_name",
        Mobile = "mobile",
        Email = "email",
        HomeSettlement = "home_settlement",
        Settlements = "settlements",
        Capabilities = "capabilities",
        Availability = "availability",
        AvailableFrom = "available_from",
        AvailableUntil = "available_until",
        ScopeCount = "scope_count",
        ScopeUnit = "scope_unit",
        MainProgram = "main_program",
        OtherPrograms = "other_programs",
        RemoteLearning = "remote_learning",
    }
);

impl DetailKey {
    /// The message naming the line.
    pub fn message_id(self) -> &'static str {
        match self {
            DetailKey::FullName => "field-full-name",
            DetailKey::Mobile => "field-mobile",
            DetailKey::Email => "field-email",
            DetailKey::HomeSettlement => "field-home-settlement",
            DetailKey::Settlements => "volunteer-reach",
            DetailKey::Capabilities => "field-capability",
            DetailKey::Availability => "field-availability",
            DetailKey::AvailableFrom => "field-available-from",
            DetailKey::AvailableUntil => "field-available-until",
            DetailKey::ScopeCount => "field-scope-count",
            DetailKey::ScopeUnit => "field-scope-unit",
            DetailKey::MainProgram => "field-main-program",
            DetailKey::OtherPrograms => "field-other-programs",
            DetailKey::RemoteLearning => "field-remote-learning",
        }
    }
}

/// Between names in a line that lists several (settlements, capabilities).
pub const LIST_SEPARATOR: &str = ", ";

/// One line of a subject's details as a request shows it.
#[derive(Clone, Debug, Serialize)]
pub struct DetailLine {
    pub key: DetailKey,
    pub label: String,
    pub value: String,
}

/// Whom a request asks, and their details as they stand.
#[derive(Clone, Debug, Serialize)]
pub struct RoundSubject {
    pub round_id: Id,
    pub round_name: String,
    pub kind: SubjectKind,
    pub id: Id,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub status: RequestStatus,
    pub lines: Vec<DetailLine>,
}

/// A round in the list, with its requests counted by status.
#[derive(Clone, Debug, Serialize)]
pub struct RoundRow {
    pub id: Id,
    pub name: String,
    pub scope: RoundScope,
    pub started_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub prepared: u32,
    pub sent: u32,
    pub answered: u32,
    pub changed: u32,
    pub no_answer: u32,
    pub left: u32,
}

from_row!(r => RoundRow { id, name, scope, started_on, closed_on, prepared, sent, answered, changed, no_answer, left });

/// One request of a round.
#[derive(Clone, Debug, Serialize)]
pub struct RequestRow {
    pub subject_id: Id,
    pub kind: SubjectKind,
    pub name: String,
    /// As Israelis write it.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub status: RequestStatus,
    pub status_on: NaiveDate,
}

from_row!(r => RequestRow { subject_id, kind, name, phone, email, status, status_on });

/// What starting a round asks.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct RoundInput {
    pub name: String,
    pub scope: String,
}

/// A change an answer proposes, accepted by the manager.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq)]
pub struct ProposedChange {
    pub key: DetailKey,
    pub value: String,
}

/// The names of `ids` in `table`, in the order given.
fn names_of(store: &Store, table: &str, ids: &[Id]) -> Result<Vec<String>> {
    ids.iter()
        .map(|id| {
            Ok(store.connection().query_row(
                &format!("SELECT name FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )?)
        })
        .collect()
}

/// The ids of the names listed in `text` (separated by commas or `·`): each must name one live
/// record of `table`, else the line is refused with `field`.
fn ids_of(w: &Writer<'_>, table: &str, field: Field, text: &str) -> Result<Vec<Id>> {
    let condition = if table == "emergency_capabilities" {
        "merged_into IS NULL"
    } else {
        "archived_at IS NULL"
    };
    text.split([',', '·', '\n'])
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(|name| {
            w.tx.query_row(
                &format!(
                    "SELECT id FROM {table} WHERE name = ?1 AND {condition} ORDER BY id LIMIT 1"
                ),
                [name],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::Invalid {
                field,
                value: name.chars().take(40).collect(),
            })
        })
        .collect()
}

impl Writer<'_> {
    pub(crate) fn start_round(&self, input: &RoundInput, today: NaiveDate) -> Result<Id> {
        let name = required(Field::Name, &input.name)?;
        let scope = RoundScope::parse(input.scope.trim())?;
        let id = new_id();
        let now = now();
        self.tx.execute(
            "INSERT INTO update_rounds (id, name, scope, started_on, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![id, name, scope, today, now],
        )?;
        if scope != RoundScope::Organizations {
            self.tx.execute(
                "INSERT INTO update_requests (round_id, subject_id, subject_kind, status, status_on)
                 SELECT ?1, v.person_id, 'volunteer', 'prepared', ?2 FROM volunteers v JOIN people p ON p.id = v.person_id
                  WHERE v.left_on IS NULL AND p.archived_at IS NULL",
                params![id, today],
            )?;
        }
        if scope != RoundScope::Volunteers {
            self.tx.execute(
                "INSERT INTO update_requests (round_id, subject_id, subject_kind, status, status_on)
                 SELECT ?1, r.organization_id, 'organization', 'prepared', ?2 FROM organization_readiness r
                   JOIN organizations o ON o.id = r.organization_id WHERE o.archived_at IS NULL",
                params![id, today],
            )?;
        }
        Ok(id)
    }

    fn request_kind(&self, round: &str, subject: &str) -> Result<SubjectKind> {
        self.tx
            .query_row(
                "SELECT subject_kind FROM update_requests WHERE round_id = ?1 AND subject_id = ?2",
                [round, subject],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(Error::NotFound)
    }

    /// Set where a request stands. Answered or changed confirms the subject's details today;
    /// left takes a volunteer out of the lists, as "no longer volunteering" does.
    pub(crate) fn set_request_status(
        &self,
        round: &str,
        subject: &str,
        status: RequestStatus,
        today: NaiveDate,
    ) -> Result<()> {
        let kind = self.request_kind(round, subject)?;
        one_row(self.tx.execute(
            "UPDATE update_requests SET status = ?3, status_on = ?4 WHERE round_id = ?1 AND subject_id = ?2",
            params![round, subject, status, today],
        )?)?;
        let table = match kind {
            SubjectKind::Volunteer => {
                "volunteers SET confirmed_on = ?2, updated_at = ?3 WHERE person_id = ?1"
            }
            SubjectKind::Organization => {
                "organization_readiness SET confirmed_on = ?2, updated_at = ?3 WHERE organization_id = ?1"
            }
        };
        match status {
            RequestStatus::Answered | RequestStatus::Changed => {
                self.tx
                    .execute(&format!("UPDATE {table}"), params![subject, today, now()])?;
            }
            RequestStatus::Left if kind == SubjectKind::Volunteer => {
                let round_name: String = self.tx.query_row(
                    "SELECT name FROM update_rounds WHERE id = ?1",
                    [round],
                    |r| r.get(0),
                )?;
                self.set_volunteer_left(subject, Some(&round_name))?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Close a round: whoever was sent a request and has not answered is "no answer"; a
    /// request never sent stays "prepared", as it was.
    pub(crate) fn close_round(&self, round: &str, today: NaiveDate) -> Result<()> {
        one_row(self.tx.execute(
            "UPDATE update_rounds SET closed_on = ?2, updated_at = ?3 WHERE id = ?1 AND closed_on IS NULL",
            params![round, today, now()],
        )?)?;
        self.tx.execute(
            "UPDATE update_requests SET status = 'no_answer', status_on = ?2 WHERE round_id = ?1 AND status = 'sent'",
            params![round, today],
        )?;
        Ok(())
    }

    /// A request's email, form or workbook was made: it is sent, unless it already went further.
    pub(crate) fn request_sent(&self, round: &str, subject: &str, today: NaiveDate) -> Result<()> {
        self.request_kind(round, subject)?;
        self.tx.execute(
            "UPDATE update_requests SET status = 'sent', status_on = ?3
              WHERE round_id = ?1 AND subject_id = ?2 AND status = 'prepared'",
            params![round, subject, today],
        )?;
        Ok(())
    }
}

impl Store {
    /// Start a round: a request for every volunteer still volunteering and/or every
    /// organization with emergency capabilities, each "prepared".
    pub fn start_round(&mut self, input: &RoundInput, today: NaiveDate) -> Result<Id> {
        self.write(|w| w.start_round(input, today))
    }

    pub fn set_request_status(
        &mut self,
        round: &str,
        subject: &str,
        status: RequestStatus,
        today: NaiveDate,
    ) -> Result<()> {
        self.write(|w| w.set_request_status(round, subject, status, today))
    }

    /// A request's email, form or workbook was made (or saved, or printed): "sent", if it was
    /// only prepared; an answer already in is kept.
    pub fn request_sent(&mut self, round: &str, subject: &str, today: NaiveDate) -> Result<()> {
        self.write(|w| w.request_sent(round, subject, today))
    }

    pub fn close_round(&mut self, round: &str, today: NaiveDate) -> Result<RoundRow> {
        self.write(|w| w.close_round(round, today))?;
        self.round(round)
    }

    /// The rounds, open ones first, newest first.
    pub fn rounds(&self) -> Result<Vec<RoundRow>> {
        rows(
            self.connection(),
            &ROUNDS.replace("WHERE_ROUND", "1"),
            [],
            RoundRow::from_row,
        )
    }

    pub fn round(&self, id: &str) -> Result<RoundRow> {
        rows(
            self.connection(),
            &ROUNDS.replace("WHERE_ROUND", "r.id = ?1"),
            [id],
            RoundRow::from_row,
        )?
        .pop()
        .ok_or(Error::NotFound)
    }

    /// A round's requests, by name; `only` keeps those of one status.
    pub fn round_requests(
        &self,
        round: &str,
        only: Option<RequestStatus>,
    ) -> Result<Vec<RequestRow>> {
        self.round(round)?;
        rows(
            self.connection(),
            "SELECT q.subject_id, q.subject_kind AS kind, q.status, q.status_on,
                    coalesce(p.full_name, o.name) AS name,
                    coalesce(p.mobile, p.office_phone, c.mobile, c.office_phone) AS phone,
                    coalesce(p.email, c.email) AS email
               FROM update_requests q
               LEFT JOIN people p ON q.subject_kind = 'volunteer' AND p.id = q.subject_id
               LEFT JOIN organizations o ON q.subject_kind = 'organization' AND o.id = q.subject_id
               LEFT JOIN organization_readiness r ON r.organization_id = o.id
               LEFT JOIN people c ON c.id = r.contact_id
              WHERE q.round_id = ?1 AND (?2 IS NULL OR q.status = ?2)
              ORDER BY coalesce(p.full_name, o.name) COLLATE hebrew",
            params![round, only],
            |r| {
                let mut row = RequestRow::from_row(r)?;
                row.phone = row.phone.map(|p| phone::display(&p));
                Ok(row)
            },
        )
    }

    /// Whom a request asks and their details as they stand now: what the email, the printed
    /// form and the workbook show, and what an answer is compared with.
    pub fn round_subject(&self, round: &str, subject: &str) -> Result<RoundSubject> {
        /// The request and the round it is of.
        struct Asked {
            round_name: String,
            kind: SubjectKind,
            status: RequestStatus,
        }
        from_row!(r => Asked { round_name, kind, status });
        let Asked { round_name, kind, status } = self
            .connection()
            .query_row(
                "SELECT r.name AS round_name, q.subject_kind AS kind, q.status AS status
                   FROM update_requests q JOIN update_rounds r ON r.id = q.round_id
                  WHERE q.round_id = ?1 AND q.subject_id = ?2",
                [round, subject],
                Asked::from_row,
            )
            .optional()?
            .ok_or(Error::NotFound)?;
        let msg = self.messages();
        let line = |key: DetailKey, value: String| DetailLine {
            key,
            label: msg.get(key.message_id()),
            value,
        };
        let (name, email, phone, lines) = match kind {
            SubjectKind::Volunteer => {
                let v = self.volunteer(subject)?;
                let person = self.person(subject)?;
                let home = names_of(
                    self,
                    "settlements",
                    &v.home_settlement_id.iter().cloned().collect::<Vec<_>>(),
                )?;
                let mut places = names_of(self, "settlements", &v.reach.settlements)?;
                places.extend(names_of(self, "clusters", &v.reach.clusters)?);
                if v.reach.whole_council {
                    places.insert(0, msg.get("field-whole-council"));
                }
                let lines = vec![
                    line(DetailKey::FullName, person.full_name.clone()),
                    line(DetailKey::Mobile, person.mobile.clone()),
                    line(DetailKey::Email, person.email.clone()),
                    line(DetailKey::HomeSettlement, home.join(LIST_SEPARATOR)),
                    line(DetailKey::Settlements, places.join(LIST_SEPARATOR)),
                    line(
                        DetailKey::Capabilities,
                        names_of(self, "emergency_capabilities", &v.capabilities)?
                            .join(LIST_SEPARATOR),
                    ),
                    line(DetailKey::Availability, v.availability.clone()),
                    line(
                        DetailKey::AvailableFrom,
                        v.available_from.clone().unwrap_or_default(),
                    ),
                    line(
                        DetailKey::AvailableUntil,
                        v.available_until.clone().unwrap_or_default(),
                    ),
                ];
                let phone = [&person.mobile, &person.office_phone]
                    .into_iter()
                    .find(|p| !p.is_empty())
                    .cloned();
                (
                    person.full_name,
                    (!person.email.is_empty()).then_some(person.email),
                    phone,
                    lines,
                )
            }
            SubjectKind::Organization => {
                let r = self
                    .organization_readiness(subject)?
                    .ok_or(Error::NotFound)?;
                let name: String = self.connection().query_row(
                    "SELECT name FROM organizations WHERE id = ?1",
                    [subject],
                    |row| row.get(0),
                )?;
                let contact = r
                    .contact_id
                    .as_deref()
                    .map(|c| self.person(c))
                    .transpose()?;
                let lines = vec![
                    line(
                        DetailKey::ScopeCount,
                        r.scope_count.map(|n| n.to_string()).unwrap_or_default(),
                    ),
                    line(DetailKey::ScopeUnit, r.scope_unit.clone()),
                    line(DetailKey::MainProgram, r.main_program.clone()),
                    line(DetailKey::OtherPrograms, r.other_programs.clone()),
                    line(
                        DetailKey::Capabilities,
                        names_of(self, "emergency_capabilities", &r.capabilities)?
                            .join(LIST_SEPARATOR),
                    ),
                    line(DetailKey::RemoteLearning, r.remote_learning.clone()),
                ];
                let email = contact
                    .as_ref()
                    .map(|c| c.email.clone())
                    .filter(|e| !e.is_empty());
                let phone = contact.as_ref().and_then(|c| {
                    [&c.mobile, &c.office_phone]
                        .into_iter()
                        .find(|p| !p.is_empty())
                        .cloned()
                });
                (name, email, phone, lines)
            }
        };
        Ok(RoundSubject {
            round_id: round.to_owned(),
            round_name,
            kind,
            id: subject.to_owned(),
            name,
            email,
            phone,
            status,
            lines,
        })
    }

    /// Apply the changes the manager accepted from an answer, through the same checks as the
    /// forms, in one transaction; the request becomes "changed" (or "answered" when she accepted
    /// none) and the details confirmed today. A change that does not read is refused whole.
    pub fn apply_round_changes(
        &mut self,
        round: &str,
        subject: &str,
        changes: &[ProposedChange],
        today: NaiveDate,
    ) -> Result<()> {
        let current = self.round_subject(round, subject)?;
        let value = |key: DetailKey| {
            changes
                .iter()
                .rev()
                .find(|c| c.key == key)
                .map(|c| c.value.trim().to_owned())
        };
        match current.kind {
            SubjectKind::Volunteer => {
                let v = self.volunteer(subject)?;
                let p = self.person(subject)?;
                let person_changed = [DetailKey::FullName, DetailKey::Mobile, DetailKey::Email]
                    .into_iter()
                    .any(|k| value(k).is_some());
                let person = PersonInput {
                    full_name: value(DetailKey::FullName).unwrap_or(p.full_name),
                    role_title: p.role_title,
                    organization_id: p.organization_id,
                    cluster_id: p.cluster_id,
                    settlement_id: p.settlement_id,
                    office_phone: p.office_phone,
                    mobile: value(DetailKey::Mobile).unwrap_or(p.mobile),
                    email: value(DetailKey::Email).unwrap_or(p.email),
                    notes: p.notes,
                    active: p.active,
                };
                let whole = self.messages().get("field-whole-council");
                self.write(|w| {
                    if person_changed {
                        w.save_person(Some(subject), &person, true)?;
                    }
                    let home = match value(DetailKey::HomeSettlement) {
                        Some(text) => ids_of(w, "settlements", Field::HomeSettlement, &text)?
                            .into_iter()
                            .next(),
                        None => v.home_settlement_id.clone(),
                    };
                    let reach = match value(DetailKey::Settlements) {
                        Some(text) => {
                            let whole_council = text.split([',', '·']).any(|n| n.trim() == whole);
                            let rest: Vec<&str> = text
                                .split([',', '·'])
                                .map(str::trim)
                                .filter(|n| *n != whole)
                                .collect();
                            let mut settlements = Vec::new();
                            let mut clusters = Vec::new();
                            for name in rest.iter().filter(|n| !n.is_empty()) {
                                match ids_of(w, "settlements", Field::Settlement, name) {
                                    Ok(ids) => settlements.extend(ids),
                                    Err(_) => clusters.extend(ids_of(
                                        w,
                                        "clusters",
                                        Field::Settlement,
                                        name,
                                    )?),
                                }
                            }
                            Reach {
                                whole_council,
                                settlements,
                                clusters,
                            }
                        }
                        None => v.reach.clone(),
                    };
                    let capabilities = match value(DetailKey::Capabilities) {
                        Some(text) => {
                            ids_of(w, "emergency_capabilities", Field::Capability, &text)?
                        }
                        None => v.capabilities.clone(),
                    };
                    w.save_volunteer(
                        &VolunteerInput {
                            person_id: Some(subject.to_owned()),
                            person: None,
                            affiliations: v.affiliations.clone(),
                            home_settlement_id: home,
                            reach,
                            capabilities,
                            availability: value(DetailKey::Availability)
                                .unwrap_or(v.availability.clone()),
                            available_days: v.available_days.clone(),
                            available_from: value(DetailKey::AvailableFrom)
                                .unwrap_or(v.available_from.clone().unwrap_or_default()),
                            available_until: value(DetailKey::AvailableUntil)
                                .unwrap_or(v.available_until.clone().unwrap_or_default()),
                            retiree: v.retiree,
                            confirmed_on: today.to_string(),
                        },
                        true,
                    )?;
                    let status = if changes.is_empty() {
                        RequestStatus::Answered
                    } else {
                        RequestStatus::Changed
                    };
                    w.set_request_status(round, subject, status, today)
                })
            }
            SubjectKind::Organization => {
                let r = self
                    .organization_readiness(subject)?
                    .ok_or(Error::NotFound)?;
                self.write(|w| {
                    let scope_count = match value(DetailKey::ScopeCount) {
                        Some(text) => TypedNumber(text),
                        None => r.scope_count.into(),
                    };
                    let capabilities = match value(DetailKey::Capabilities) {
                        Some(text) => {
                            ids_of(w, "emergency_capabilities", Field::Capability, &text)?
                        }
                        None => r.capabilities.clone(),
                    };
                    w.save_organization_readiness(
                        subject,
                        &ReadinessInput {
                            reach: r.reach.clone(),
                            scope_count,
                            scope_unit: value(DetailKey::ScopeUnit).unwrap_or(r.scope_unit.clone()),
                            main_program: value(DetailKey::MainProgram)
                                .unwrap_or(r.main_program.clone()),
                            other_programs: value(DetailKey::OtherPrograms)
                                .unwrap_or(r.other_programs.clone()),
                            capabilities,
                            equipment: r.equipment.clone(),
                            remote_learning: value(DetailKey::RemoteLearning)
                                .unwrap_or(r.remote_learning.clone()),
                            contact_id: r.contact_id.clone(),
                            confirmed_on: today.to_string(),
                        },
                    )?;
                    let status = if changes.is_empty() {
                        RequestStatus::Answered
                    } else {
                        RequestStatus::Changed
                    };
                    w.set_request_status(round, subject, status, today)
                })
            }
        }
    }
}

/// The rounds with their requests counted by status; `WHERE_ROUND` is the condition.
const ROUNDS: &str = "
    SELECT r.id, r.name, r.scope, r.started_on, r.closed_on,
           count(q.subject_id) FILTER (WHERE q.status = 'prepared') AS prepared,
           count(q.subject_id) FILTER (WHERE q.status = 'sent') AS sent,
           count(q.subject_id) FILTER (WHERE q.status = 'answered') AS answered,
           count(q.subject_id) FILTER (WHERE q.status = 'changed') AS changed,
           count(q.subject_id) FILTER (WHERE q.status = 'no_answer') AS no_answer,
           count(q.subject_id) FILTER (WHERE q.status = 'left') AS left
      FROM update_rounds r LEFT JOIN update_requests q ON q.round_id = r.id
     WHERE WHERE_ROUND
     GROUP BY r.id
     ORDER BY r.closed_on IS NOT NULL, r.started_on DESC, r.id DESC";
