//! The orientation quiz: answers → interest profile → ranked profiles, each with the answers
//! that weighed most. The rule is deterministic and explained to visitors on the page
//! « Comment ça marche ? »; keep both in step.
//!
//! 1. Interests (O*NET Interest Profiler style): each activity belongs to one RIASEC type.
//!    « J'adorerais » counts 2, « Pourquoi pas » 1, « Pas pour moi » 0, « Je ne sais pas » is left
//!    out. A type's score is the mean of its answered activities, from 0 to 1.
//! 2. A profile's interest fit weighs the letters of its code 3, 2 and 1: the first letter counts
//!    most. Types the visitor left unanswered count as neutral (0.5).
//! 3. Publics and places: the visitor's liking for each public and place is the mean of the
//!    activities tagged with it; publics chosen in the last questions count 1, the others 0.
//!    A profile's fit is half « how much the visitor likes its publics » and half « how many of the
//!    publics the visitor likes it covers ».
//! 4. Score = 60 % interests + 25 % publics + 15 % places, then: × 0.75 when the studies last
//!    longer than the visitor is ready for (the profile stays, with a note), + 0.03 when they match
//!    exactly; × 0.7 (licence essential) or × 0.9 (licence often asked) without a licence.
//! 5. Ties keep catalogue order. Fewer than 6 real answers: no ranking, ask for more answers.

use crate::catalog::Profile;
use crate::vocab::{Interest, Licence, Public, StudyLength, Workplace};

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: &'static str,
    pub text: &'static str,
    pub interest: Interest,
    pub publics: &'static [Public],
    pub workplaces: &'static [Workplace],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    No,
    Maybe,
    Love,
    DontKnow,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Love, Answer::Maybe, Answer::No, Answer::DontKnow];

    /// The id content files use for it (content/pictos.toml).
    pub fn id(self) -> &'static str {
        match self {
            Answer::Love => "adore",
            Answer::Maybe => "pourquoi-pas",
            Answer::No => "pas-pour-moi",
            Answer::DontKnow => "ne-sait-pas",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Answer::Love => "J'adorerais",
            Answer::Maybe => "Pourquoi pas",
            Answer::No => "Pas pour moi",
            Answer::DontKnow => "Je ne sais pas",
        }
    }

    /// The answer's weight from 0 to 1, or `None` for « Je ne sais pas ».
    fn value(self) -> Option<f64> {
        match self {
            Answer::Love => Some(1.0),
            Answer::Maybe => Some(0.5),
            Answer::No => Some(0.0),
            Answer::DontKnow => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceAnswer {
    Have,
    Could,
    No,
}

/// Everything a visitor answered. `None` means not answered (skipped, or not reached yet).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answers {
    pub items: Vec<Option<Answer>>,
    pub study: Option<StudyLength>,
    pub licence: Option<LicenceAnswer>,
    /// The publics chosen; `Some(vec![])` is « Je ne sais pas encore ».
    pub publics: Option<Vec<Public>>,
}

/// Why a profile came up: an answer that weighed, in the visitor's own words.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason {
    pub item: usize,
    pub answer: Answer,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub profile: &'static Profile,
    pub score: f64,
    /// The 2 or 3 answers that weighed most for this profile, strongest first.
    pub reasons: Vec<Reason>,
    /// The studies last longer than the visitor said they were ready for.
    pub longer_studies: bool,
    /// The profile needs or often asks for a licence the visitor said they cannot get.
    pub needs_licence: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Too few real answers to say anything useful.
    NotEnough {
        answered: usize,
        needed: usize,
    },
    Ranked(Vec<Match>),
}

pub const MIN_ANSWERS: usize = 6;

/// The visitor's liking, from 0 to 1, per RIASEC type, public and place (`None`: no answer).
struct Likings {
    interests: [Option<f64>; Interest::ALL.len()],
    publics: [Option<f64>; Public::ALL.len()],
    workplaces: [Option<f64>; Workplace::ALL.len()],
}

fn mean(sum: f64, count: u32) -> Option<f64> {
    (count > 0).then(|| sum / count as f64)
}

fn index<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

fn likings(items: &[Item], answers: &Answers) -> Likings {
    let mut interests = [(0.0, 0); Interest::ALL.len()];
    let mut publics = [(0.0, 0); Public::ALL.len()];
    let mut workplaces = [(0.0, 0); Workplace::ALL.len()];
    for (item, answer) in items.iter().zip(&answers.items) {
        let Some(value) = answer.and_then(Answer::value) else { continue };
        let slot = &mut interests[index(Interest::ALL, &item.interest)];
        *slot = (slot.0 + value, slot.1 + 1);
        for p in item.publics {
            let slot = &mut publics[index(Public::ALL, p)];
            *slot = (slot.0 + value, slot.1 + 1);
        }
        for w in item.workplaces {
            let slot = &mut workplaces[index(Workplace::ALL, w)];
            *slot = (slot.0 + value, slot.1 + 1);
        }
    }
    let mut publics = publics.map(|(s, c)| mean(s, c));
    // Publics chosen explicitly say more than activities: they replace what activities suggested.
    if let Some(chosen) = answers.publics.as_ref().filter(|c| !c.is_empty()) {
        for (i, p) in Public::ALL.iter().enumerate() {
            publics[i] = Some(if chosen.contains(p) { 1.0 } else { 0.0 });
        }
    }
    Likings { interests: interests.map(|(s, c)| mean(s, c)), publics, workplaces: workplaces.map(|(s, c)| mean(s, c)) }
}

