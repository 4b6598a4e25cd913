//! Trainings and drills. A training has a topic, a day, how long it counts and who took part;
//! a capability may require a training of a topic that has not expired, and "who can help"
//! says whom it is missing for. A drill has a scenario, a day, the volunteers and
//! organizations taking part and whether each answered; its findings are the gaps and action
//! items of its debrief, a meeting of the drills' forum, so they are carried forward and
//! followed up like any forum's: there is one tracker, not two.

use crate::model::TypedNumber;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::SubjectKind;
use crate::{
    directory::RecordKind,
    error::{Error, Field, Problems, Result},
    forums::{CadenceKind, ForumInput, ForumLevel, MeetingInput, MeetingStatus},
    model::{Id, check_text, count, date, new_id, required},
    store::{Store, Writer, from_row, now, one_row, rows},
};

/// A training as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct TrainingInput {
    pub topic: String,
    /// As typed (`model::read_date`).
    pub held_on: String,
    /// How many months it counts; none is for good.
    #[serde(default)]
    pub valid_months: TypedNumber,
    #[serde(default)]
    pub participants: Vec<Id>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Training {
    pub id: Id,
    pub topic: String,
    pub held_on: NaiveDate,
    pub valid_months: Option<u32>,
    /// The last day it counts, when it expires.
    pub valid_until: Option<NaiveDate>,
    pub participants: Vec<Id>,
    pub participant_names: String,
}

/// A drill as entered in its form.
#[derive(Clone, Debug, Default, Deserialize)]
pub struct DrillInput {
    pub name: String,
    #[serde(default)]
    pub scenario: String,
    pub held_on: String,
    /// Volunteers (people's ids) and organizations taking part.
    #[serde(default)]
    pub volunteers: Vec<Id>,
    #[serde(default)]
    pub organizations: Vec<Id>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DrillParticipant {
    pub subject_id: Id,
    pub kind: SubjectKind,
    pub name: String,
    pub answered: bool,
}

from_row!(r => DrillParticipant { subject_id, kind, name, answered });

#[derive(Clone, Debug, Serialize)]
pub struct Drill {
    pub id: Id,
    pub name: String,
    pub scenario: String,
    pub held_on: NaiveDate,
    /// The meeting whose gaps and action items are the drill's findings.
    pub debrief_meeting_id: Id,
    /// Its findings still open: gaps not resolved and action items not done.
    pub open_findings: u32,
    pub participants: Vec<DrillParticipant>,
}

/// The last day a training held on `held` counts, for `months`.
fn valid_until(held: NaiveDate, months: Option<u32>) -> Option<NaiveDate> {
    months.and_then(|m| held.checked_add_months(chrono::Months::new(m)))
}

impl Writer<'_> {
    pub(crate) fn save_training(&self, id: Option<&str>, input: &TrainingInput) -> Result<Id> {
        let mut problems = Problems::default();
        let topic = problems.check(required(Field::Topic, &input.topic));
        let held = problems.check(date(Field::Date, &input.held_on));
        let months = problems.check(count(Field::ValidMonths, &input.valid_months));
        let mut people = Vec::new();
        for person in input
            .participants
            .iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
        {
            if problems
                .check(
                    self.exists(RecordKind::Person, person)
                        .map_err(|_| Error::Required(Field::Person)),
                )
                .is_some()
                && !people.iter().any(|p| p == person)
            {
                people.push(person.to_owned());
            }
        }
        problems.done()?;
        let id = match id {
            Some(id) => {
                one_row(self.tx.execute(
                    "UPDATE trainings SET topic = ?2, held_on = ?3, valid_months = ?4, updated_at = ?5 WHERE id = ?1",
                    params![id, topic, held, months.flatten().filter(|m| *m > 0), now()],
                )?)?;
                id.to_owned()
            }
            None => {
                let id = new_id();
                self.tx.execute(
                    "INSERT INTO trainings (id, topic, held_on, valid_months, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![id, topic, held, months.flatten().filter(|m| *m > 0), now()],
                )?;
                id
            }
        };
        self.replace_links(
            "training_participants",
            "training_id",
            &id,
            "person_id",
            &people,
        )?;
        Ok(id)
    }

