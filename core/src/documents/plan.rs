//! A plan's year-end report (issue #18), as a PDF in the user's language: per goal, its tasks
//! done, each indicator's baseline, target, actual and % met, counted or typed, a chart of
//! target against actual by quarter drawn by typst from the figures, and the year's lessons.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use serde::Serialize;

use super::{SavedFile, day, file_date, programs::school_year_label};
use crate::{
    error::Result,
    i18n::Messages,
    plan::{
        TaskStatus,
        Figure, IndicatorView,
    },
    store::Store,
};

#[derive(Clone, Debug, Serialize)]
struct Bar {
    label: String,
    value: Option<f64>,
    text: String,
}

#[derive(Clone, Debug, Serialize)]
struct Chart {
    target: f64,
    max: f64,
    bars: Vec<Bar>,
}

#[derive(Clone, Debug, Serialize)]
struct ReportIndicator {
    name: String,
    unit: String,
    baseline: String,
    target: String,
    actual: String,
    percent: String,
    standing: String,
    source: String,
    chart: Chart,
}

#[derive(Clone, Debug, Serialize)]
struct ReportLesson {
    title: String,
    text: String,
}

#[derive(Clone, Debug, Serialize)]
struct ReportGoal {
    name: String,
    tasks: String,
    indicators: Vec<ReportIndicator>,
    none: String,
    lessons: Vec<ReportLesson>,
}

#[derive(Clone, Debug, Serialize)]
struct Report {
    department: String,
    title: String,
    year: String,
    printed: String,
    name: String,
    closed: String,
    assessment_title: String,
    assessment: String,
    headers: Vec<String>,
    chart_title: String,
    actual_label: String,
    target_label: String,
    goals: Vec<ReportGoal>,
}

/// A figure as the report prints it: up to two decimals, no trailing zeros.
pub(crate) fn figure_text(value: f64) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.into()
    }
}

fn value_text(f: &Figure) -> String {
    f.value.map(figure_text).unwrap_or_else(|| "—".into())
}

fn indicator(msg: &Messages, i: &IndicatorView) -> ReportIndicator {
    let bars: Vec<Bar> = if i.quarters.is_empty() {
        vec![Bar {
            label: msg.get("plan-when-year"),
            value: i.year.value,
            text: value_text(&i.year),
        }]
    } else {
        i.quarters
            .iter()
            .map(|q| Bar {
                label: msg.format(
                    "plan-when-quarter",
                    &[("quarter", FluentValue::from(q.quarter))],
                ),
                value: q.figure.value,
                text: value_text(&q.figure),
            })
            .collect()
    };
    let max = bars
        .iter()
        .filter_map(|b| b.value)
        .chain([i.target, i.baseline])
        .fold(0.0_f64, f64::max)
        .max(1.0)
        * 1.1;
    ReportIndicator {
        name: i.name.clone(),
        unit: i.unit.clone(),
        baseline: figure_text(i.baseline),
        target: figure_text(i.target),
        actual: value_text(&i.year),
        percent: i
            .percent_met
            .map(|p| format!("{}%", p.round()))
            .unwrap_or_else(|| "—".into()),
        standing: i
            .standing
            .map(|s| msg.get(s.message_id()))
            .unwrap_or_default(),
        source: msg.get(if i.year.counted {
            "plan-report-counted"
        } else {
            "plan-report-typed"
        }),
        chart: Chart {
            target: i.target.max(0.0),
            max,
            bars: bars
                .into_iter()
                .map(|b| Bar {
                    value: b.value.map(|v| v.max(0.0)),
                    ..b
                })
                .collect(),
        },
    }
}

impl Store {
    fn plan_report(&self, plan_id: &str, year: i32, today: NaiveDate) -> Result<Report> {
        let plan = self.plan_year(plan_id, year, today)?;
        let msg = self.messages();
        let goals = plan
            .goals
            .iter()
            .map(|g| {
                let tasks: Vec<_> = g.objectives.iter().flat_map(|o| o.tasks.iter()).collect();
                let done = tasks
                    .iter()
                    .filter(|t| t.status == TaskStatus::Done)
                    .count();
                let indicators = g
                    .indicators
                    .iter()
                    .chain(g.objectives.iter().flat_map(|o| o.indicators.iter()))
                    .map(|i| indicator(&msg, i))
                    .collect();
                let lessons = [
                    ("field-worked", &g.lessons.worked),
                    ("field-did-not", &g.lessons.did_not),
                    ("field-cases", &g.lessons.cases),
                    ("field-lessons", &g.lessons.lessons),
                ]
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .map(|(id, text)| ReportLesson {
                    title: msg.get(id),
                    text: text.clone(),
                })
                .collect();
                ReportGoal {
                    name: g.name.clone(),
                    tasks: msg.format(
                        "plan-report-tasks",
                        &[
                            ("done", FluentValue::from(done)),
                            ("total", FluentValue::from(tasks.len())),
                        ],
                    ),
                    indicators,
                    none: msg.get("plan-report-no-indicators"),
                    lessons,
                }
            })
            .collect();
        let closed = plan
            .closed_at
            .as_deref()
            .and_then(|c| NaiveDate::parse_from_str(c.get(..10)?, "%Y-%m-%d").ok())
            .map(|d| msg.format("plan-year-closed", &[("date", FluentValue::from(day(d)))]))
            .unwrap_or_default();
        Ok(Report {
            department: self.department_name()?,
            title: msg.get("plan-report-title"),
            year: school_year_label(year),
            printed: msg.format(
                "emergency-sheet-printed",
                &[("date", FluentValue::from(day(today)))],
            ),
            name: plan.name,
            closed,
            assessment_title: msg.get("plan-assessment-title"),
            assessment: plan.assessment,
            headers: [
                "plan-report-headers-indicator",
                "field-unit",
                "field-baseline",
                "field-target-value",
                "plan-actual",
                "plan-report-headers-met",
                "field-status",
                "plan-report-headers-source",
            ]
            .iter()
            .map(|id| msg.get(id))
            .collect(),
            chart_title: msg.get("plan-report-chart"),
            actual_label: msg.get("plan-actual"),
            target_label: msg.get("field-target-value"),
            goals,
        })
    }

    /// The year-end report as an A4 PDF, with the name the save dialog offers.
    pub fn export_plan_report(
        &self,
        plan_id: &str,
        year: i32,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let report = self.plan_report(plan_id, year, today)?;
        let bytes = self.render_pdf(
            include_str!("templates/plan_year.typ"),
            "report",
            &report,
            today,
        )?;
        let msg = self.messages();
        Ok(SavedFile::new(
            bytes,
            format!("{} {} {}", report.title, report.year, file_date(today)),
            "pdf",
            msg.get("plan-report-dialog-title"),
        ))
    }
}
