//! The files of a yearly update round (`emergency::round`): the email draft that opens in the
//! user's own mail program, the personal workbook to fill in, and a returned workbook read back
//! as a comparison, line by line, that changes nothing until the manager accepts its lines.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
use rust_xlsxwriter::{Format, Workbook};
use serde::Serialize;

use super::{SavedFile, export::xlsx_error, file_date};
use crate::{
    directory::{import::read_xlsx, links},
    emergency::DetailKey,
    error::{Error, Result},
    model::Id,
    store::Store,
};

/// The first cell of the hidden row that names the round and the subject of a workbook.
const MARK: &str = "eshkol-update-round";
/// The rows above the details: the hidden mark, the title, what to do, the headers.
const FIRST_DETAIL_ROW: u32 = 4;

/// An email to send in the user's own mail program.
#[derive(Clone, Debug, Serialize)]
pub struct MailDraft {
    pub to: Option<String>,
    pub subject: String,
    pub body: String,
    /// `mailto:` with the subject and body, as `links::external` passes it.
    pub url: String,
}

/// A line of a returned workbook that differs from the details as they stand.
#[derive(Clone, Debug, Serialize)]
pub struct ReplyLine {
    pub key: DetailKey,
    pub label: String,
    pub current: String,
    pub proposed: String,
}

/// A returned workbook: whose it is, and what it proposes to change.
#[derive(Clone, Debug, Serialize)]
pub struct RoundReply {
    pub round_id: Id,
    pub subject_id: Id,
    pub name: String,
    pub lines: Vec<ReplyLine>,
}

impl Store {
    /// A request's email draft, made to be sent: the request counts as sent from now.
    pub fn send_round_email(
        &mut self,
        round: &str,
        subject: &str,
        today: NaiveDate,
    ) -> Result<MailDraft> {
        let draft = self.round_email(round, subject)?;
        self.request_sent(round, subject, today)?;
        Ok(draft)
    }

    /// The request as an email: to the volunteer, or the organization's emergency contact.
    pub fn round_email(&self, round: &str, subject: &str) -> Result<MailDraft> {
        let s = self.round_subject(round, subject)?;
        let msg = self.messages();
        let details: Vec<String> = s
            .lines
            .iter()
            .map(|l| {
                format!(
                    "{}: {}",
                    l.label,
                    if l.value.is_empty() { "—" } else { &l.value }
                )
            })
            .collect();
        let body = msg.format(
            "round-email-body",
            &[
                ("name", FluentValue::from(s.name.clone())),
                ("round", FluentValue::from(s.round_name.clone())),
                ("details", FluentValue::from(details.join("\n"))),
                ("department", FluentValue::from(self.department_name()?)),
            ],
        );
        // Fluent's isolation marks are for screens; a mail program shows them as they are.
        let body = clean(&body);
        let subject_line = clean(&msg.format(
            "round-email-subject",
            &[("round", FluentValue::from(s.round_name.clone()))],
        ));
        let encode = |t: &str| utf8_percent_encode(t, NON_ALPHANUMERIC).to_string();
        let url = format!(
            "mailto:{}?subject={}&body={}",
            s.email.as_deref().unwrap_or(""),
            encode(&subject_line),
            encode(&body)
        );
        Ok(MailDraft {
            to: s.email,
            subject: subject_line,
            body,
            url: links::external(&url)?,
        })
    }

