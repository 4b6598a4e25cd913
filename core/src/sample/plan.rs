//! The sample's work plan: goals, objectives, tasks and indicators, typed and counted.

use super::*;
use crate::{error::Result, model::*, store::Writer};

/// The sample department's work plan, on seed 000's three department goals: objectives, this
/// year's tasks (one late), indicators counted from the sample's own records and one typed.
pub(super) fn work_plan(
    w: &Writer<'_>,
    people: &[Id],
    sample_forums: &SampleForums,
    retention: &Id,
) -> Result<()> {
    use crate::plan::{
        Direction, Frequency, GoalInput, IndicatorInput, PlanPart, Source, Split, TaskInput,
        TaskStatus, WorkPlanInput,
    };
    let person = |name: &str| person_of(people, name);
    let today = crate::today();
    let year = crate::forums::school_year(today);
    let plan = w.save_plan(
        None,
        &WorkPlanInput {
            name: "תוכנית העבודה של המחלקה".into(),
            first_year: year,
            last_year: year + 2,
            assessment: "רוב היישובים מבוקרים לפחות פעם בחודש, אך שניים מהם לא בוקרו מאז תחילת השנה.\n\
                         פורומי הרשות נפגשים בתדירות נמוכה מהנדרש, והתיאום בין תנועות הנוער לבתי הספר חלקי.\n\
                         בשנה הקרובה נדרש לחזק את הליווי המקצועי של הרכזים ואת המענה לנוער בסיכון."
                .into(),
            assessed_on: (today - chrono::Duration::days(40)).format("%Y-%m-%d").to_string(),
        },
    )?;
    let goal = |name: &str| {
        w.save_goal(
            PlanPart::Goal,
            &plan,
            None,
            &GoalInput {
                name: name.into(),
                description: String::new(),
            },
        )
    };
    let objective = |goal: &Id, name: &str| {
        w.save_goal(
            PlanPart::Objective,
            goal,
            None,
            &GoalInput {
                name: name.into(),
                description: String::new(),
            },
        )
    };
    let task = |objective: &Id, what: &str, owner: &str, quarter: u8, status: TaskStatus| {
        w.save_plan_task(
            objective,
            None,
            &TaskInput {
                what: what.into(),
                owner_id: person(owner),
                school_year: year,
                quarter: Some(quarter),
                status: Some(status),
                ..Default::default()
            },
        )
    };
    let indicator =
        |goal: &Id, objective: Option<&Id>, name: &str, change: &dyn Fn(&mut IndicatorInput)| {
            let mut input = IndicatorInput {
                goal_id: goal.clone(),
                objective_id: objective.cloned(),
                name: name.into(),
                baseline: 0.0.into(),
                target: 100.0.into(),
                direction: Some(Direction::Increase),
                frequency: Some(Frequency::Quarterly),
                owner_id: person("מיכל אבירם"),
                ..Default::default()
            };
            change(&mut input);
            w.save_plan_indicator(None, &input)
        };

    let answer = goal("מענה חינוכי, חברתי וקהילתי לכל ילד, ילדה ובני נוער")?;
    let visits = objective(&answer, "כל יישוב מבוקר לפחות פעם בחודש")?;
    task(
        &visits,
        "סבב ביקורים בכל יישובי האשכולות",
        "מיכל אבירם",
        crate::plan::measure::quarter_of(today),
        TaskStatus::UnderWay,
    )?;
    task(
        &visits,
        "מיפוי צרכים עם הרכזים היישוביים",
        "ליבי אשכנזי",
        1,
        TaskStatus::Done,
    )?;
    indicator(
        &answer,
        Some(&visits),
        "יישובים שבוקרו ב־30 הימים האחרונים",
        &|i| {
            i.source = Some(Source::SettlementsVisited);
            i.unit = "יישובים".into();
            i.baseline = 3.0.into();
            i.target = 8.0.into();
            i.split = Some(Split::Cluster);
        },
    )?;
    indicator(
        &answer,
        None,
        "שיעור הנשירה מבתי הספר",
        &|i| {
            i.unit = "%".into();
            i.baseline = 6.0.into();
            i.target = 4.0.into();
            i.direction = Some(Direction::Decrease);
            i.frequency = Some(Frequency::Yearly);
            i.owner_id = person("שירה אלמוגי");
        },
    )?;

    let body = goal("גוף מקצועי מייסד, מנחה ומלווה")?;
    let forums = objective(&body, "הפורומים ברשות נפגשים כסדרם ומקדמים את החלטותיהם")?;
    task(
        &forums,
        "כנס פתיחת שנה לרכזים",
        "מיכל אבירם",
        1,
        TaskStatus::Planned,
    )?;
    task(
        &forums,
        "הכשרה למובילי הפורומים",
        "שירה אלמוגי",
        3,
        TaskStatus::Planned,
    )?;
    indicator(
        &body,
        Some(&forums),
        "מפגשי הפורומים מול התדירות שנקבעה",
        &|i| {
            i.source = Some(Source::MeetingsHeld);
            i.unit = "%".into();
            i.baseline = 60.0.into();
            i.target = 90.0.into();
        },
    )?;
    indicator(
        &body,
        Some(&forums),
        "מפגשי פורום השותפים הרשותי",
        &|i| {
            i.source = Some(Source::MeetingsHeld);
            i.forum_id = Some(sample_forums.authority.clone());
            i.unit = "%".into();
            i.baseline = 50.0.into();
            i.target = 100.0.into();
            i.frequency = Some(Frequency::Yearly);
        },
    )?;
    indicator(
        &body,
        Some(&forums),
        "משימות המשך שבוצעו בזמן",
        &|i| {
            i.source = Some(Source::ActionsOnTime);
            i.unit = "%".into();
            i.baseline = 50.0.into();
            i.target = 80.0.into();
        },
    )?;

    let whole = goal("ראייה הוליסטית הכוללת מניעה וסיכון")?;
    let risk = objective(&whole, "מענה לנוער בסיכון ומוכנות לחירום בכל יישוב")?;
    task(
        &risk,
        "עדכון מאגר המתנדבים לחירום",
        "חיים זיו",
        2,
        TaskStatus::Planned,
    )?;
    indicator(
        &whole,
        Some(&risk),
        "מתנדבים שאישרו את פרטיהם השנה",
        &|i| {
            i.source = Some(Source::VolunteersConfirmed);
            i.unit = "מתנדבים".into();
            i.baseline = 4.0.into();
            i.target = 12.0.into();
            i.frequency = Some(Frequency::Yearly);
        },
    )?;
    indicator(
        &whole,
        Some(&risk),
        "משתתפים במודל ההתמדה",
        &|i| {
            i.source = Some(Source::ProgramParticipants);
            i.program_id = Some(retention.clone());
            i.unit = "ילדים ובני נוער".into();
            i.baseline = 40.0.into();
            i.target = 80.0.into();
            i.frequency = Some(Frequency::Yearly);
        },
    )?;
    Ok(())
}
