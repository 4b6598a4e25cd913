//! Hostile input, table-driven: every command that takes what a person (or a damaged file)
//! gives it gets empty values, 100,000 characters, control characters and bidi overrides,
//! HTML and script, SQL, impossible dates, and ids that do not exist or belong to another kind.
//! Each answer is either the value stored whole or a clear message in every language, and a
//! refusal leaves every table exactly as it was. Nothing panics.

use std::panic::{AssertUnwindSafe, catch_unwind};

use eshkol_core::{
    Error, Locale, Messages, Store,
    directory::{RecordKind, import::ImportSession},
    emergency::{
        CapabilityInput, DetailKey, DrillInput, Equipment, TrainingInput, HelpQuery, ProposedChange, ReadinessInput, Reach, RequestStatus,
        RoundInput, VolunteerInput,
    },
    forums::{ActionItemInput, AgendaItemInput, DecisionInput, GapInput, MeetingInput, PlanInput, Template},
    model::Id, directory::{ClusterInput, OrganizationInput, OrganizationKind, PersonInput, Region, SettlementInput, SettlementKind},
    plan::{ActualInput, Direction, Frequency, GoalInput, IndicatorInput, LessonsInput, WorkPlanInput, Source, TaskInput},
    programs::{
        AgeBand, AxisInput, FiguresInput, MoveInput, PartnerInput, PartnerRole, ProgramInput, ProgramKind, SteeringInput,
        delegations::{DelegationInput, StopInput},
    },
    search::SearchQuery,
    visits::{CoverageFilter, VisitInput},
};
use rusqlite::types::Value;

const HTML: &str = "<script>alert(1)</script><img src=x onerror=alert(2)>";
const SQL: &str = "x'); DROP TABLE people; --";
const MISSING_ID: &str = "019a0000-0000-7000-8000-00000000dead";

/// The hostile values, by name.
fn values() -> Vec<(&'static str, String)> {
    vec![
        ("empty", String::new()),
        ("blank", " \t ".into()),
        ("100k", "א".repeat(100_000)),
        ("control", "שם\u{0000}\u{0007}\u{001B}[31m".into()),
        ("bidi", "\u{202E}הכל בסדר\u{202C}".into()),
        ("isolate", "\u{2067}שם\u{2069}".into()),
        ("html", HTML.into()),
        ("sql", SQL.into()),
        ("date", "2026-02-30".into()),
        ("date2", "31/31/2026".into()),
        // Month first, as a system locale may write it: refused, never read as 12 Month 15.
        ("date3", "12/15/2026".into()),
        ("missing-id", MISSING_ID.into()),
    ]
}

/// What a value goes into, and so what must become of it.
#[derive(Clone, Copy, PartialEq)]
enum Slot {
    /// Free text that must be there: HTML and SQL are text like any other.
    RequiredText,
    /// Free text that may be empty.
    Text,
    /// A date (required or not).
    Date { required: bool },
    /// A record's id.
    Id { required: bool },
    /// A phone number or email: a strict format.
    Format,
    /// A number as typed in a number field (`model::read_number`).
    Number { required: bool },
}

/// Records to point at, in a fresh store.
struct Ctx {
    organization: Id,
    cluster: Id,
    settlement: Id,
    person: Id,
    forum: Id,
    meeting: Id,
    approved: Id,
    visit: Id,
    purpose: Id,
    /// An emergency capability the person holds as a volunteer.
    capability: Id,
    /// An update round that asks the volunteer.
    round: Id,
    /// A program and a delegation, for their moves, figures and follow-ups.
    program: Id,
    delegation: Id,
    /// A plan with a goal, an objective and a typed indicator.
    plan: Id,
    goal: Id,
    objective: Id,
    indicator: Id,
}