    /// The request as a workbook to fill in: each line as it stands, and a column for what changed.
    pub fn round_workbook(
        &self,
        round: &str,
        subject: &str,
        today: NaiveDate,
    ) -> Result<SavedFile> {
        let s = self.round_subject(round, subject)?;
        let msg = self.messages();
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        if msg.locale().dir() == "rtl" {
            sheet.set_right_to_left(true);
        }
        let bold = Format::new().set_bold();
        let title = Format::new().set_bold().set_font_size(14);
        let fill = Format::new()
            .set_background_color("#FFF6D5")
            .set_border(rust_xlsxwriter::FormatBorder::Thin);
        let wrap = Format::new().set_text_wrap();
        // Row 0 names the round and the subject, hidden; column A holds each line's key, hidden.
        for (col, text) in [MARK, round, s.kind.as_str(), subject].iter().enumerate() {
            sheet
                .write_string(0, col as u16, *text)
                .map_err(xlsx_error)?;
        }
        sheet.set_row_hidden(0).map_err(xlsx_error)?;
        sheet
            .write_string_with_format(1, 1, format!("{} · {}", s.round_name, s.name), &title)
            .map_err(xlsx_error)?;
        sheet
            .write_string_with_format(2, 1, clean(&msg.get("round-workbook-instructions")), &wrap)
            .map_err(xlsx_error)?;
        for (col, id) in ["round-col-detail", "round-col-current", "round-col-new"]
            .iter()
            .enumerate()
        {
            sheet
                .write_string_with_format(3, col as u16 + 1, msg.get(id), &bold)
                .map_err(xlsx_error)?;
        }
        for (i, line) in s.lines.iter().enumerate() {
            let row = FIRST_DETAIL_ROW + i as u32;
            sheet
                .write_string(row, 0, line.key.as_str())
                .map_err(xlsx_error)?;
            sheet
                .write_string(row, 1, &line.label)
                .map_err(xlsx_error)?;
            sheet
                .write_string_with_format(row, 2, &line.value, &wrap)
                .map_err(xlsx_error)?;
            sheet.write_blank(row, 3, &fill).map_err(xlsx_error)?;
        }
        sheet.set_column_hidden(0).map_err(xlsx_error)?;
        sheet.set_column_width(1, 24).map_err(xlsx_error)?;
        sheet.set_column_width(2, 40).map_err(xlsx_error)?;
        sheet.set_column_width(3, 40).map_err(xlsx_error)?;
        let bytes = workbook.save_to_buffer().map_err(xlsx_error)?;
        Ok(SavedFile::new(
            bytes,
            format!("{} {} {}", s.round_name, s.name, file_date(today)),
            "xlsx",
            msg.get("round-workbook-dialog-title"),
        ))
    }

    /// A returned workbook, read back: the lines whose new value differs from the details as
    /// they stand now. Nothing is changed here.
    pub fn read_round_reply(&self, file_name: &str, bytes: &[u8]) -> Result<RoundReply> {
        let not_ours = || Error::NotARoundReply(file_name.chars().take(80).collect());
        if !bytes.starts_with(b"PK\x03\x04") {
            return Err(not_ours());
        }
        let sheets = read_xlsx(file_name, bytes).map_err(|e| match e {
            Error::NotAContactList(_) => not_ours(),
            other => other,
        })?;
        let (_, grid) = sheets.into_iter().next().ok_or_else(not_ours)?;
        let cell = |row: &Vec<String>, col: usize| {
            row.get(col)
                .map(|c| c.trim().to_owned())
                .unwrap_or_default()
        };
        let mark = grid
            .iter()
            .find(|r| cell(r, 0) == MARK)
            .ok_or_else(not_ours)?;
        let (round, subject) = (cell(mark, 1), cell(mark, 3));
        let current = self.round_subject(&round, &subject).map_err(|e| match e {
            Error::NotFound => not_ours(),
            other => other,
        })?;
        let mut lines = Vec::new();
        for row in &grid {
            let Ok(key) = DetailKey::parse(&cell(row, 0)) else {
                continue;
            };
            let proposed = cell(row, 3);
            let Some(now) = current.lines.iter().find(|l| l.key == key) else {
                continue;
            };
            if proposed.is_empty() || proposed == now.value.trim() {
                continue;
            }
            lines.push(ReplyLine {
                key,
                label: now.label.clone(),
                current: now.value.clone(),
                proposed,
            });
        }
        Ok(RoundReply {
            round_id: current.round_id,
            subject_id: current.id,
            name: current.name,
            lines,
        })
    }
}

/// Without Fluent's isolation marks, for an email or a cell of a workbook.
fn clean(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