/// Half precision (how much the visitor likes what the profile offers), half recall (how much of
/// what the visitor likes the profile offers). Neutral 0.5 without any answer.
fn facet_fit<T: PartialEq>(all: &[T], liking: &[Option<f64>], offered: &[T]) -> f64 {
    if liking.iter().all(Option::is_none) || offered.is_empty() {
        return 0.5;
    }
    let precision = offered.iter().map(|v| liking[index(all, v)].unwrap_or(0.5)).sum::<f64>() / offered.len() as f64;
    let liked: f64 = liking.iter().map(|l| l.unwrap_or(0.0)).sum();
    let covered: f64 = all.iter().zip(liking).filter(|(v, _)| offered.contains(v)).map(|(_, l)| l.unwrap_or(0.0)).sum();
    let recall = if liked > 0.0 { covered / liked } else { 0.5 };
    (precision + recall) / 2.0
}

const LETTER_WEIGHTS: [f64; 3] = [3.0, 2.0, 1.0];

fn interest_fit(likings: &Likings, code: &[Interest]) -> f64 {
    let (sum, weights) = code.iter().zip(LETTER_WEIGHTS).fold((0.0, 0.0), |(s, w), (letter, weight)| {
        let liking = likings.interests[index(Interest::ALL, letter)].unwrap_or(0.5);
        (s + liking * weight, w + weight)
    });
    sum / weights
}

/// How much one answer pushed a profile up: its value times the weight of its type in the
/// profile's code, plus a share for each public or place the profile has in common.
fn reason_weight(item: &Item, value: f64, profile: &Profile) -> f64 {
    let letter = profile.riasec.iter().position(|l| *l == item.interest).map_or(0.0, |i| LETTER_WEIGHTS[i]);
    let publics = item.publics.iter().filter(|p| profile.publics.contains(p)).count() as f64;
    let places = item.workplaces.iter().filter(|w| profile.workplaces.contains(w)).count() as f64;
    value * (letter + 1.5 * publics + 1.0 * places)
}

pub fn real_answers(answers: &Answers) -> usize {
    answers.items.iter().filter(|a| a.and_then(|a| a.value()).is_some()).count()
}

pub fn score(items: &[Item], answers: &Answers, profiles: &'static [Profile]) -> Outcome {
    let answered = real_answers(answers);
    if answered < MIN_ANSWERS {
        return Outcome::NotEnough { answered, needed: MIN_ANSWERS };
    }
    let likings = likings(items, answers);
    let mut matches: Vec<Match> = profiles
        .iter()
        .map(|profile| {
            let mut score = 0.60 * interest_fit(&likings, profile.riasec)
                + 0.25 * facet_fit(Public::ALL, &likings.publics, profile.publics)
                + 0.15 * facet_fit(Workplace::ALL, &likings.workplaces, profile.workplaces);
            let longer_studies = answers.study.is_some_and(|ready| profile.study > ready);
            if longer_studies {
                score *= 0.75;
            } else if answers.study == Some(profile.study) {
                score += 0.03;
            }
            let needs_licence = answers.licence == Some(LicenceAnswer::No) && profile.licence != Licence::Non;
            if needs_licence {
                score *= if profile.licence == Licence::Indispensable { 0.7 } else { 0.9 };
            }
            let mut reasons: Vec<Reason> = items
                .iter()
                .zip(&answers.items)
                .enumerate()
                .filter_map(|(i, (item, answer))| {
                    let answer = (*answer)?;
                    let weight = reason_weight(item, answer.value()?, profile);
                    (weight > 0.0).then_some(Reason { item: i, answer, weight })
                })
                .collect();
            reasons.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.item.cmp(&b.item)));
            reasons.truncate(3);
            Match { profile, score, reasons, longer_studies, needs_licence }
        })
        .collect();
    // A stable sort keeps catalogue order between equal scores: same answers, same results.
    matches.sort_by(|a, b| b.score.total_cmp(&a.score));
    Outcome::Ranked(matches)
}

