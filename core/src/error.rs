//! Errors with a stable code for programs and a message in the user's language for people.

use fluent_bundle::FluentValue;

use crate::i18n::Messages;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A field of a record, named in messages so the user knows what to fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Name,
    FullName,
    Region,
    Kind,
    Cluster,
    Settlement,
    Organization,
    Phone,
    Mobile,
    Email,
    ChildrenCount,
    ChildrenParticipating,
    YouthCount,
    YouthParticipating,
    Colour,
    Coordinator,
    Level,
    Cadence,
    CadenceN,
    Members,
    Step,
    Status,
    Attendance,
    Date,
    Time,
    Duration,
    Title,
    PlannedMinutes,
    GuestName,
    DecisionText,
    What,
    DueDate,
    MadeBy,
    Reason,
    Purpose,
    Visitors,
    Days,
    Query,
    Path,
    Goals,
    MemberRoles,
    Place,
    Presenter,
    RaisedBy,
    Mechanism,
    Minutes,
    Role,
    Notes,
    RoleTitle,
    PeopleMet,
    Summary,
    SensitiveNotes,
    EmergencyCluster,
    Capability,
    Person,
    HomeSettlement,
    Availability,
    AvailableDays,
    AvailableFrom,
    AvailableUntil,
    ConfirmedOn,
    LeftReason,
    ScopeCount,
    ScopeUnit,
    MainProgram,
    OtherPrograms,
    RemoteLearning,
    Contact,
    Equipment,
    Quantity,
    KeptAt,
    Topic,
    ValidMonths,
    Scenario,
    Sector,
    Goal,
    Axis,
    Description,
    StartsOn,
    EndsOn,
    Partner,
    Program,
    SchoolYear,
    AgeBand,
    Target,
    TookPart,
    Continued,
    Completed,
    Country,
    GuestCount,
    GuestOrganization,
    Day,
    Delegation,
    Forum,
    FirstYear,
    LastYear,
    Assessment,
    AssessedOn,
    PlanGoal,
    Objective,
    Quarter,
    Unit,
    Baseline,
    TargetValue,
    Direction,
    Frequency,
    Split,
    Source,
    Actual,
    TypedBy,
    Worked,
    DidNot,
    Cases,
    Lessons,
    /// A number field asked about before any save (`model::typed_number`).
    Number,
}

