//! Forum stands: the idle rule of borne mode and the stand's statistics. The statistics are
//! anonymous counters per day, kept on the device; nothing here knows who a visitor is.

use std::collections::BTreeMap;

/// RGAA 13.1: a visitor must get at least 20 seconds to say they are still there.
pub const MIN_COUNTDOWN_SECONDS: u32 = 20;
/// Below this, a visitor still reading would be interrupted.
pub const MIN_IDLE_SECONDS: u32 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdlePhase {
    Active,
    /// « Tu es toujours là ? » is shown with this many seconds left.
    Warning {
        seconds_left: u32,
    },
    /// Time is up: back home, the visitor's answers forgotten.
    Reset,
}

/// Where a stand tablet is, `idle_ms` after its last touch.
pub fn idle_phase(idle_ms: u64, idle_seconds: u32, countdown_seconds: u32) -> IdlePhase {
    let countdown_seconds = countdown_seconds.max(MIN_COUNTDOWN_SECONDS);
    let warn_at = u64::from(idle_seconds) * 1000;
    let reset_at = warn_at + u64::from(countdown_seconds) * 1000;
    if idle_ms < warn_at {
        IdlePhase::Active
    } else if idle_ms >= reset_at {
        IdlePhase::Reset
    } else {
        // Rounded up, so the notice never shows « 0 » while it is still on screen.
        IdlePhase::Warning { seconds_left: (reset_at - idle_ms).div_ceil(1000) as u32 }
    }
}

/// Something worth counting on a stand.
#[derive(Debug, Clone, Copy)]
pub enum StandEvent<'a> {
    QuizStarted,
    /// A finished quiz, with the profiles it put first.
    QuizFinished {
        top: &'a [&'a str],
    },
    ProfileViewed {
        slug: &'a str,
    },
    /// A finished « Vrai ou faux ? » round, with the statements the visitor got wrong.
    MythRoundPlayed {
        surprised_by: &'a [&'a str],
    },
}

const STARTED: &str = "quiz-commences";
const FINISHED: &str = "quiz-termines";
const IN_RESULTS: &str = "resultat:";
const VIEWED: &str = "vue:";
const ROUNDS: &str = "vrai-ou-faux-parties";
const SURPRISED: &str = "surprise:";

/// Counters by day (`AAAA-MM-JJ`), then by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StandStats {
    days: BTreeMap<String, BTreeMap<String, u32>>,
}