/// After the top 3: the next two, and one lead from a sector none of the top 3 belongs to, which
/// the visitor may not have thought of.
pub fn also_discover(ranked: &[Match]) -> Vec<&Match> {
    let top_sectors: Vec<_> = ranked.iter().take(3).map(|m| m.profile.sectors[0]).collect();
    let mut also: Vec<&Match> = ranked.iter().skip(3).take(2).collect();
    let surprise =
        ranked.iter().skip(5).find(|m| !top_sectors.contains(&m.profile.sectors[0])).or_else(|| ranked.get(5));
    also.extend(surprise);
    also
}

/// The class quiz: what a whole class answered to one activity, from the hands raised for each
/// answer (in [`Answer::ALL`] order: A « J'adorerais », B « Pourquoi pas », C « Pas pour moi »,
/// D « Je ne sais pas »). The answer with most hands wins. When real opinions tie, the class is
/// split, and « Pourquoi pas » says that honestly; « Je ne sais pas » only wins alone. No hands: no
/// answer, as if skipped.
pub fn class_answer(hands: [u32; 4]) -> Option<Answer> {
    let most = *hands.iter().max()?;
    if most == 0 {
        return None;
    }
    let leaders: Vec<Answer> = Answer::ALL.iter().zip(hands).filter(|(_, n)| *n == most).map(|(a, _)| *a).collect();
    let opinions: Vec<Answer> = leaders.iter().copied().filter(|a| *a != Answer::DontKnow).collect();
    match opinions.as_slice() {
        [] => Some(Answer::DontKnow),
        [only] => Some(*only),
        _ => Some(Answer::Maybe),
    }
}

/// Share links carry the answers, never anything else: `1-<one digit per item>-<study><licence>-<publics>`.
pub mod share {
    use super::*;

    const VERSION: &str = "1";

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct InvalidLink;

    fn digit<T: Copy + PartialEq>(all: &[T], value: Option<T>) -> char {
        value.and_then(|v| all.iter().position(|a| *a == v)).map_or('x', |i| char::from(b'0' + i as u8))
    }

    fn undigit<T: Copy>(all: &[T], c: char) -> Result<Option<T>, InvalidLink> {
        if c == 'x' {
            return Ok(None);
        }
        let i = c.to_digit(10).ok_or(InvalidLink)? as usize;
        all.get(i).copied().map(Some).ok_or(InvalidLink)
    }

    const LICENCES: [LicenceAnswer; 3] = [LicenceAnswer::Have, LicenceAnswer::Could, LicenceAnswer::No];

    pub fn encode(answers: &Answers) -> String {
        let items: String = answers.items.iter().map(|a| digit(&Answer::ALL, *a)).collect();
        let publics = match &answers.publics {
            None => "x".to_string(),
            Some(chosen) => {
                let mask = Public::ALL
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| chosen.contains(p))
                    .fold(0u8, |m, (i, _)| m | 1 << i);
                format!("{mask:02x}")
            }
        };
        format!(
            "{VERSION}-{items}-{}{}-{publics}",
            digit(StudyLength::ALL, answers.study),
            digit(&LICENCES, answers.licence)
        )
    }

    /// The QR code of a results URL, as an SVG document to show on a stand: a visitor scans it to
    /// keep the results on their phone.
    pub fn qr_svg(url: &str) -> Option<String> {
        let code = qrcode::QrCode::with_error_correction_level(url, qrcode::EcLevel::M).ok()?;
        let svg = code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(220, 220)
            .dark_color(qrcode::render::svg::Color("#000000"))
            .light_color(qrcode::render::svg::Color("#ffffff"))
            .build();
        // The XML declaration is not allowed inside HTML.
        Some(svg.find("<svg").map_or(svg.clone(), |start| svg[start..].to_string()))
    }

    /// Reads a share code made for a quiz of `item_count` activities. Anything else — another
    /// version, a truncated or edited link — is refused rather than guessed.
    pub fn decode(code: &str, item_count: usize) -> Result<Answers, InvalidLink> {
        let mut parts = code.trim().split('-');
        let (Some(VERSION), Some(items), Some(context), Some(publics), None) =
            (parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(InvalidLink);
        };
        if items.chars().count() != item_count {
            return Err(InvalidLink);
        }
        let items = items.chars().map(|c| undigit(&Answer::ALL, c)).collect::<Result<Vec<_>, _>>()?;
        let mut context = context.chars();
        let (Some(study), Some(licence), None) = (context.next(), context.next(), context.next()) else {
            return Err(InvalidLink);
        };
        let publics = match publics {
            "x" => None,
            hex if hex.len() == 2 => {
                let mask = u8::from_str_radix(hex, 16).map_err(|_| InvalidLink)?;
                if mask >> Public::ALL.len() != 0 {
                    return Err(InvalidLink);
                }
                Some(Public::ALL.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, p)| *p).collect())
            }
            _ => return Err(InvalidLink),
        };
        Ok(Answers { items, study: undigit(StudyLength::ALL, study)?, licence: undigit(&LICENCES, licence)?, publics })
    }
}