fn setup() -> (Store, Ctx) {
    let mut store = Store::open_in_memory().unwrap();
    let organization = store
        .add_organization(&OrganizationInput {
            sector: None,
            name: "המחלקה".into(),
            kind: Some(OrganizationKind::Department),
            notes: String::new(),
        })
        .unwrap();
    let cluster = store
        .save_cluster(
            None,
            &ClusterInput {
                name: "אשכול".into(),
                region: Some(Region::North),
                ..Default::default()
            },
        )
        .unwrap();
    let settlement = store
        .save_settlement(
            None,
            &SettlementInput {
                name: "יישוב".into(),
                kind: Some(SettlementKind::Moshav),
                cluster_id: Some(cluster.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    let person = store
        .add_person(&PersonInput {
            full_name: "רכזת".into(),
            ..Default::default()
        })
        .unwrap();
    let mut forum_input = store.forum_template(Template::School);
    forum_input.name = "פורום".into();
    let forum = store.save_forum(None, &forum_input).unwrap();
    let meeting_input = MeetingInput {
        date: "2026-10-01".into(),
        ..Default::default()
    };
    let meeting = store.save_meeting(None, &forum, &meeting_input).unwrap();
    let approved = store
        .save_meeting(
            None,
            &forum,
            &MeetingInput {
                date: "2026-09-01".into(),
                status: Some(eshkol_core::forums::MeetingStatus::Held),
                ..Default::default()
            },
        )
        .unwrap();
    store.set_minutes(&approved, "פרוטוקול").unwrap();
    store.approve_minutes(&approved, "יו״ר").unwrap();
    let purpose = store.visit_purposes().unwrap()[0].id.clone();
    let visit = store
        .save_visit(
            None,
            &VisitInput {
                settlement_id: settlement.clone(),
                date: "2026-10-02".into(),
                purpose_id: purpose.clone(),
                visitors: vec![person.clone()],
                ..Default::default()
            },
        )
        .unwrap();
    // The contact is an emergency volunteer too, with one capability.
    let capability = store
        .save_emergency_capability(None, &CapabilityInput { name: "הקשבה".into(), emergency_cluster: "emotional".into() })
        .unwrap();
    store
        .save_volunteer(&VolunteerInput { person_id: Some(person.clone()), capabilities: vec![capability.clone()], ..Default::default() }, false)
        .unwrap();
    let round = store
        .start_round(&RoundInput { name: "סבב".into(), scope: "volunteers".into() }, eshkol_core::today())
        .unwrap();
    let ctx = Ctx {
        organization,
        cluster,
        settlement,
        person,
        forum,
        meeting,
        approved,
        visit,
        purpose,
        capability,
        round,
        program: String::new(),
        delegation: String::new(),
        plan: String::new(),
        goal: String::new(),
        objective: String::new(),
        indicator: String::new(),
    };
    let ctx = Ctx {
        program: store.save_program(None, &program(|_| {})).unwrap(),
        delegation: store.save_delegation(None, &delegation(|_| {})).unwrap(),
        ..ctx
    };
    let plan = store.save_plan(None, &plan(|_| {})).unwrap();
    let goal = store.save_plan_goal(&plan, None, &GoalInput { name: "מטרה".into(), description: String::new() }).unwrap();
    let objective = store.save_plan_objective(&goal, None, &GoalInput { name: "יעד".into(), description: String::new() }).unwrap();
    let indicator = store.save_plan_indicator(None, &indicator(&goal, |_| {})).unwrap();
    let ctx = Ctx { plan, goal, objective, indicator, ..ctx };
    (store, ctx)
}

type Run = fn(&mut Store, &Ctx, &str) -> eshkol_core::Result<()>;

/// Every command and field that takes text from outside, with where the value goes.
fn commands() -> Vec<(&'static str, Slot, Run)> {
    vec![
        ("organization.name", Slot::RequiredText, |s, _, v| {
            s.add_organization(&OrganizationInput { sector: None, name: v.into(), kind: Some(OrganizationKind::School), notes: String::new() }).map(drop)
        }),
        ("organization.notes", Slot::Text, |s, c, v| {
            s.save_organization(Some(&c.organization), &OrganizationInput { sector: None, name: "בית ספר".into(), kind: Some(OrganizationKind::School), notes: v.into() }).map(drop)
        }),
        ("cluster.name", Slot::RequiredText, |s, _, v| {
            s.save_cluster(None, &ClusterInput { name: v.into(), region: Some(Region::South), ..Default::default() }).map(drop)
        }),
        ("cluster.coordinator_id", Slot::Id { required: false }, |s, c, v| {
            s.save_cluster(Some(&c.cluster), &ClusterInput { name: "אשכול".into(), region: Some(Region::South), coordinator_id: Some(v.into()), ..Default::default() }).map(drop)
        }),
        ("settlement.name", Slot::RequiredText, |s, c, v| {
            s.save_settlement(None, &SettlementInput { name: v.into(), kind: Some(SettlementKind::Kibbutz), cluster_id: Some(c.cluster.clone()), ..Default::default() }).map(drop)
        }),
        ("settlement.notes", Slot::Text, |s, c, v| {
            s.save_settlement(Some(&c.settlement), &SettlementInput { name: "יישוב".into(), kind: Some(SettlementKind::Kibbutz), cluster_id: Some(c.cluster.clone()), notes: v.into(), ..Default::default() }).map(drop)
        }),
        ("settlement.cluster_id", Slot::Id { required: true }, |s, _, v| {
            s.save_settlement(None, &SettlementInput { name: "חדש".into(), kind: Some(SettlementKind::Kibbutz), cluster_id: Some(v.into()), ..Default::default() }).map(drop)
        }),
        ("person.full_name", Slot::RequiredText, |s, _, v| {
            s.add_person(&PersonInput { full_name: v.into(), ..Default::default() }).map(drop)
        }),
        ("person.role_title", Slot::Text, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), role_title: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("person.notes", Slot::Text, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), notes: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("person.mobile", Slot::Format, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), mobile: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("person.email", Slot::Format, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), email: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("person.organization_id", Slot::Id { required: false }, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), organization_id: Some(v.into()), ..Default::default() }, false).map(drop)
        }),
        ("person.settlement_id", Slot::Id { required: false }, |s, c, v| {
            s.save_person(Some(&c.person), &PersonInput { full_name: "רכזת".into(), settlement_id: Some(v.into()), ..Default::default() }, false).map(drop)
        }),
        ("set_archived", Slot::Id { required: true }, |s, _, v| s.set_archived(RecordKind::Person, v, true)),
        ("forum.name", Slot::RequiredText, |s, _, v| {
            let mut input = s.forum_template(Template::District);
            input.name = v.into();
            s.save_forum(None, &input).map(drop)
        }),
        ("forum.goals", Slot::Text, |s, c, v| {
            let mut input = s.forum_template(Template::District);
            input.goals = v.into();
            s.save_forum(Some(&c.forum), &input).map(drop)
        }),
        ("forum.chair_id", Slot::Id { required: false }, |s, c, v| {
            let mut input = s.forum_template(Template::District);
            input.chair_id = Some(v.into());
            s.save_forum(Some(&c.forum), &input).map(drop)
        }),
        ("meeting.date", Slot::Date { required: true }, |s, c, v| {
            s.save_meeting(None, &c.forum, &MeetingInput { date: v.into(), ..Default::default() }).map(drop)
        }),
        ("meeting.place", Slot::Text, |s, c, v| {
            s.save_meeting(Some(&c.meeting), &c.forum, &MeetingInput { date: "2026-10-01".into(), place: v.into(), ..Default::default() }).map(drop)
        }),
        ("meeting.start_time", Slot::Format, |s, c, v| {
            s.save_meeting(Some(&c.meeting), &c.forum, &MeetingInput { date: "2026-10-01".into(), start_time: v.into(), ..Default::default() }).map(drop)
        }),
        ("meeting.forum_id", Slot::Id { required: true }, |s, _, v| {
            s.save_meeting(None, v, &MeetingInput { date: "2026-10-01".into(), ..Default::default() }).map(drop)
        }),
        ("plan.first_date", Slot::Date { required: true }, |s, c, v| {
            s.plan_meetings(&c.forum, &PlanInput { first_date: v.into(), ..Default::default() }).map(drop)
        }),
        ("minutes", Slot::Text, |s, c, v| s.set_minutes(&c.meeting, v)),
        ("minutes.meeting_id", Slot::Id { required: true }, |s, _, v| s.set_minutes(v, "טקסט")),
        ("agenda.title", Slot::RequiredText, |s, c, v| {
            s.save_agenda_item(&c.meeting, None, &AgendaItemInput { title: v.into(), ..Default::default() }).map(drop)
        }),
        ("agenda.notes", Slot::Text, |s, c, v| {
            s.save_agenda_item(&c.meeting, None, &AgendaItemInput { title: "סעיף".into(), notes: v.into(), ..Default::default() }).map(drop)
        }),
        ("guest", Slot::RequiredText, |s, c, v| s.add_guest(&c.meeting, v).map(drop)),
        ("attendance.person_id", Slot::Id { required: true }, |s, c, v| {
            s.set_attendance(&c.meeting, v, Some(eshkol_core::forums::AttendanceStatus::Present))
        }),
        ("decision.text", Slot::RequiredText, |s, c, v| {
            s.save_decision(&c.meeting, None, &DecisionInput { text: v.into(), ..Default::default() }).map(drop)
        }),
        ("action.what", Slot::RequiredText, |s, c, v| {
            s.save_action_item(&c.meeting, None, &ActionItemInput { what: v.into(), ..Default::default() }).map(drop)
        }),
        ("action.due_date", Slot::Date { required: false }, |s, c, v| {
            s.save_action_item(&c.meeting, None, &ActionItemInput { what: "משימה".into(), due_date: v.into(), ..Default::default() }).map(drop)
        }),
        ("action.owner_id", Slot::Id { required: false }, |s, c, v| {
            s.save_action_item(&c.meeting, None, &ActionItemInput { what: "משימה".into(), owner_id: Some(v.into()), ..Default::default() }).map(drop)
        }),
        ("gap.what", Slot::RequiredText, |s, c, v| {
            s.save_gap(&c.meeting, None, &GapInput { what: v.into(), ..Default::default() }).map(drop)
        }),
        ("gap.mechanism", Slot::Text, |s, c, v| {
            s.save_gap(&c.meeting, None, &GapInput { what: "פער".into(), mechanism: v.into(), ..Default::default() }).map(drop)
        }),
        ("approve.by", Slot::RequiredText, |s, c, v| s.approve_minutes(&c.meeting, v)),
        ("amend.reason", Slot::RequiredText, |s, c, v| s.amend_minutes(&c.approved, "מזכירה", v, "פרוטוקול מתוקן").map(drop)),
        ("amend.minutes", Slot::Text, |s, c, v| s.amend_minutes(&c.approved, "מזכירה", "תיקון", v).map(drop)),
        ("visit.summary", Slot::Text, |s, c, v| {
            s.save_visit(Some(&c.visit), &visit(c, |i| i.summary = v.into())).map(drop)
        }),
        ("visit.sensitive_notes", Slot::Text, |s, c, v| {
            s.save_visit(Some(&c.visit), &visit(c, |i| i.sensitive_notes = Some(v.into()))).map(drop)
        }),
        ("visit.date", Slot::Date { required: true }, |s, c, v| {
            s.save_visit(None, &visit(c, |i| i.date = v.into())).map(drop)
        }),
        ("visit.settlement_id", Slot::Id { required: true }, |s, c, v| {
            s.save_visit(None, &visit(c, |i| i.settlement_id = v.into())).map(drop)
        }),
        ("visit.purpose_id", Slot::Id { required: true }, |s, c, v| {
            s.save_visit(None, &visit(c, |i| i.purpose_id = v.into())).map(drop)
        }),
        ("visit.visitors", Slot::Id { required: true }, |s, c, v| {
            s.save_visit(None, &visit(c, |i| i.visitors = vec![v.into()])).map(drop)
        }),
        ("visit_purpose", Slot::RequiredText, |s, _, v| s.add_visit_purpose(v).map(drop)),
        ("follow_up.what", Slot::RequiredText, |s, c, v| {
            s.save_follow_up(&c.visit, None, &ActionItemInput { what: v.into(), ..Default::default() }).map(drop)
        }),
        ("follow_up.visit_id", Slot::Id { required: true }, |s, _, v| {
            s.save_follow_up(v, None, &ActionItemInput { what: "לחזור".into(), ..Default::default() }).map(drop)
        }),
        ("coverage.cluster_id", Slot::Id { required: false }, |s, _, v| {
            s.coverage(&CoverageFilter { cluster_id: Some(v.into()), ..Default::default() }, eshkol_core::today()).map(drop)
        }),
        ("search", Slot::Text, |s, _, v| s.search(&SearchQuery { text: v.into(), include_sensitive: true }).map(drop)),
        ("set_locale", Slot::Format, |s, _, v| s.set_locale(v).map(drop)),
        ("sharing.laptop_name", Slot::RequiredText, |s, _, v| s.create_department(v).map(drop)),
        ("capability.name", Slot::RequiredText, |s, _, v| {
            s.save_emergency_capability(None, &CapabilityInput { name: v.into(), emergency_cluster: "social".into() }).map(drop)
        }),
        ("capability.emergency_cluster", Slot::Format, |s, _, v| {
            s.save_emergency_capability(None, &CapabilityInput { name: "נהיגה".into(), emergency_cluster: v.into() }).map(drop)
        }),
        ("capability.merge", Slot::Id { required: true }, |s, c, v| s.merge_emergency_capabilities(v, &c.capability)),
        ("volunteer.full_name", Slot::RequiredText, |s, _, v| {
            s.save_volunteer(&VolunteerInput { person: Some(PersonInput { full_name: v.into(), ..Default::default() }), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.person_id", Slot::Id { required: true }, |s, _, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(v.into()), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.availability", Slot::Text, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), availability: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.available_from", Slot::Format, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), available_from: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.confirmed_on", Slot::Date { required: false }, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), confirmed_on: v.into(), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.home_settlement_id", Slot::Id { required: false }, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), home_settlement_id: Some(v.into()), ..Default::default() }, false).map(drop)
        }),
        ("volunteer.reach.settlement_id", Slot::Id { required: false }, |s, c, v| {
            let reach = Reach { settlements: vec![v.into()], ..Default::default() };
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), reach, ..Default::default() }, false).map(drop)
        }),
        ("volunteer.capabilities", Slot::Id { required: false }, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), capabilities: vec![v.into()], ..Default::default() }, false).map(drop)
        }),
        ("volunteer.affiliations", Slot::Id { required: false }, |s, c, v| {
            s.save_volunteer(&VolunteerInput { person_id: Some(c.person.clone()), affiliations: vec![v.into()], ..Default::default() }, false).map(drop)
        }),
        ("volunteer_left.reason", Slot::RequiredText, |s, c, v| s.set_volunteer_left(&c.person, Some(v))),
        ("volunteer_left.person_id", Slot::Id { required: true }, |s, _, v| s.set_volunteer_left(v, Some("עבר דירה"))),
        ("readiness.organization_id", Slot::Id { required: true }, |s, _, v| {
            s.save_organization_readiness(v, &ReadinessInput::default())
        }),
        ("readiness.main_program", Slot::Text, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { main_program: v.into(), ..Default::default() })
        }),
        ("readiness.other_programs", Slot::Text, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { other_programs: v.into(), ..Default::default() })
        }),
        ("readiness.scope_unit", Slot::Text, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { scope_unit: v.into(), ..Default::default() })
        }),
        ("readiness.remote_learning", Slot::Text, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { remote_learning: v.into(), ..Default::default() })
        }),
        ("readiness.contact_id", Slot::Id { required: false }, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { contact_id: Some(v.into()), ..Default::default() })
        }),
        ("readiness.confirmed_on", Slot::Date { required: false }, |s, c, v| {
            s.save_organization_readiness(&c.organization, &ReadinessInput { confirmed_on: v.into(), ..Default::default() })
        }),
        ("readiness.equipment.kind", Slot::RequiredText, |s, c, v| {
            let equipment = vec![Equipment { kind: v.into(), quantity: 2.0.into(), kept_at: String::new() }];
            s.save_organization_readiness(&c.organization, &ReadinessInput { equipment, ..Default::default() })
        }),
        ("readiness.equipment.kept_at", Slot::Text, |s, c, v| {
            let equipment = vec![Equipment { kind: "גנרטור".into(), quantity: Default::default(), kept_at: v.into() }];
            s.save_organization_readiness(&c.organization, &ReadinessInput { equipment, ..Default::default() })
        }),
        ("who_can_help.settlement_id", Slot::Id { required: false }, |s, _, v| {
            s.who_can_help(&HelpQuery { settlement_id: Some(v.into()), ..Default::default() }).map(drop)
        }),
        ("who_can_help.capabilities", Slot::Id { required: false }, |s, _, v| {
            s.who_can_help(&HelpQuery { capabilities: vec![v.into()], ..Default::default() }).map(drop)
        }),
        ("round.name", Slot::RequiredText, |s, _, v| {
            s.start_round(&RoundInput { name: v.into(), scope: "both".into() }, eshkol_core::today()).map(drop)
        }),
        ("round.scope", Slot::Format, |s, _, v| {
            s.start_round(&RoundInput { name: "סבב".into(), scope: v.into() }, eshkol_core::today()).map(drop)
        }),
        ("round.status.subject_id", Slot::Id { required: true }, |s, c, v| {
            s.set_request_status(&c.round, v, RequestStatus::Answered, eshkol_core::today())
        }),
        ("round.change.capabilities", Slot::Format, |s, c, v| {
            let change = ProposedChange { key: DetailKey::Capabilities, value: v.into() };
            s.apply_round_changes(&c.round, &c.person, &[change], eshkol_core::today())
        }),
        ("round.change.availability", Slot::Text, |s, c, v| {
            let change = ProposedChange { key: DetailKey::Availability, value: v.into() };
            s.apply_round_changes(&c.round, &c.person, &[change], eshkol_core::today())
        }),
        ("round.reply", Slot::Format, |s, _, v| s.read_round_reply(v, v.as_bytes()).map(drop)),
        ("training.topic", Slot::RequiredText, |s, _, v| {
            s.save_training(None, &TrainingInput { topic: v.into(), held_on: "2026-10-01".into(), ..Default::default() }).map(drop)
        }),
        ("training.held_on", Slot::Date { required: true }, |s, _, v| {
            s.save_training(None, &TrainingInput { topic: "עזרה ראשונה".into(), held_on: v.into(), ..Default::default() }).map(drop)
        }),
        ("training.participants", Slot::Id { required: false }, |s, _, v| {
            let input = TrainingInput { topic: "עזרה ראשונה".into(), held_on: "2026-10-01".into(), participants: vec![v.into()], ..Default::default() };
            s.save_training(None, &input).map(drop)
        }),
        ("capability.required_training", Slot::Text, |s, c, v| s.set_required_training(&c.capability, v)),
        ("drill.name", Slot::RequiredText, |s, _, v| {
            s.add_drill(&DrillInput { name: v.into(), held_on: "2026-10-01".into(), ..Default::default() }, eshkol_core::today()).map(drop)
        }),
        ("drill.scenario", Slot::Text, |s, _, v| {
            let input = DrillInput { name: "תרגיל".into(), scenario: v.into(), held_on: "2026-10-01".into(), ..Default::default() };
            s.add_drill(&input, eshkol_core::today()).map(drop)
        }),
        ("drill.held_on", Slot::Date { required: true }, |s, _, v| {
            s.add_drill(&DrillInput { name: "תרגיל".into(), held_on: v.into(), ..Default::default() }, eshkol_core::today()).map(drop)
        }),
        ("drill.volunteers", Slot::Id { required: false }, |s, _, v| {
            let input = DrillInput { name: "תרגיל".into(), held_on: "2026-10-01".into(), volunteers: vec![v.into()], ..Default::default() };
            s.add_drill(&input, eshkol_core::today()).map(drop)
        }),
        ("program.name", Slot::RequiredText, |s, _, v| s.save_program(None, &program(|p| p.name = v.into())).map(drop)),
        ("program.goal", Slot::Text, |s, _, v| s.save_program(None, &program(|p| p.goal = v.into())).map(drop)),
        ("program.notes", Slot::Text, |s, _, v| s.save_program(None, &program(|p| p.notes = v.into())).map(drop)),
        ("program.starts_on", Slot::Date { required: false }, |s, _, v| s.save_program(None, &program(|p| p.starts_on = v.into())).map(drop)),
        ("program.ends_on", Slot::Date { required: false }, |s, _, v| s.save_program(None, &program(|p| p.ends_on = v.into())).map(drop)),
        ("program.coordinator_id", Slot::Id { required: false }, |s, _, v| {
            s.save_program(None, &program(|p| p.coordinator_id = Some(v.into()))).map(drop)
        }),
        ("program.axis.name", Slot::RequiredText, |s, _, v| {
            s.save_program(None, &program(|p| p.axes = vec![AxisInput { name: v.into(), description: "תיאור".into(), ..Default::default() }])).map(drop)
        }),
        ("program.axis.description", Slot::Text, |s, _, v| {
            s.save_program(None, &program(|p| p.axes = vec![AxisInput { name: "ציר".into(), description: v.into(), ..Default::default() }])).map(drop)
        }),
        ("program.partner.organization_id", Slot::Id { required: false }, |s, _, v| {
            let partner = PartnerInput { organization_id: Some(v.into()), role: Some(PartnerRole::Lead), ..Default::default() };
            s.save_program(None, &program(|p| p.partners = vec![partner])).map(drop)
        }),
        ("program.partner.new_organization", Slot::Text, |s, _, v| {
            let partner = PartnerInput { new_organization: v.into(), role: Some(PartnerRole::Funder), ..Default::default() };
            s.save_program(None, &program(|p| p.partners = vec![partner])).map(drop)
        }),
        ("program.settlement_ids", Slot::Id { required: false }, |s, _, v| s.save_program(None, &program(|p| p.settlements = vec![v.into()])).map(drop)),
        ("program.clusters", Slot::Id { required: false }, |s, _, v| s.save_program(None, &program(|p| p.clusters = vec![v.into()])).map(drop)),
        ("program.schools", Slot::Id { required: false }, |s, _, v| s.save_program(None, &program(|p| p.schools = vec![v.into()])).map(drop)),
        ("program.forums", Slot::Id { required: false }, |s, _, v| {
            s.save_program(None, &program(|p| p.forums = vec![SteeringInput { forum_id: v.into(), role: None }])).map(drop)
        }),
        ("program.move.what", Slot::RequiredText, |s, c, v| {
            s.save_program_move(&c.program, None, &MoveInput { what: v.into(), owner_id: Some(c.person.clone()), ..Default::default() }).map(drop)
        }),
        ("program.move.due_on", Slot::Date { required: false }, |s, c, v| {
            s.save_program_move(&c.program, None, &MoveInput { what: "מהלך".into(), due_on: v.into(), ..Default::default() }).map(drop)
        }),
        ("program.move.owner_id", Slot::Id { required: false }, |s, c, v| {
            s.save_program_move(&c.program, None, &MoveInput { what: "מהלך".into(), owner_id: Some(v.into()), ..Default::default() }).map(drop)
        }),
        ("program.figures.settlement_id", Slot::Id { required: true }, |s, c, v| {
            let figures = FiguresInput { school_year: 2026, settlement_id: v.into(), age_band: Some(AgeBand::High), took_part: 12.0.into(), ..Default::default() };
            s.save_program_figures(&c.program, &figures)
        }),
        ("program.figures.took_part", Slot::Number { required: false }, |s, c, v| {
            let figures = FiguresInput { school_year: 2026, settlement_id: c.settlement.clone(), age_band: Some(AgeBand::High), took_part: v.into(), ..Default::default() };
            s.save_program_figures(&c.program, &figures)
        }),
        ("settlement.children_count", Slot::Number { required: false }, |s, c, v| {
            s.save_settlement(Some(&c.settlement), &SettlementInput { name: "יישוב".into(), kind: Some(SettlementKind::Kibbutz), cluster_id: Some(c.cluster.clone()), children_count: v.into(), ..Default::default() }).map(drop)
        }),
        ("delegation.guest_count", Slot::Number { required: false }, |s, _, v| s.save_delegation(None, &delegation(|d| d.guest_count = v.into())).map(drop)),
        ("delegation.name", Slot::RequiredText, |s, _, v| s.save_delegation(None, &delegation(|d| d.name = v.into())).map(drop)),
        ("delegation.country", Slot::Text, |s, _, v| s.save_delegation(None, &delegation(|d| d.country = v.into())).map(drop)),
        ("delegation.notes", Slot::Text, |s, _, v| s.save_delegation(None, &delegation(|d| d.notes = v.into())).map(drop)),
        ("delegation.starts_on", Slot::Date { required: true }, |s, _, v| s.save_delegation(None, &delegation(|d| d.starts_on = v.into())).map(drop)),
        ("delegation.ends_on", Slot::Date { required: false }, |s, _, v| {
            s.save_delegation(None, &delegation(|d| { d.starts_on = "1.1.2026".into(); d.ends_on = v.into() })).map(drop)
        }),
        ("delegation.guest_organization_id", Slot::Id { required: false }, |s, _, v| {
            s.save_delegation(None, &delegation(|d| d.guest_organization_id = Some(v.into()))).map(drop)
        }),
        ("delegation.hosts", Slot::Id { required: false }, |s, _, v| s.save_delegation(None, &delegation(|d| d.hosts = vec![v.into()])).map(drop)),
        ("delegation.guests", Slot::Id { required: false }, |s, _, v| s.save_delegation(None, &delegation(|d| d.guests = vec![v.into()])).map(drop)),
        ("delegation.stop.place", Slot::RequiredText, |s, _, v| {
            s.save_delegation(None, &delegation(|d| d.stops = vec![StopInput { day: "22.3.2027".into(), place: v.into(), ..Default::default() }])).map(drop)
        }),
        ("delegation.stop.day", Slot::Date { required: true }, |s, _, v| {
            s.save_delegation(None, &delegation(|d| d.stops = vec![StopInput { day: v.into(), place: "מועדונית".into(), ..Default::default() }])).map(drop)
        }),
        ("delegation.stop.notes", Slot::Text, |s, _, v| {
            let stop = StopInput { day: "22.3.2027".into(), place: "מועדונית".into(), notes: v.into(), ..Default::default() };
            s.save_delegation(None, &delegation(|d| d.stops = vec![stop])).map(drop)
        }),
        ("delegation.stop.settlement_id", Slot::Id { required: false }, |s, _, v| {
            let stop = StopInput { day: "22.3.2027".into(), place: "מועדונית".into(), settlement_id: Some(v.into()), ..Default::default() };
            s.save_delegation(None, &delegation(|d| d.stops = vec![stop])).map(drop)
        }),
        ("delegation.follow_up.what", Slot::RequiredText, |s, c, v| {
            s.add_delegation_follow_up(&c.delegation, &ActionItemInput { what: v.into(), owner_id: None, due_date: String::new(), agenda_item_id: None }).map(drop)
        }),
        ("plan.name", Slot::RequiredText, |s, _, v| s.save_plan(None, &plan(|p| p.name = v.into())).map(drop)),
        ("plan.assessment", Slot::Text, |s, _, v| s.save_plan(None, &plan(|p| p.assessment = v.into())).map(drop)),
        ("plan.assessed_on", Slot::Date { required: false }, |s, _, v| s.save_plan(None, &plan(|p| p.assessed_on = v.into())).map(drop)),
        ("plan.goal.name", Slot::RequiredText, |s, c, v| {
            s.save_plan_goal(&c.plan, None, &GoalInput { name: v.into(), description: String::new() }).map(drop)
        }),
        ("plan.goal.description", Slot::Text, |s, c, v| {
            s.save_plan_goal(&c.plan, None, &GoalInput { name: "מטרה".into(), description: v.into() }).map(drop)
        }),
        ("plan.objective.name", Slot::RequiredText, |s, c, v| {
            s.save_plan_objective(&c.goal, None, &GoalInput { name: v.into(), description: String::new() }).map(drop)
        }),
        ("plan.objective.description", Slot::Text, |s, c, v| {
            s.save_plan_objective(&c.goal, None, &GoalInput { name: "יעד".into(), description: v.into() }).map(drop)
        }),
        ("plan.task.what", Slot::RequiredText, |s, c, v| s.save_plan_task(&c.objective, None, &task(|t| t.what = v.into())).map(drop)),
        ("plan.task.due_on", Slot::Date { required: false }, |s, c, v| s.save_plan_task(&c.objective, None, &task(|t| t.due_on = v.into())).map(drop)),
        ("plan.task.owner_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_task(&c.objective, None, &task(|t| t.owner_id = Some(v.into()))).map(drop)
        }),
        ("plan.task.program_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_task(&c.objective, None, &task(|t| t.program_id = Some(v.into()))).map(drop)
        }),
        ("plan.task.forum_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_task(&c.objective, None, &task(|t| t.forum_id = Some(v.into()))).map(drop)
        }),
        ("plan.task.cluster_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_task(&c.objective, None, &task(|t| t.cluster_id = Some(v.into()))).map(drop)
        }),
        ("plan.indicator.name", Slot::RequiredText, |s, c, v| s.save_plan_indicator(None, &indicator(&c.goal, |i| i.name = v.into())).map(drop)),
        ("plan.indicator.unit", Slot::Text, |s, c, v| s.save_plan_indicator(None, &indicator(&c.goal, |i| i.unit = v.into())).map(drop)),
        ("plan.indicator.owner_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| i.owner_id = Some(v.into()))).map(drop)
        }),
        ("plan.indicator.objective_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| i.objective_id = Some(v.into()))).map(drop)
        }),
        ("plan.indicator.forum_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| { i.source = Some(Source::MeetingsHeld); i.forum_id = Some(v.into()) })).map(drop)
        }),
        ("plan.indicator.cluster_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| { i.source = Some(Source::Visits); i.cluster_id = Some(v.into()) })).map(drop)
        }),
        ("plan.indicator.program_id", Slot::Id { required: false }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| { i.source = Some(Source::ProgramParticipants); i.program_id = Some(v.into()) })).map(drop)
        }),
        ("plan.actual.note", Slot::Text, |s, c, v| {
            s.save_plan_actual(&c.indicator, &ActualInput { school_year: 2026, value: 3.0.into(), note: v.into(), typed_by_id: Some(c.person.clone()), ..Default::default() })
        }),
        ("plan.actual.value", Slot::Number { required: false }, |s, c, v| {
            s.save_plan_actual(&c.indicator, &ActualInput { school_year: 2026, value: v.into(), typed_by_id: Some(c.person.clone()), ..Default::default() })
        }),
        ("plan.indicator.target", Slot::Number { required: true }, |s, c, v| {
            s.save_plan_indicator(None, &indicator(&c.goal, |i| i.target = v.into())).map(drop)
        }),
        ("plan.actual.typed_by_id", Slot::Id { required: true }, |s, c, v| {
            s.save_plan_actual(&c.indicator, &ActualInput { school_year: 2026, value: 3.0.into(), typed_by_id: Some(v.into()), ..Default::default() })
        }),
        ("plan.actual.settlement_id", Slot::Id { required: false }, |s, c, v| {
            let actual = ActualInput { school_year: 2026, value: 3.0.into(), scope_id: v.into(), typed_by_id: Some(c.person.clone()), ..Default::default() };
            s.save_plan_actual(&c.indicator, &actual)
        }),
        ("plan.lessons.worked", Slot::Text, |s, c, v| s.save_plan_lessons(&c.goal, 2026, &LessonsInput { worked: v.into(), ..Default::default() })),
        ("plan.lessons.did_not", Slot::Text, |s, c, v| s.save_plan_lessons(&c.goal, 2026, &LessonsInput { did_not: v.into(), ..Default::default() })),
        ("plan.lessons.cases", Slot::Text, |s, c, v| s.save_plan_lessons(&c.goal, 2026, &LessonsInput { cases: v.into(), ..Default::default() })),
        ("plan.lessons.lessons", Slot::Text, |s, c, v| s.save_plan_lessons(&c.goal, 2026, &LessonsInput { lessons: v.into(), ..Default::default() })),
        ("join_file", Slot::Format, |s, _, v| {
            let join = eshkol_core::sync::JoinFile::parse(v.as_bytes())?;
            s.join_department(&join, "המחשב של רוני", true)
        }),
    ]
}