impl Field {
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Field::Name => "field-name",
            Field::FullName => "field-full-name",
            Field::Region => "field-region",
            Field::Kind => "field-kind",
            Field::Cluster => "field-cluster",
            Field::Settlement => "field-settlement",
            Field::Organization => "field-organization",
            Field::Phone => "field-office-phone",
            Field::Mobile => "field-mobile",
            Field::Email => "field-email",
            Field::ChildrenCount => "field-children-count",
            Field::ChildrenParticipating => "field-children-participating",
            Field::YouthCount => "field-youth-count",
            Field::YouthParticipating => "field-youth-participating",
            Field::Colour => "field-colour",
            Field::Coordinator => "field-coordinator",
            Field::Level => "field-level",
            Field::Cadence => "field-cadence",
            Field::CadenceN => "field-cadence-n",
            Field::Members => "field-members",
            Field::Step => "field-setup-step",
            Field::Status => "field-status",
            Field::Attendance => "field-attendance",
            Field::Date => "field-date",
            Field::Time => "field-time",
            Field::Duration => "field-duration",
            Field::Title => "field-title",
            Field::PlannedMinutes => "field-planned-minutes",
            Field::GuestName => "field-guest-name",
            Field::DecisionText => "field-decision-text",
            Field::What => "field-what",
            Field::DueDate => "field-due-date",
            Field::MadeBy => "field-made-by",
            Field::Reason => "field-reason",
            Field::Purpose => "field-purpose",
            Field::Visitors => "field-visitors",
            Field::Days => "field-days",
            Field::Query => "field-query",
            Field::Path => "field-path",
            Field::Goals => "field-goals",
            Field::MemberRoles => "field-member-roles",
            Field::Place => "field-place",
            Field::Presenter => "field-presenter",
            Field::RaisedBy => "field-raised-by",
            Field::Mechanism => "field-mechanism",
            Field::Minutes => "field-minutes",
            Field::Role => "field-role",
            Field::Notes => "field-notes",
            Field::RoleTitle => "field-role-title",
            Field::PeopleMet => "field-people-met",
            Field::Summary => "field-summary",
            Field::SensitiveNotes => "field-sensitive-notes",
            Field::EmergencyCluster => "field-emergency-cluster",
            Field::Capability => "field-capability",
            Field::Person => "field-person",
            Field::HomeSettlement => "field-home-settlement",
            Field::Availability => "field-availability",
            Field::AvailableDays => "field-available-days",
            Field::AvailableFrom => "field-available-from",
            Field::AvailableUntil => "field-available-until",
            Field::ConfirmedOn => "field-confirmed-on",
            Field::LeftReason => "field-left-reason",
            Field::ScopeCount => "field-scope-count",
            Field::ScopeUnit => "field-scope-unit",
            Field::MainProgram => "field-main-program",
            Field::OtherPrograms => "field-other-programs",
            Field::RemoteLearning => "field-remote-learning",
            Field::Contact => "field-contact",
            Field::Equipment => "field-equipment",
            Field::Quantity => "field-quantity",
            Field::KeptAt => "field-kept-at",
            Field::Topic => "field-topic",
            Field::ValidMonths => "field-valid-months",
            Field::Scenario => "field-scenario",
            Field::Sector => "field-sector",
            Field::Goal => "field-goal",
            Field::Axis => "field-axis",
            Field::Description => "field-description",
            Field::StartsOn => "field-starts-on",
            Field::EndsOn => "field-ends-on",
            Field::Partner => "field-partner",
            Field::Program => "field-program",
            Field::SchoolYear => "field-school-year",
            Field::AgeBand => "field-age-band",
            Field::Target => "field-target",
            Field::TookPart => "field-took-part",
            Field::Continued => "field-continued",
            Field::Completed => "field-completed",
            Field::Country => "field-country",
            Field::GuestCount => "field-guest-count",
            Field::GuestOrganization => "field-guest-organization",
            Field::Day => "field-day",
            Field::Delegation => "field-delegation",
            Field::Forum => "field-forum",
            Field::FirstYear => "field-first-year",
            Field::LastYear => "field-last-year",
            Field::Assessment => "field-assessment",
            Field::AssessedOn => "field-assessed-on",
            Field::PlanGoal => "field-plan-goal",
            Field::Objective => "field-objective",
            Field::Quarter => "field-quarter",
            Field::Unit => "field-unit",
            Field::Baseline => "field-baseline",
            Field::TargetValue => "field-target-value",
            Field::Direction => "field-direction",
            Field::Frequency => "field-frequency",
            Field::Split => "field-split",
            Field::Source => "field-source",
            Field::Actual => "field-actual",
            Field::TypedBy => "field-typed-by",
            Field::Worked => "field-worked",
            Field::DidNot => "field-did-not",
            Field::Cases => "field-cases",
            Field::Lessons => "field-lessons",
            Field::Number => "field-number",
        }
    }

    /// The longest text the field takes, in characters.
    pub fn max_chars(self) -> usize {
        match self {
            Field::Notes
            | Field::Goals
            | Field::MemberRoles
            | Field::Mechanism
            | Field::Minutes
            | Field::PeopleMet
            | Field::Summary
            | Field::SensitiveNotes
            | Field::OtherPrograms
            | Field::RemoteLearning
            | Field::Scenario
            | Field::Goal
            | Field::Assessment
            | Field::Worked
            | Field::DidNot
            | Field::Cases
            | Field::Lessons
            | Field::Description => 50_000,
            Field::Availability | Field::LeftReason => 5_000,
            Field::DecisionText | Field::What | Field::Reason => 5_000,
            _ => 500,
        }
    }

    /// Whether the field holds several lines.
    pub fn multiline(self) -> bool {
        self.max_chars() > 500
    }

    /// The field's name in the input records, so the UI can point at the input to fix.
    pub fn code(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::FullName => "full_name",
            Field::Region => "region",
            Field::Kind => "kind",
            Field::Cluster => "cluster_id",
            Field::Settlement => "settlement_id",
            Field::Organization => "organization_id",
            Field::Phone => "office_phone",
            Field::Mobile => "mobile",
            Field::Email => "email",
            Field::ChildrenCount => "children_count",
            Field::ChildrenParticipating => "children_participating",
            Field::YouthCount => "youth_count",
            Field::YouthParticipating => "youth_participating",
            Field::Colour => "colour",
            Field::Coordinator => "coordinator_id",
            Field::Level => "level",
            Field::Cadence => "cadence",
            Field::CadenceN => "cadence_n",
            Field::Members => "members",
            Field::Step => "step",
            Field::Status => "status",
            Field::Attendance => "attendance",
            Field::Date => "date",
            Field::Time => "start_time",
            Field::Duration => "duration_minutes",
            Field::Title => "title",
            Field::PlannedMinutes => "planned_minutes",
            Field::GuestName => "guest_name",
            Field::DecisionText => "text",
            Field::What => "what",
            Field::DueDate => "due_date",
            Field::MadeBy => "made_by",
            Field::Reason => "reason",
            Field::Purpose => "purpose_id",
            Field::Visitors => "visitors",
            Field::Days => "days",
            Field::Query => "query",
            Field::Path => "path",
            Field::Goals => "goals",
            Field::MemberRoles => "member_roles",
            Field::Place => "place",
            Field::Presenter => "presenter",
            Field::RaisedBy => "raised_by",
            Field::Mechanism => "mechanism",
            Field::Minutes => "minutes",
            Field::Role => "role",
            Field::Notes => "notes",
            Field::RoleTitle => "role_title",
            Field::PeopleMet => "people_met",
            Field::Summary => "summary",
            Field::SensitiveNotes => "sensitive_notes",
            Field::EmergencyCluster => "emergency_cluster",
            Field::Capability => "capabilities",
            Field::Person => "person_id",
            Field::HomeSettlement => "home_settlement_id",
            Field::Availability => "availability",
            Field::AvailableDays => "available_days",
            Field::AvailableFrom => "available_from",
            Field::AvailableUntil => "available_until",
            Field::ConfirmedOn => "confirmed_on",
            Field::LeftReason => "left_reason",
            Field::ScopeCount => "scope_count",
            Field::ScopeUnit => "scope_unit",
            Field::MainProgram => "main_program",
            Field::OtherPrograms => "other_programs",
            Field::RemoteLearning => "remote_learning",
            Field::Contact => "contact_id",
            Field::Equipment => "equipment",
            Field::Quantity => "quantity",
            Field::KeptAt => "kept_at",
            Field::Topic => "topic",
            Field::ValidMonths => "valid_months",
            Field::Scenario => "scenario",
            Field::Sector => "sector",
            Field::Goal => "goal",
            Field::Axis => "axes",
            Field::Description => "description",
            Field::StartsOn => "starts_on",
            Field::EndsOn => "ends_on",
            Field::Partner => "partners",
            Field::Program => "program_id",
            Field::SchoolYear => "school_year",
            Field::AgeBand => "age_band",
            Field::Target => "target",
            Field::TookPart => "took_part",
            Field::Continued => "continued",
            Field::Completed => "completed",
            Field::Country => "country",
            Field::GuestCount => "guest_count",
            Field::GuestOrganization => "guest_organization_id",
            Field::Day => "day",
            Field::Delegation => "delegation_id",
            Field::Forum => "forum_id",
            Field::FirstYear => "first_year",
            Field::LastYear => "last_year",
            Field::Assessment => "assessment",
            Field::AssessedOn => "assessed_on",
            Field::PlanGoal => "goal_id",
            Field::Objective => "objective_id",
            Field::Quarter => "quarter",
            Field::Unit => "unit",
            Field::Baseline => "baseline",
            Field::TargetValue => "target",
            Field::Direction => "direction",
            Field::Frequency => "frequency",
            Field::Split => "split",
            Field::Source => "source",
            Field::Actual => "value",
            Field::TypedBy => "typed_by_id",
            Field::Worked => "worked",
            Field::DidNot => "did_not",
            Field::Cases => "cases",
            Field::Lessons => "lessons",
            Field::Number => "number",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0:?} is required")]
    Required(Field),
    #[error("{field:?} is not valid: {value}")]
    Invalid { field: Field, value: String },
    /// A date that cannot be read as day, month and year (`model::read_date`).
    #[error("{field:?} is not a date: {value}")]
    NotADate { field: Field, value: String },
    /// A number that cannot be read as one (`model::read_number`).
    #[error("{field:?} is not a number: {value}")]
    NotANumber { field: Field, value: String },
    /// A time that cannot be read as hours and minutes (`model::read_time`).
    #[error("{field:?} is not a time: {value}")]
    NotATime { field: Field, value: String },
    /// An end date before the start it ends.
    #[error("{0:?} is before the start")]
    EndsBeforeStart(Field),
    #[error("{field:?} is longer than {max} characters")]
    TooLong { field: Field, max: u32 },
    #[error("{0:?} holds control characters")]
    ControlCharacters(Field),
    #[error("a record this refers to does not exist")]
    NotFound,
    #[error("{field:?} is the same as {name}'s")]
    Duplicate { field: Field, name: String },
    #[error("{0} is not a contact list")]
    NotAContactList(String),
    #[error("{0} is not an update round's workbook")]
    NotARoundReply(String),
    #[error("the file is larger than {megabytes} MB")]
    FileTooLarge { megabytes: u32 },
    /// A file over one of the limits of `limits`, found before it was all read.
    #[error("the file is over the limit of {:?}", .0)]
    FileOverLimit(crate::limits::FileLimit),
    #[error("no column holds names")]
    NoNameColumn,
    #[error("no file is being imported")]
    NoImport,
    #[error("the PDF could not be made: {0}")]
    Pdf(String),
    #[error("the year is closed: its figures are frozen")]
    YearClosed,
    #[error("the indicator is counted by Eshkol, not typed")]
    Counted,
    #[error("the meeting's minutes are approved and locked")]
    MeetingLocked,
    #[error("the meeting's minutes are not approved yet")]
    NotApproved,
    #[error("a cancelled meeting has no minutes to approve")]
    MeetingCancelled,
    #[error("the cluster still has {count} settlements")]
    ClusterHasSettlements { count: u32 },
    #[error("unknown language {0:?}")]
    UnknownLocale(String),
    #[error("the database already holds records")]
    NotEmpty,
    #[error("this laptop does not share a department")]
    NotSharing,
    #[error("this laptop already holds records of its own")]
    HasRecords,
    #[error("not a file to join a department with")]
    NotAJoinFile,
    #[error("the shared folder is not there")]
    SharedFolderMissing,
    #[error("the database schema version {found} is newer than this app knows ({supported})")]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("the file is not an Eshkol database (application id {0:#x})")]
    NotEshkolDatabase(i32),
    #[error("the database file is damaged: {0}")]
    Damaged(String),
    /// Several fields of one form to fix at once; the first is the one reported alone.
    #[error("{} fields to fix", .0.len())]
    Fields(Vec<Error>),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("file: {0}")]
    Io(#[from] std::io::Error),
}

