//! Territory packs: a département's introduction, partners, contacts and events, and the
//! calendar files (RFC 5545) a visitor downloads. No UI here.

use crate::vocab::{Audience, EventKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Partner {
    pub name: &'static str,
    pub role: &'static str,
    pub website: Option<&'static str>,
    pub source: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub name: &'static str,
    pub role: &'static str,
    pub address: Option<&'static str>,
    pub phone: Option<&'static str>,
    pub email: Option<&'static str>,
    pub website: Option<&'static str>,
    pub source: &'static str,
}

/// A date with an optional local time in Europe/Paris, as content files give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LocalDateTime {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    /// (hour, minute); `None` for a whole day.
    pub time: Option<(u8, u8)>,
}

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// "2026-11-22" → "22 novembre 2026", "2026-12-01" → "1er décembre 2026", "2024-03" → "mars 2024",
/// "2024" → "2024"; anything else is returned as it is.
pub fn french_iso_date(iso: &str) -> String {
    let mut parts = iso.split('-');
    let year = parts.next().filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()));
    let month = parts.next().map(|m| m.parse::<usize>().ok().filter(|m| (1..=12).contains(m)));
    let day = parts.next().map(|d| d.parse::<u32>().ok().filter(|d| (1..=31).contains(d)));
    match (year, month, day, parts.next()) {
        (Some(year), None, None, None) => year.to_string(),
        (Some(year), Some(Some(month)), None, None) => format!("{} {year}", MONTHS[month - 1]),
        (Some(year), Some(Some(month)), Some(Some(1)), None) => format!("1er {} {year}", MONTHS[month - 1]),
        (Some(year), Some(Some(month)), Some(Some(day)), None) => format!("{day} {} {year}", MONTHS[month - 1]),
        _ => iso.to_string(),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

impl LocalDateTime {
    pub fn is_valid(&self) -> bool {
        let days_in_month = match self.month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (self.year.is_multiple_of(4) && !self.year.is_multiple_of(100)) || self.year.is_multiple_of(400) => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days_in_month).contains(&self.day) && self.time.is_none_or(|(h, m)| h < 24 && m < 60)
    }

    pub fn days(&self) -> i64 {
        days_from_civil(self.year.into(), self.month.into(), self.day.into())
    }

    /// « mardi 3 décembre 2024 » ; with the time: « mardi 3 décembre 2024 à 9 h 30 ».
    pub fn french(&self) -> String {
        const WEEKDAYS: [&str; 7] = ["jeudi", "vendredi", "samedi", "dimanche", "lundi", "mardi", "mercredi"];
        let weekday = WEEKDAYS[self.days().rem_euclid(7) as usize];
        let date = format!("{weekday} {} {} {}", self.day, MONTHS[usize::from(self.month) - 1], self.year);
        match self.time {
            Some((h, 0)) => format!("{date} à {h} h"),
            Some((h, m)) => format!("{date} à {h} h {m:02}"),
            None => date,
        }
    }

    fn ics(&self) -> String {
        match self.time {
            Some((h, m)) => format!("{:04}{:02}{:02}T{h:02}{m:02}00", self.year, self.month, self.day),
            None => format!("{:04}{:02}{:02}", self.year, self.month, self.day),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: &'static str,
    pub title: &'static str,
    pub kind: EventKind,
    pub start: LocalDateTime,
    pub end: LocalDateTime,
    pub place: &'static str,
    pub address: Option<&'static str>,
    pub audiences: &'static [Audience],
    pub description: &'static str,
    pub link: Option<&'static str>,
    pub source: &'static str,
}

impl Event {
    /// « du lundi 15 avril 2024 au vendredi 26 avril 2024 », or one day.
    pub fn when(&self) -> String {
        if self.start.days() == self.end.days() {
            match (self.start.time, self.end.time) {
                (Some(_), Some((h, m))) if self.end != self.start => {
                    format!(
                        "{} jusqu'à {h} h{}",
                        self.start.french(),
                        if m == 0 { String::new() } else { format!(" {m:02}") }
                    )
                }
                _ => self.start.french(),
            }
        } else {
            format!("du {} au {}", self.start.french(), self.end.french())
        }
    }

    /// Past once its last day is over (in the visitor's calendar, `today` as days since 1970).
    pub fn is_past(&self, today: i64) -> bool {
        self.end.days() < today
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Territory {
    /// The folder name, e.g. "62-pas-de-calais": the territory's id.
    pub id: &'static str,
    pub code: &'static str,
    pub name: &'static str,
    pub introduction: &'static str,
    pub partners: &'static [Partner],
    pub contacts: &'static [Contact],
    pub events: &'static [Event],
    pub sources: &'static [&'static str],
}

impl Territory {
    /// Upcoming events, soonest first, and past ones, latest first.
    pub fn agenda(&self, today: i64) -> (Vec<&'static Event>, Vec<&'static Event>) {
        let (mut past, mut upcoming): (Vec<&'static Event>, Vec<&'static Event>) =
            self.events.iter().partition(|e| e.is_past(today));
        upcoming.sort_by_key(|e| e.start);
        past.sort_by_key(|e| std::cmp::Reverse(e.start));
        (upcoming, past)
    }
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn ics_text(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds content lines longer than 75 octets (RFC 5545 §3.1), never inside a UTF-8 character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Europe/Paris with its current daylight-saving rules, so calendars place timed events right.
const VTIMEZONE: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// A calendar file with one event. `stamp_utc` is the creation time, `YYYYMMDDTHHMMSSZ`.
pub fn ics(event: &Event, stamp_utc: &str) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Metiers du soin et de l'accompagnement//Agenda//FR".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    let timed = event.start.time.is_some();
    if timed {
        lines.extend(VTIMEZONE.iter().map(|l| l.to_string()));
    }
    lines.push("BEGIN:VEVENT".into());
    lines.push(format!("UID:{}@metiers-soin-accompagnement", event.id));
    lines.push(format!("DTSTAMP:{stamp_utc}"));
    if timed {
        lines.push(format!("DTSTART;TZID=Europe/Paris:{}", event.start.ics()));
        let end =
            if event.end.time.is_some() { event.end } else { LocalDateTime { time: Some((23, 59)), ..event.end } };
        lines.push(format!("DTEND;TZID=Europe/Paris:{}", end.ics()));
    } else {
        // Whole days: DTEND is exclusive, the day after the last one.
        let (y, m, d) = civil_from_days(event.end.days() + 1);
        lines.push(format!("DTSTART;VALUE=DATE:{}", event.start.ics()));
        lines.push(format!("DTEND;VALUE=DATE:{y:04}{m:02}{d:02}"));
    }
    lines.push(format!("SUMMARY:{}", ics_text(event.title)));
    let location = match event.address {
        Some(a) => format!("{}, {a}", event.place),
        None => event.place.to_string(),
    };
    lines.push(format!("LOCATION:{}", ics_text(&location)));
    lines.push(format!("DESCRIPTION:{}", ics_text(event.description)));
    if let Some(link) = event.link.or(Some(event.source)) {
        lines.push(format!("URL:{link}"));
    }
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: LocalDateTime, end: LocalDateTime) -> Event {
        Event {
            id: "forum-2024",
            title: "Forum, métiers; et \\ soins",
            kind: EventKind::Forum,
            start,
            end,
            place: "Salle Damrémont",
            address: Some("Boulogne-sur-Mer"),
            audiences: &[Audience::ToutPublic],
            description: "Une ligne.\nUne autre ligne très longue pour vérifier le pliage des lignes à soixante-quinze octets, accents compris : é è à ç.",
            link: None,
            source: "https://example.org/forum",
        }
    }

    const fn day(year: u16, month: u8, day: u8) -> LocalDateTime {
        LocalDateTime { year, month, day, time: None }
    }

    #[test]
    fn dates_convert_both_ways_and_name_weekdays() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(civil_from_days(days_from_civil(2024, 12, 3)), (2024, 12, 3));
        assert_eq!(civil_from_days(days_from_civil(2024, 2, 29) + 1), (2024, 3, 1));
        assert_eq!(day(2024, 12, 3).french(), "mardi 3 décembre 2024");
        assert_eq!(LocalDateTime { time: Some((9, 30)), ..day(2025, 3, 31) }.french(), "lundi 31 mars 2025 à 9 h 30");
        assert!(!day(2025, 2, 29).is_valid());
        assert!(day(2024, 2, 29).is_valid());
        assert!(!LocalDateTime { time: Some((24, 0)), ..day(2024, 1, 1) }.is_valid());
    }

    #[test]
    fn iso_dates_read_in_french() {
        assert_eq!(french_iso_date("2026-11-22"), "22 novembre 2026");
        assert_eq!(french_iso_date("2026-13-01"), "2026-13-01");
        assert_eq!(french_iso_date("2026-12-01"), "1er décembre 2026");
        assert_eq!(french_iso_date("2024-03"), "mars 2024");
        assert_eq!(french_iso_date("2024"), "2024");
        assert_eq!(french_iso_date("2024-3-x"), "2024-3-x");
    }

    #[test]
    fn past_and_upcoming_split_on_the_last_day() {
        let e = event(day(2024, 4, 15), day(2024, 4, 26));
        assert!(!e.is_past(days_from_civil(2024, 4, 26)));
        assert!(e.is_past(days_from_civil(2024, 4, 27)));
        assert_eq!(e.when(), "du lundi 15 avril 2024 au vendredi 26 avril 2024");
    }

    #[test]
    fn whole_day_events_use_exclusive_date_ends() {
        let text = ics(&event(day(2024, 12, 3), day(2024, 12, 3)), "20261122T100000Z");
        assert!(text.contains("DTSTART;VALUE=DATE:20241203\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20241204\r\n"));
        assert!(!text.contains("VTIMEZONE"));
    }

    #[test]
    fn timed_events_carry_the_paris_time_zone() {
        let start = LocalDateTime { time: Some((9, 0)), ..day(2025, 3, 31) };
        let end = LocalDateTime { time: Some((17, 30)), ..day(2025, 3, 31) };
        let text = ics(&event(start, end), "20261122T100000Z");
        for needed in [
            "BEGIN:VCALENDAR\r\n",
            "VERSION:2.0\r\n",
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n",
            "DTSTART;TZID=Europe/Paris:20250331T090000\r\n",
            "DTEND;TZID=Europe/Paris:20250331T173000\r\n",
            "UID:forum-2024@metiers-soin-accompagnement\r\n",
            "DTSTAMP:20261122T100000Z\r\n",
            "SUMMARY:Forum\\, métiers\\; et \\\\ soins\r\n",
            "LOCATION:Salle Damrémont\\, Boulogne-sur-Mer\r\n",
            "END:VCALENDAR\r\n",
        ] {
            assert!(text.contains(needed), "{needed:?} absent de :\n{text}");
        }
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "ligne trop longue : {line}");
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains("DESCRIPTION:Une ligne.\\nUne autre ligne très longue pour vérifier le pliage des lignes à soixante-quinze octets\\, accents compris : é è à ç."));
    }
}