/// A program that saves, with one thing changed.
fn program(change: impl FnOnce(&mut ProgramInput)) -> ProgramInput {
    let mut input = ProgramInput { name: "תכנית".into(), kind: Some(ProgramKind::Retention), ..Default::default() };
    change(&mut input);
    input
}

/// A delegation that saves, with one thing changed.
fn plan(change: impl FnOnce(&mut WorkPlanInput)) -> WorkPlanInput {
    let mut input = WorkPlanInput { name: "תוכנית עבודה".into(), first_year: 2026, last_year: 2027, ..Default::default() };
    change(&mut input);
    input
}

fn task(change: impl FnOnce(&mut TaskInput)) -> TaskInput {
    let mut input = TaskInput { what: "משימה".into(), school_year: 2026, ..Default::default() };
    change(&mut input);
    input
}

fn indicator(goal: &Id, change: impl FnOnce(&mut IndicatorInput)) -> IndicatorInput {
    let mut input = IndicatorInput {
        goal_id: goal.clone(),
        name: "מדד".into(),
        baseline: 1.0.into(),
        target: 2.0.into(),
        direction: Some(Direction::Increase),
        frequency: Some(Frequency::Yearly),
        ..Default::default()
    };
    change(&mut input);
    input
}

fn delegation(change: impl FnOnce(&mut DelegationInput)) -> DelegationInput {
    let mut input = DelegationInput { name: "משלחת".into(), starts_on: "22.3.2027".into(), ..Default::default() };
    change(&mut input);
    input
}

