//! The contact sheet: people grouped by cluster, role or organization, laid out in pages of
//! about thirty rows with the department's name, the sheet's title and the print date on top and
//! "page x of y" below. The UI prints these pages as they are; every text is already rendered.

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use crate::{
    directory::{OrganizationKind, PersonRow},
    error::Result,
    model::Id,
    store::{Store, collation},
};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    #[default]
    Cluster,
    Role,
    Organization,
    None,
}

/// A column the user may put on the sheet; the name is always there, first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    Role,
    Organization,
    Cluster,
    Settlement,
    OfficePhone,
    Mobile,
    Email,
}

impl Column {
    fn header_id(self) -> &'static str {
        match self {
            Column::Role => "col-role",
            Column::Organization => "col-organization",
            Column::Cluster => "col-cluster",
            Column::Settlement => "col-settlement",
            Column::OfficePhone => "col-office-phone",
            Column::Mobile => "col-mobile",
            Column::Email => "col-email",
        }
    }

    /// Numbers and addresses read left to right inside right-to-left text.
    fn left_to_right(self) -> bool {
        matches!(self, Column::OfficePhone | Column::Mobile | Column::Email)
    }

    fn cell(self, person: &PersonRow) -> String {
        let text = match self {
            Column::Role => Some(&person.role_title),
            Column::Organization => person.organization.as_ref(),
            Column::Cluster => person.cluster.as_ref(),
            Column::Settlement => person.settlement.as_ref(),
            Column::OfficePhone => person.office_phone_display.as_ref(),
            Column::Mobile => person.mobile_display.as_ref(),
            Column::Email => person.email.as_ref(),
        };
        text.cloned().unwrap_or_default()
    }
}

pub const DEFAULT_COLUMNS: &[Column] = &[
    Column::Role,
    Column::Settlement,
    Column::OfficePhone,
    Column::Mobile,
    Column::Email,
];
pub const DEFAULT_ROWS_PER_PAGE: usize = 30;

#[derive(Clone, Debug, Deserialize)]
pub struct SheetOptions {
    #[serde(default)]
    pub grouping: Grouping,
    #[serde(default = "default_columns")]
    pub columns: Vec<Column>,
    /// Only these people (the list's current filter); everyone when absent.
    #[serde(default)]
    pub ids: Option<Vec<Id>>,
    #[serde(default)]
    pub rows_per_page: Option<usize>,
}

fn default_columns() -> Vec<Column> {
    DEFAULT_COLUMNS.to_vec()
}

impl Default for SheetOptions {
    fn default() -> Self {
        SheetOptions {
            grouping: Grouping::Cluster,
            columns: default_columns(),
            ids: None,
            rows_per_page: None,
        }
    }
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Cell {
    pub text: String,
    pub ltr: bool,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Row {
    Group { title: String },
    Person { cells: Vec<Cell> },
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Page {
    pub number: usize,
    pub rows: Vec<Row>,
    /// "page x of y", in the user's language.
    pub footer: String,
}

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct ContactSheet {
    pub department: String,
    pub title: String,
    /// The print date as Israelis write it: 22.11.2026.
    pub date: String,
    pub columns: Vec<Column>,
    pub headers: Vec<String>,
    pub people: usize,
    pub pages: Vec<Page>,
}

impl Store {
    /// The department's name for the head of a printed page: its organization of kind
    /// "department", or the app's name when there is none.
    pub fn department_name(&self) -> Result<String> {
        Ok(self
            .organizations(false)?
            .into_iter()
            .find(|o| o.kind == OrganizationKind::Department)
            .map(|o| o.name)
            .unwrap_or_else(|| self.messages().get("app-title")))
    }

    /// Lay out the contact sheet for `options`, dated `date`.
    pub fn contact_sheet(
        &self,
        options: &SheetOptions,
        date: chrono::NaiveDate,
    ) -> Result<ContactSheet> {
        let messages = self.messages();
        let mut columns = Vec::new();
        for column in &options.columns {
            if !columns.contains(column) {
                columns.push(*column);
            }
        }
        let people: Vec<PersonRow> = self
            .people(false)?
            .into_iter()
            .filter(|p| options.ids.as_ref().is_none_or(|ids| ids.contains(&p.id)))
            .collect();

        // Groups in Hebrew alphabetical order, the people without one last.
        let key = |p: &PersonRow| -> Option<String> {
            match options.grouping {
                Grouping::Cluster => p.cluster.clone(),
                Grouping::Role => Some(p.role_title.clone()).filter(|r| !r.is_empty()),
                Grouping::Organization => p.organization.clone(),
                Grouping::None => None,
            }
        };
        let mut groups: Vec<(Option<String>, Vec<&PersonRow>)> = Vec::new();
        for person in &people {
            let k = key(person);
            match groups.iter_mut().find(|(g, _)| *g == k) {
                Some((_, list)) => list.push(person),
                None => groups.push((k, vec![person])),
            }
        }
        groups.sort_by(|(a, _), (b, _)| match (a, b) {
            (Some(a), Some(b)) => collation::compare(a, b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });

        let per_page = options
            .rows_per_page
            .unwrap_or(DEFAULT_ROWS_PER_PAGE)
            .max(2);
        let mut pages: Vec<Vec<Row>> = vec![Vec::new()];
        for (group, list) in &groups {
            let title = match (options.grouping, group) {
                (Grouping::None, _) => None,
                (_, Some(g)) => Some(g.clone()),
                (_, None) => Some(messages.get("sheet-ungrouped")),
            };
            for (i, person) in list.iter().enumerate() {
                let mut page = pages.last_mut().unwrap();
                // A group's heading never stands alone at the foot of a page.
                let needs = if i == 0 && title.is_some() { 2 } else { 1 };
                if page.len() + needs > per_page {
                    pages.push(Vec::new());
                    page = pages.last_mut().unwrap();
                }
                if let Some(title) = &title {
                    if i == 0 {
                        page.push(Row::Group {
                            title: title.clone(),
                        });
                    } else if page.is_empty() {
                        let continued = messages.format(
                            "sheet-group-continued",
                            &[("group", FluentValue::from(title.as_str()))],
                        );
                        page.push(Row::Group { title: continued });
                    }
                }
                let mut cells = vec![Cell {
                    text: person.full_name.clone(),
                    ltr: false,
                }];
                cells.extend(columns.iter().map(|c| Cell {
                    text: c.cell(person),
                    ltr: c.left_to_right(),
                }));
                page.push(Row::Person { cells });
            }
        }
        let count = pages.len();
        let pages = pages
            .into_iter()
            .enumerate()
            .map(|(i, rows)| Page {
                number: i + 1,
                rows,
                footer: messages.format(
                    "sheet-page",
                    &[
                        ("page", FluentValue::from(i + 1)),
                        ("pages", FluentValue::from(count)),
                    ],
                ),
            })
            .collect();

        let department = self.department_name()?;
        let mut headers = vec![messages.get("col-name")];
        headers.extend(columns.iter().map(|c| messages.get(c.header_id())));
        Ok(ContactSheet {
            department,
            title: messages.get("sheet-title"),
            date: date.format("%d.%m.%Y").to_string(),
            columns,
            headers,
            people: people.len(),
            pages,
        })
    }
}