    /// The forum the drills' debriefs meet in: the one of the latest drill, or a new one.
    fn drills_forum(&self, name: &str) -> Result<Id> {
        let latest: Option<Id> = self
            .tx
            .query_row(
                "SELECT m.forum_id FROM drills d JOIN meetings m ON m.id = d.debrief_meeting_id
                  ORDER BY d.held_on DESC, d.id DESC LIMIT 1",
                [],
                |r| r.get(0),
            )
            .optional()?;
        match latest {
            Some(forum) => Ok(forum),
            None => self.save_forum(
                None,
                &ForumInput {
                    name: name.to_owned(),
                    level: Some(ForumLevel::Other),
                    cadence: Some(CadenceKind::None),
                    cadence_n: Default::default(),
                    goals: String::new(),
                    member_roles: String::new(),
                    chair_id: None,
                    active: true,
                    notes: String::new(),
                    template: None,
                    members: Vec::new(),
                },
            ),
        }
    }

    pub(crate) fn add_drill(
        &self,
        input: &DrillInput,
        forum_name: &str,
        today: NaiveDate,
    ) -> Result<Id> {
        let mut problems = Problems::default();
        let name = problems.check(required(Field::Name, &input.name));
        problems.check(check_text(Field::Scenario, &input.scenario));
        let held = problems.check(date(Field::Date, &input.held_on));
        let mut subjects: Vec<(Id, SubjectKind)> = Vec::new();
        for (ids, kind, table) in [
            (
                &input.volunteers,
                SubjectKind::Volunteer,
                "volunteers WHERE person_id",
            ),
            (
                &input.organizations,
                SubjectKind::Organization,
                "organizations WHERE id",
            ),
        ] {
            for id in ids.iter().map(|i| i.trim()).filter(|i| !i.is_empty()) {
                let known = self
                    .tx
                    .query_row(&format!("SELECT 1 FROM {table} = ?1"), [id], |_| Ok(()))
                    .optional()?;
                if known.is_none() {
                    problems.check::<()>(Err(Error::Required(Field::Members)));
                } else if !subjects.iter().any(|(s, _)| s == id) {
                    subjects.push((id.to_owned(), kind));
                }
            }
        }
        problems.done()?;
        let held = held.expect("checked");
        let forum = self.drills_forum(forum_name)?;
        let meeting = self.save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: held.to_string(),
                status: Some(if held <= today {
                    MeetingStatus::Held
                } else {
                    MeetingStatus::Planned
                }),
                ..Default::default()
            },
        )?;
        let id = new_id();
        self.tx.execute(
            "INSERT INTO drills (id, name, scenario, held_on, debrief_meeting_id, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            params![id, name, input.scenario.trim(), held, meeting, now()],
        )?;
        for (subject, kind) in &subjects {
            self.tx.execute(
                "INSERT INTO drill_participants (drill_id, subject_id, subject_kind) VALUES (?1, ?2, ?3)",
                params![id, subject, kind],
            )?;
        }
        Ok(id)
    }

    pub(crate) fn set_drill_answered(
        &self,
        drill: &str,
        subject: &str,
        answered: bool,
    ) -> Result<()> {
        one_row(self.tx.execute(
            "UPDATE drill_participants SET answered = ?3 WHERE drill_id = ?1 AND subject_id = ?2",
            params![drill, subject, answered],
        )?)
    }

    /// The training a capability requires (`""` none).
    pub(crate) fn set_required_training(&self, capability: &str, topic: &str) -> Result<()> {
        check_text(Field::Topic, topic)?;
        one_row(self.tx.execute(
            "UPDATE emergency_capabilities SET required_training = ?2, updated_at = ?3 WHERE id = ?1",
            params![capability, topic.trim(), now()],
        )?)
    }
}

impl Store {
    pub fn save_training(&mut self, id: Option<&str>, input: &TrainingInput) -> Result<Id> {
        self.write(|w| w.save_training(id, input))
    }

    /// A drill, with its debrief meeting in the drills' forum (made with the first drill).
    pub fn add_drill(&mut self, input: &DrillInput, today: NaiveDate) -> Result<Id> {
        let forum_name = self.messages().get("drills-forum-name");
        self.write(|w| w.add_drill(input, &forum_name, today))
    }

    pub fn set_drill_answered(&mut self, drill: &str, subject: &str, answered: bool) -> Result<()> {
        self.write(|w| w.set_drill_answered(drill, subject, answered))
    }