fn visit(c: &Ctx, change: impl FnOnce(&mut VisitInput)) -> VisitInput {
    let mut input = VisitInput {
        settlement_id: c.settlement.clone(),
        date: "2026-10-03".into(),
        purpose_id: c.purpose.clone(),
        visitors: vec![c.person.clone()],
        ..Default::default()
    };
    change(&mut input);
    input
}

/// Every row of every table, as text: equal snapshots mean nothing was written.
fn snapshot(store: &Store) -> String {
    let conn = store.connection();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let mut out = String::new();
    for table in tables {
        let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = statement.column_count();
        let rows = statement
            .query_map([], |r| {
                (0..columns)
                    .map(|i| r.get::<_, Value>(i))
                    .collect::<rusqlite::Result<Vec<_>>>()
            })
            .unwrap();
        out.push_str(&format!("{table}:\n"));
        for row in rows {
            out.push_str(&format!("{:?}\n", row.unwrap()));
        }
    }
    out
}

/// The table is checked in `PARTS` parts, one test each, so that the test threads share it:
/// every case opens a store of its own, and on one thread the whole table took two minutes.
const PARTS: usize = 4;

#[test]
fn every_command_answers_hostile_input_with_the_value_whole_or_a_clear_message_part_1() {
    hostile_input_part(0);
}