/// One day's figures, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DaySummary<'a> {
    pub day: &'a str,
    pub quizzes_started: u32,
    pub quizzes_finished: u32,
    /// Profiles by how often they were among the first results, most frequent first.
    pub in_results: Vec<(&'a str, u32)>,
    /// Profiles by how often they were opened, most frequent first.
    pub viewed: Vec<(&'a str, u32)>,
    pub myth_rounds: u32,
    /// « Vrai ou faux ? » statements by how often a visitor got them wrong, most frequent first.
    pub surprises: Vec<(&'a str, u32)>,
}

impl StandStats {
    pub fn record(&mut self, day: &str, event: StandEvent) {
        let counts = self.days.entry(day.to_string()).or_default();
        let mut add = |key: String| *counts.entry(key).or_default() += 1;
        match event {
            StandEvent::QuizStarted => add(STARTED.to_string()),
            StandEvent::QuizFinished { top } => {
                add(FINISHED.to_string());
                for slug in top {
                    add(format!("{IN_RESULTS}{slug}"));
                }
            }
            StandEvent::ProfileViewed { slug } => add(format!("{VIEWED}{slug}")),
            StandEvent::MythRoundPlayed { surprised_by } => {
                add(ROUNDS.to_string());
                for id in surprised_by {
                    add(format!("{SURPRISED}{id}"));
                }
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.days.is_empty()
    }

    /// The days, most recent first.
    pub fn days(&self) -> Vec<DaySummary<'_>> {
        self.days
            .iter()
            .rev()
            .map(|(day, counts)| {
                let get = |key: &str| counts.get(key).copied().unwrap_or(0);
                let ranked = |prefix: &str| {
                    let mut list: Vec<(&str, u32)> =
                        counts.iter().filter_map(|(k, n)| Some((k.strip_prefix(prefix)?, *n))).collect();
                    list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                    list
                };
                DaySummary {
                    day,
                    quizzes_started: get(STARTED),
                    quizzes_finished: get(FINISHED),
                    in_results: ranked(IN_RESULTS),
                    viewed: ranked(VIEWED),
                    myth_rounds: get(ROUNDS),
                    surprises: ranked(SURPRISED),
                }
            })
            .collect()
    }

    /// One `day key count` line per counter: small, and readable in the browser's storage panel.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (day, counts) in &self.days {
            for (key, n) in counts {
                out.push_str(&format!("{day} {key} {n}\n"));
            }
        }
        out
    }

    /// Reads what `encode` wrote. A damaged line is skipped: the other counts stay.
    pub fn decode(text: &str) -> Self {
        let mut stats = StandStats::default();
        for line in text.lines() {
            let mut parts = line.split(' ');
            let (Some(day), Some(key), Some(n), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let Ok(n) = n.parse::<u32>() else { continue };
            if !is_iso_day(day) || key.is_empty() {
                continue;
            }
            stats.days.entry(day.to_string()).or_default().insert(key.to_string(), n);
        }
        stats
    }

    /// A spreadsheet (semicolon-separated, as French spreadsheet software expects): one row per
    /// day and figure, the job named by `title_of(slug)`, the statement by `statement_of(id)`.
    pub fn csv(&self, title_of: impl Fn(&str) -> String, statement_of: impl Fn(&str) -> String) -> String {
        let mut out = String::from("Jour;Indicateur;Métier ou affirmation;Nombre\r\n");
        for (day, counts) in &self.days {
            let mut row = |what: &str, job: &str, n: u32| {
                out.push_str(&format!("{day};{what};{};{n}\r\n", csv_field(job)));
            };
            row("Quiz commencés", "", counts.get(STARTED).copied().unwrap_or(0));
            row("Quiz terminés", "", counts.get(FINISHED).copied().unwrap_or(0));
            row("Parties de Vrai ou faux", "", counts.get(ROUNDS).copied().unwrap_or(0));
            for (key, n) in counts {
                if let Some(slug) = key.strip_prefix(IN_RESULTS) {
                    row("Dans les 3 premiers résultats", &title_of(slug), *n);
                } else if let Some(slug) = key.strip_prefix(VIEWED) {
                    row("Fiche consultée", &title_of(slug), *n);
                } else if let Some(id) = key.strip_prefix(SURPRISED) {
                    row("Idée reçue qui a surpris", &statement_of(id), *n);
                }
            }
        }
        out
    }
}

fn is_iso_day(day: &str) -> bool {
    let b = day.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn csv_field(text: &str) -> String {
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_phases_follow_the_clock() {
        assert_eq!(idle_phase(0, 90, 30), IdlePhase::Active);
        assert_eq!(idle_phase(89_999, 90, 30), IdlePhase::Active);
        assert_eq!(idle_phase(90_000, 90, 30), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(idle_phase(90_001, 90, 30), IdlePhase::Warning { seconds_left: 30 });
        assert_eq!(idle_phase(119_001, 90, 30), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(idle_phase(120_000, 90, 30), IdlePhase::Reset);
    }

    #[test]
    fn countdown_is_never_shorter_than_twenty_seconds() {
        assert_eq!(idle_phase(5_000, 5, 3), IdlePhase::Warning { seconds_left: 20 });
        assert_eq!(idle_phase(24_999, 5, 3), IdlePhase::Warning { seconds_left: 1 });
        assert_eq!(idle_phase(25_000, 5, 3), IdlePhase::Reset);
    }

    fn sample() -> StandStats {
        let mut s = StandStats::default();
        s.record("2026-11-23", StandEvent::QuizStarted);
        s.record("2026-11-23", StandEvent::QuizStarted);
        s.record("2026-11-23", StandEvent::QuizFinished { top: &["aide-soignant", "infirmier", "ambulancier"] });
        s.record("2026-11-23", StandEvent::ProfileViewed { slug: "infirmier" });
        s.record("2026-11-23", StandEvent::ProfileViewed { slug: "infirmier" });
        s.record("2026-11-24", StandEvent::ProfileViewed { slug: "aide-soignant" });
        s.record("2026-11-24", StandEvent::MythRoundPlayed { surprised_by: &["bac-aide-soignant"] });
        s.record(
            "2026-11-24",
            StandEvent::MythRoundPlayed { surprised_by: &["bac-aide-soignant", "metier-de-femmes"] },
        );
        s
    }

    #[test]
    fn counts_by_day_most_recent_first() {
        let s = sample();
        let days = s.days();
        assert_eq!(days.len(), 2);
        assert_eq!(days[0].day, "2026-11-24");
        assert_eq!(days[0].quizzes_started, 0);
        assert_eq!(days[0].viewed, vec![("aide-soignant", 1)]);
        assert_eq!(days[0].myth_rounds, 2);
        assert_eq!(days[0].surprises, vec![("bac-aide-soignant", 2), ("metier-de-femmes", 1)]);
        assert_eq!(days[1].myth_rounds, 0);
        assert_eq!(days[1].quizzes_started, 2);
        assert_eq!(days[1].quizzes_finished, 1);
        assert_eq!(days[1].in_results.len(), 3);
        assert_eq!(days[1].viewed, vec![("infirmier", 2)]);
    }

    #[test]
    fn storage_round_trip_and_damaged_lines() {
        let s = sample();
        assert_eq!(StandStats::decode(&s.encode()), s);
        let damaged = format!("{}n'importe quoi\n2026-13 vue:x 2\n2026-11-25 vue:x deux\n", s.encode());
        assert_eq!(StandStats::decode(&damaged), s);
        assert!(StandStats::decode("").is_empty());
    }

    #[test]
    fn csv_has_one_row_per_day_and_figure() {
        let csv = sample().csv(
            |slug| if slug == "infirmier" { "Infirmier; infirmière".into() } else { slug.into() },
            |id| format!("« {id} »"),
        );
        let rows: Vec<&str> = csv.split("\r\n").filter(|r| !r.is_empty()).collect();
        assert_eq!(rows[0], "Jour;Indicateur;Métier ou affirmation;Nombre");
        assert!(rows.contains(&"2026-11-23;Quiz commencés;;2"));
        assert!(rows.contains(&"2026-11-23;Quiz terminés;;1"));
        assert!(rows.contains(&"2026-11-23;Fiche consultée;\"Infirmier; infirmière\";2"));
        assert!(rows.contains(&"2026-11-23;Dans les 3 premiers résultats;aide-soignant;1"));
        assert!(rows.contains(&"2026-11-24;Quiz commencés;;0"));
        assert!(rows.contains(&"2026-11-24;Parties de Vrai ou faux;;2"));
        assert!(rows.contains(&"2026-11-24;Idée reçue qui a surpris;« bac-aide-soignant »;2"));
        assert_eq!(rows.len(), 1 + (3 + 3 + 1) + (3 + 1 + 2));
    }
}