    pub fn set_required_training(&mut self, capability: &str, topic: &str) -> Result<()> {
        self.write(|w| w.set_required_training(capability, topic))
    }

    /// The trainings, newest first.
    pub fn trainings(&self) -> Result<Vec<Training>> {
        /// A training as stored, before its participants are read.
        struct Held {
            id: Id,
            topic: String,
            held_on: NaiveDate,
            valid_months: Option<u32>,
        }
        from_row!(r => Held { id, topic, held_on, valid_months });
        let all = rows(
            self.connection(),
            "SELECT id, topic, held_on, valid_months FROM trainings ORDER BY held_on DESC, id DESC",
            [],
            Held::from_row,
        )?;
        all.into_iter()
            .map(|Held { id, topic, held_on, valid_months }| {
                let people: Vec<(Id, String)> = rows(
                    self.connection(),
                    "SELECT p.id, p.full_name FROM training_participants t JOIN people p ON p.id = t.person_id
                      WHERE t.training_id = ?1 ORDER BY p.full_name COLLATE hebrew",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                Ok(Training {
                    valid_until: valid_until(held_on, valid_months),
                    participant_names: people.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(" · "),
                    participants: people.into_iter().map(|(id, _)| id).collect(),
                    id,
                    topic,
                    held_on,
                    valid_months,
                })
            })
            .collect()
    }

    /// The topics `person` must still take for the capabilities they hold: each capability's
    /// required training that they did not have, or that has expired by `today`.
    pub fn missing_trainings(&self, person: &str, today: NaiveDate) -> Result<Vec<String>> {
        let required: Vec<String> = rows(
            self.connection(),
            "SELECT DISTINCT c.required_training FROM volunteer_capabilities vc
               JOIN emergency_capabilities c ON c.id = vc.capability_id
              WHERE vc.person_id = ?1 AND c.required_training <> '' ORDER BY 1",
            [person],
            |r| r.get(0),
        )?;
        let mut missing = Vec::new();
        for topic in required {
            let taken: Vec<(NaiveDate, Option<u32>)> = rows(
                self.connection(),
                "SELECT t.held_on, t.valid_months FROM trainings t
                   JOIN training_participants p ON p.training_id = t.id
                  WHERE p.person_id = ?1 AND t.topic = ?2",
                params![person, topic],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let valid = taken.iter().any(|(held, months)| {
                *held <= today && valid_until(*held, *months).is_none_or(|u| u >= today)
            });
            if !valid {
                missing.push(topic);
            }
        }
        Ok(missing)
    }

    /// The drills, newest first, each with its participants and its findings still open.
    pub fn drills(&self) -> Result<Vec<Drill>> {
        /// A drill as stored, before its participants and findings are read.
        struct Held {
            id: Id,
            name: String,
            scenario: String,
            held_on: NaiveDate,
            meeting: Id,
        }
        from_row!(r => Held { id, name, scenario, held_on, meeting });
        let all = rows(
            self.connection(),
            "SELECT id, name, scenario, held_on, debrief_meeting_id AS meeting FROM drills
              ORDER BY held_on DESC, id DESC",
            [],
            Held::from_row,
        )?;
        all.into_iter()
            .map(|Held { id, name, scenario, held_on, meeting }| {
                let participants = rows(
                    self.connection(),
                    "SELECT d.subject_id, d.subject_kind AS kind, d.answered, coalesce(p.full_name, o.name) AS name
                       FROM drill_participants d
                       LEFT JOIN people p ON d.subject_kind = 'volunteer' AND p.id = d.subject_id
                       LEFT JOIN organizations o ON d.subject_kind = 'organization' AND o.id = d.subject_id
                      WHERE d.drill_id = ?1 ORDER BY d.subject_kind DESC, 4 COLLATE hebrew",
                    [&id],
                    DrillParticipant::from_row,
                )?;
                let open_findings: u32 = self.connection().query_row(
                    "SELECT (SELECT count(*) FROM gaps WHERE meeting_id = ?1 AND status <> 'resolved')
                          + (SELECT count(*) FROM action_items WHERE meeting_id = ?1 AND status = 'open')",
                    [&meeting],
                    |r| r.get(0),
                )?;
                Ok(Drill {
                    id,
                    name,
                    scenario,
                    held_on,
                    debrief_meeting_id: meeting,
                    open_findings,
                    participants,
                })
            })
            .collect()
    }
}