#[test]
fn every_command_answers_hostile_input_with_the_value_whole_or_a_clear_message_part_2() {
    hostile_input_part(1);
}

#[test]
fn every_command_answers_hostile_input_with_the_value_whole_or_a_clear_message_part_3() {
    hostile_input_part(2);
}

#[test]
fn every_command_answers_hostile_input_with_the_value_whole_or_a_clear_message_part_4() {
    hostile_input_part(3);
}

/// The commands whose place in the table is `part` modulo `PARTS`: the parts together are the
/// whole table.
fn hostile_input_part(part: usize) {
    let languages = [Locale::He, Locale::Ar, Locale::En].map(Messages::new);
    let mut refused = 0;
    let mut stored = 0;
    for (name, slot, run) in commands().into_iter().skip(part).step_by(PARTS) {
        for (label, value) in values() {
            // An id of a record that exists but is of another kind, for id slots.
            let values = if matches!(slot, Slot::Id { .. }) && label == "missing-id" {
                vec![value.clone(), "other-kind".into()]
            } else {
                vec![value.clone()]
            };
            for value in values {
                let (mut store, ctx) = setup();
                let value = if value == "other-kind" {
                    // The settlement's id where anything else is expected, and the forum's
                    // where a settlement is.
                    if name.contains("settlement_id") { ctx.forum.clone() } else { ctx.settlement.clone() }
                } else {
                    value
                };
                let before = snapshot(&store);
                let outcome = catch_unwind(AssertUnwindSafe(|| run(&mut store, &ctx, &value)))
                    .unwrap_or_else(|_| panic!("{name} panicked on {label}"));
                let after = snapshot(&store);
                let case = format!("{name} ← {label}");
                match outcome {
                    Err(error) => {
                        refused += 1;
                        assert_eq!(before, after, "{case}: refused, yet something was written");
                        assert!(!matches!(error, Error::Database(_) | Error::Io(_)), "{case}: {error:?} is not a message about the input");
                        for messages in &languages {
                            let message = error.localize(messages);
                            assert!(message.chars().count() > 10, "{case}: {message:?}");
                            assert!(!message.contains("error-") && !message.contains("field-"), "{case}: a raw message id in {message:?}");
                            assert!(message.chars().count() < 400, "{case}: the message repeats the input: {}", message.chars().count());
                        }
                    }
                    Ok(()) => {
                        stored += 1;
                        let must_refuse = match (slot, label) {
                            (_, "100k" | "control" | "bidi" | "isolate") => name != "search" || label == "100k",
                            (Slot::RequiredText, "empty" | "blank") => true,
                            (Slot::Date { .. } | Slot::Id { .. } | Slot::Format, "html" | "sql" | "date" | "date2" | "date3") => name != "search",
                            (Slot::Date { required: true } | Slot::Id { required: true }, "empty" | "blank") => true,
                            (Slot::Id { .. }, "missing-id") => true,
                            // A number field takes digits alone: no text is ever read as one.
                            (Slot::Number { .. }, label) => !matches!(label, "empty" | "blank") || slot == Slot::Number { required: true },
                            _ => false,
                        };
                        assert!(!must_refuse, "{case}: accepted");
                        if matches!(slot, Slot::RequiredText | Slot::Text) && matches!(label, "html" | "sql") && name != "search" {
                            assert!(after.contains(value.trim()), "{case}: not stored whole");
                        }
                    }
                }
            }
        }
    }
    eprintln!("part {}: {refused} refused with a message, {stored} stored whole", part + 1);
}

