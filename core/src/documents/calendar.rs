//! A forum's planned meetings as one iCalendar file (RFC 5545) for Google Calendar, Outlook and
//! Thunderbird. Times are wall-clock in Asia/Jerusalem, with that zone's definition in the file,
//! so a meeting at 18:00 stays at 18:00 on both sides of the change to summer time.

use chrono::{NaiveDate, NaiveTime};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike};

use super::SavedFile;
use crate::{error::Result, forums::MeetingStatus, store::Store};

pub const TZID: &str = "Asia/Jerusalem";

/// Israel's rules since 2013: summer time from the Friday before the last Sunday of March at
/// 02:00 to the last Sunday of October at 02:00. The icalendar crate writes events but not
/// time-zone definitions, so this one is written here and set into its output.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r
TZID:Asia/Jerusalem\r
BEGIN:STANDARD\r
DTSTART:19701025T020000\r
TZOFFSETFROM:+0300\r
TZOFFSETTO:+0200\r
TZNAME:IST\r
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:19700327T020000\r
TZOFFSETFROM:+0200\r
TZOFFSETTO:+0300\r
TZNAME:IDT\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=23,24,25,26,27,28,29;BYDAY=FR\r
END:DAYLIGHT\r
END:VTIMEZONE\r
";

impl Store {
    /// The forum's planned meetings as the text of an `.ics` file.
    pub fn forum_calendar(&self, forum_id: &str, today: NaiveDate) -> Result<String> {
        let forum = self.forum(forum_id, today)?;
        let online = self.messages().get("meeting-online");
        let mut calendar = Calendar::new();
        calendar.name(&forum.name).timezone(TZID);
        for row in forum
            .meetings
            .iter()
            .filter(|m| m.status == MeetingStatus::Planned)
        {
            let meeting = self.meeting(&row.id)?;
            let mut event = Event::new();
            event
                .uid(&format!("{}@eshkol", meeting.id))
                .summary(&forum.name);
            let place = match (meeting.online, meeting.place.trim()) {
                (true, "") => online.clone(),
                (true, place) => format!("{online}: {place}"),
                (false, place) => place.to_owned(),
            };
            if !place.is_empty() {
                event.location(&place);
            }
            let agenda: Vec<String> = meeting
                .agenda
                .iter()
                .map(|a| format!("{}. {}", a.position, a.title))
                .collect();
            if !agenda.is_empty() {
                event.description(&agenda.join("\n"));
            }
            match meeting
                .start_time
                .as_deref()
                .and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok())
            {
                Some(start) => {
                    let start = meeting.date.and_time(start);
                    let end =
                        start + chrono::Duration::minutes(i64::from(meeting.duration_minutes));
                    event
                        .starts(CalendarDateTime::WithTimezone {
                            date_time: start,
                            tzid: TZID.into(),
                        })
                        .ends(CalendarDateTime::WithTimezone {
                            date_time: end,
                            tzid: TZID.into(),
                        });
                }
                None => {
                    event.all_day(meeting.date);
                }
            }
            calendar.push(event.done());
        }
        let text = calendar.done().to_string();
        // The zone's definition goes before the first event (or the calendar's end).
        let at = text
            .find("BEGIN:VEVENT")
            .or_else(|| text.find("END:VCALENDAR"))
            .unwrap_or(text.len());
        Ok(format!("{}{VTIMEZONE}{}", &text[..at], &text[at..]))
    }

    /// `forum_calendar` as the file the save dialog offers, named for the forum.
    pub fn calendar_file(&self, forum_id: &str, today: NaiveDate) -> Result<SavedFile> {
        Ok(SavedFile::new(
            self.forum_calendar(forum_id, today)?.into_bytes(),
            self.forum(forum_id, today)?.name,
            "ics",
            self.messages().get("calendar-dialog-title"),
        ))
    }
}