impl Error {
    /// A stable, language-free code the UI and tests can rely on.
    pub fn code(&self) -> &'static str {
        if self.is_disk_full() {
            return "disk-full";
        }
        if self.is_busy() {
            return "database-busy";
        }
        match self {
            Error::Required(_) => "required",
            Error::Invalid { .. } => "invalid",
            Error::NotADate { .. } => "not-a-date",
            Error::NotATime { .. } => "not-a-time",
            Error::NotANumber { .. } => "not-a-number",
            Error::TooLong { .. } => "too-long",
            Error::EndsBeforeStart(_) => "ends-before-start",
            Error::ControlCharacters(_) => "control-characters",
            Error::NotFound => "not-found",
            Error::Duplicate { .. } => "duplicate",
            Error::NotAContactList(_) => "not-a-contact-list",
            Error::NotARoundReply(_) => "not-a-round-reply",
            Error::FileTooLarge { .. } => "file-too-large",
            Error::FileOverLimit(_) => "file-over-limit",
            Error::NoNameColumn => "no-name-column",
            Error::NoImport => "no-import",
            Error::Pdf(_) => "pdf",
            Error::YearClosed => "year-closed",
            Error::Counted => "counted",
            Error::MeetingLocked => "meeting-locked",
            Error::NotApproved => "not-approved",
            Error::MeetingCancelled => "meeting-cancelled",
            Error::ClusterHasSettlements { .. } => "cluster-has-settlements",
            Error::UnknownLocale(_) => "unknown-locale",
            Error::NotEmpty => "not-empty",
            Error::NotSharing => "not-sharing",
            Error::HasRecords => "has-records",
            Error::NotAJoinFile => "not-a-join-file",
            Error::SharedFolderMissing => "shared-folder-missing",
            Error::SchemaTooNew { .. } => "schema-too-new",
            Error::NotEshkolDatabase(_) => "not-eshkol-database",
            Error::Damaged(_) => "damaged",
            Error::Fields(all) => all.first().map_or("invalid", Error::code),
            Error::Database(_) => "database",
            Error::Io(_) => "io",
        }
    }

    /// Whether the disk (or the database's allowed size) is full: nothing of the write was
    /// kept, and the same write succeeds once there is room. SQLite reports a full disk as
    /// `SQLITE_FULL`, a file written directly as `StorageFull`.
    pub fn is_disk_full(&self) -> bool {
        match self {
            Error::Database(rusqlite::Error::SqliteFailure(e, _)) => {
                e.code == rusqlite::ErrorCode::DiskFull
            }
            Error::Io(e) => e.kind() == std::io::ErrorKind::StorageFull,
            _ => false,
        }
    }

    /// Whether another program (the `sqlite3` tool, a backup tool) held the database for
    /// writing longer than Eshkol waits for it: nothing was written, and the same write
    /// succeeds once it lets go.
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            Error::Database(rusqlite::Error::SqliteFailure(e, _))
                if matches!(e.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    }

    /// The field the user should fix, when the error is about one.
    pub fn field(&self) -> Option<Field> {
        match self {
            Error::Required(f)
            | Error::Invalid { field: f, .. }
            | Error::NotADate { field: f, .. }
            | Error::NotATime { field: f, .. }
            | Error::NotANumber { field: f, .. }
            | Error::TooLong { field: f, .. }
            | Error::ControlCharacters(f)
            | Error::EndsBeforeStart(f)
            | Error::Duplicate { field: f, .. } => Some(*f),
            Error::Fields(all) => all.first().and_then(Error::field),
            _ => None,
        }
    }

    /// Every field-level problem this error holds: itself, or each of `Fields`.
    pub fn problems(&self) -> Vec<&Error> {
        match self {
            Error::Fields(all) => all.iter().collect(),
            other => vec![other],
        }
    }

    /// The message a person reads, in their language, saying what to fix.
    pub fn localize(&self, messages: &Messages) -> String {
        let field = |f: &Field| FluentValue::from(messages.get(f.message_id()));
        // Enough of a typed value to recognize it, never a whole pasted book.
        let shown = |value: &str| {
            let mut shown: String = value.chars().take(60).collect();
            if value.chars().count() > 60 {
                shown.push('…');
            }
            FluentValue::from(shown)
        };
        if self.is_disk_full() {
            return messages.get("error-disk-full");
        }
        if self.is_busy() {
            return messages.get("error-database-busy");
        }
        match self {
            Error::Required(f) => messages.format("error-required", &[("field", field(f))]),
            Error::Invalid { field: f, value } => messages.format(
                "error-invalid",
                &[("field", field(f)), ("value", shown(value))],
            ),
            Error::NotADate { field: f, value } => messages.format(
                "error-not-a-date",
                &[("field", field(f)), ("value", shown(value))],
            ),
            Error::NotANumber { field: f, value } => messages.format(
                "error-not-a-number",
                &[("field", field(f)), ("value", shown(value))],
            ),
            Error::NotATime { field: f, value } => messages.format(
                "error-not-a-time",
                &[("field", field(f)), ("value", shown(value))],
            ),
            Error::TooLong { field: f, max } => messages.format(
                "error-too-long",
                &[("field", field(f)), ("max", FluentValue::from(*max))],
            ),
            Error::EndsBeforeStart(f) => {
                messages.format("error-ends-before-start", &[("field", field(f))])
            }
            Error::ControlCharacters(f) => {
                messages.format("error-control-characters", &[("field", field(f))])
            }
            Error::NotFound => messages.get("error-not-found"),
            Error::Duplicate { field: f, name } => messages.format(
                "error-duplicate",
                &[
                    ("field", field(f)),
                    ("name", FluentValue::from(name.as_str())),
                ],
            ),
            Error::NotAContactList(name) => messages.format(
                "error-not-a-contact-list",
                &[("file", FluentValue::from(name.as_str()))],
            ),
            Error::NotARoundReply(name) => messages.format(
                "error-not-a-round-reply",
                &[("file", FluentValue::from(name.as_str()))],
            ),
            Error::FileTooLarge { megabytes } => messages.format(
                "error-file-too-large",
                &[("megabytes", FluentValue::from(*megabytes))],
            ),
            // Grouped as people read counts: 100,000, not 100000.
            Error::FileOverLimit(limit) => messages.format(
                limit.message_id(),
                &[("max", FluentValue::from(grouped(limit.max())))],
            ),
            Error::NoNameColumn => messages.get("error-no-name-column"),
            Error::NoImport => messages.get("error-no-import"),
            Error::Pdf(detail) => messages.format(
                "error-pdf",
                &[("detail", FluentValue::from(detail.as_str()))],
            ),
            Error::YearClosed => messages.get("error-year-closed"),
            Error::Counted => messages.get("error-counted"),
            Error::MeetingLocked => messages.get("error-meeting-locked"),
            Error::NotApproved => messages.get("error-not-approved"),
            Error::MeetingCancelled => messages.get("error-meeting-cancelled"),
            Error::ClusterHasSettlements { count } => messages.format(
                "error-cluster-has-settlements",
                &[("count", FluentValue::from(*count))],
            ),
            Error::UnknownLocale(code) => messages.format(
                "error-unknown-locale",
                &[("code", FluentValue::from(code.as_str()))],
            ),
            Error::NotEmpty => messages.get("error-not-empty"),
            Error::NotSharing => messages.get("error-not-sharing"),
            Error::HasRecords => messages.get("error-has-records"),
            Error::NotAJoinFile => messages.get("error-not-a-join-file"),
            Error::SharedFolderMissing => messages.get("error-shared-folder-missing"),
            Error::SchemaTooNew { found, supported } => messages.format(
                "error-schema-too-new",
                &[
                    ("found", FluentValue::from(*found)),
                    ("supported", FluentValue::from(*supported)),
                ],
            ),
            Error::NotEshkolDatabase(_) => messages.get("error-not-eshkol-database"),
            Error::Damaged(detail) => messages.format(
                "error-damaged",
                &[("detail", FluentValue::from(detail.as_str()))],
            ),
            Error::Database(e) => messages.format(
                "error-database",
                &[("detail", FluentValue::from(e.to_string()))],
            ),
            Error::Io(e) => {
                messages.format("error-io", &[("detail", FluentValue::from(e.to_string()))])
            }
            // Each field shows its own message beside it; alone, the first is said.
            Error::Fields(all) => all
                .first()
                .map(|first| first.localize(messages))
                .unwrap_or_default(),
        }
    }
}

/// The problems of a form, gathered so that all of them are reported at once, not the first
/// alone: "the name is missing" and "the region is missing" together.
#[derive(Default)]
pub(crate) struct Problems(Vec<Error>);

impl Problems {
    /// The value of `checked`, or `None` with its problem kept.
    pub(crate) fn check<T>(&mut self, checked: Result<T>) -> Option<T> {
        match checked {
            Ok(value) => Some(value),
            Err(e) => {
                self.0.extend(match e {
                    Error::Fields(all) => all,
                    one => vec![one],
                });
                None
            }
        }
    }

    /// Nothing to fix, one problem, or several.
    pub(crate) fn done(mut self) -> Result<()> {
        match self.0.len() {
            0 => Ok(()),
            1 => Err(self.0.remove(0)),
            _ => Err(Error::Fields(self.0)),
        }
    }
}

/// A count with a comma between each three digits (the app shows Western digits in every
/// language).
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}