#[test]
fn the_importer_refuses_what_is_not_a_contact_list() {
    let (mut store, _) = setup();
    let before = snapshot(&store);
    let binary: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty.csv", Vec::new()),
        ("binary.csv", binary),
        ("latin1.csv", b"name;phone\n\xe9\xe8\xff\xfe;050\n".to_vec()),
        ("huge.csv", vec![b'a'; 50 * 1024 * 1024]),
        ("fake.xlsx", b"PK\x03\x04 not really a zip".to_vec()),
        ("html.csv", format!("שם,טלפון\n{HTML},{SQL}\n").into_bytes()),
    ];
    for (name, bytes) in cases {
        let outcome = catch_unwind(AssertUnwindSafe(|| ImportSession::open(&mut store, name, &bytes)))
            .unwrap_or_else(|_| panic!("import of {name} panicked"));
        match outcome {
            Err(e) => {
                let message = e.localize(store.messages());
                assert!(message.chars().count() > 10 && !message.contains("error-"), "{name}: {message}");
                assert!(!matches!(e, Error::Database(_)), "{name}: {e:?}");
            }
            Ok((_session, preview)) => {
                // A preview writes nothing; what it shows is text.
                assert!(name == "latin1.csv" || name == "html.csv", "{name} was taken as a contact list");
                let json = serde_json::to_string(&preview).unwrap();
                assert!(!json.is_empty());
            }
        }
        assert_eq!(snapshot(&store), before, "{name}: nothing written");
    }
}
