//! Territory packs (`territoires/<code>-<nom>/`): `territoire.toml`, `evenements.toml` and the
//! support page `accompagnement.md`. The training centres of the same folder are read by `map`.

use super::citations::{self, Declared, RawSource};
use super::front_matter::{self, entry_lines};
use super::markdown::{render_markdown, CitedFact, Citing, LinkTargets};
use super::{leak, read, ContentError};
use crate::territory::{Contact, Event, LocalDateTime, Partner, Territory};
use crate::vocab::{Audience, EventKind};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerritory {
    nom: String,
    code: String,
    introduction: String,
    sources: Vec<String>,
    #[serde(default)]
    partenaire: Vec<RawPartner>,
    #[serde(default)]
    contact: Vec<RawContact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    nom: String,
    role: String,
    site: Option<String>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    nom: String,
    role: String,
    adresse: Option<String>,
    telephone: Option<String>,
    courriel: Option<String>,
    site: Option<String>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvents {
    #[serde(default)]
    evenement: Vec<RawEvent>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    titre: String,
    #[serde(rename = "type")]
    kind: String,
    debut: toml::value::Datetime,
    fin: toml::value::Datetime,
    lieu: String,
    adresse: Option<String>,
    public: Vec<String>,
    description: String,
    lien: Option<String>,
    source: String,
}

fn local(dt: &toml::value::Datetime) -> Option<LocalDateTime> {
    if dt.offset.is_some() {
        return None;
    }
    let date = dt.date?;
    let value =
        LocalDateTime { year: date.year, month: date.month, day: date.day, time: dt.time.map(|t| (t.hour, t.minute)) };
    value.is_valid().then_some(value)
}

fn opt(value: Option<String>) -> Option<&'static str> {
    value.map(leak)
}

fn load_events(
    path: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
    ids: &mut BTreeSet<String>,
) -> Vec<Event> {
    let Some(text) = read(path, files, errors) else { return Vec::new() };
    let raw: RawEvents = match front_matter::parse(path, &text, 1) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let starts = entry_lines(&text, "[[evenement]]");
    let mut events = Vec::new();
    for (n, e) in raw.evenement.into_iter().enumerate() {
        let start_line = starts.get(n).copied().unwrap_or(1);
        let at = |key: &str| {
            text.lines()
                .enumerate()
                .skip(start_line)
                .take_while(|(_, l)| l.trim() != "[[evenement]]")
                .find(|(_, l)| front_matter::is_key(l, key))
                .map(|(i, _)| i + 1)
        };
        let before = errors.len();
        if !ids.insert(e.id.clone()) {
            errors.push(ContentError::new(path, at("id"), Some("id"), format!("« {} » est en double", e.id)));
        }
        let kind = EventKind::from_id(&e.kind);
        if kind.is_none() {
            errors.push(ContentError::new(
                path,
                at("type"),
                Some("type"),
                format!("type inconnu « {} » ; valeurs possibles : {}", e.kind, EventKind::ids()),
            ));
        }
        let start = local(&e.debut);
        let end = local(&e.fin);
        for (field, value) in [("debut", start), ("fin", end)] {
            if value.is_none() {
                errors.push(ContentError::new(
                    path,
                    at(field),
                    Some(field),
                    "date invalide : AAAA-MM-JJ, ou AAAA-MM-JJTHH:MM:00 en heure de Paris, sans décalage",
                ));
            }
        }
        if let (Some(s), Some(f)) = (start, end) {
            if f < s || (s.time.is_some() != f.time.is_some() && f.days() < s.days()) {
                errors.push(ContentError::new(path, at("fin"), Some("fin"), "la fin est avant le début"));
            }
        }
        let mut audiences = Vec::new();
        for a in &e.public {
            match Audience::from_id(a) {
                Some(a) => audiences.push(a),
                None => errors.push(ContentError::new(
                    path,
                    at("public"),
                    Some("public"),
                    format!("public inconnu « {a} » ; valeurs possibles : {}", Audience::ids()),
                )),
            }
        }
        if e.source.trim().is_empty() {
            errors.push(ContentError::new(path, at("source"), Some("source"), "la source est obligatoire"));
        }
        if errors.len() > before {
            continue;
        }
        let (Some(kind), Some(start), Some(end)) = (kind, start, end) else { continue };
        events.push(Event {
            id: leak(e.id),
            title: leak(e.titre),
            kind,
            start,
            end,
            place: leak(e.lieu),
            address: opt(e.adresse),
            audiences: audiences.leak(),
            description: leak(e.description),
            link: opt(e.lien),
            source: leak(e.source),
        });
    }
    events
}

/// A territory's « Se faire accompagner » page: its HTML, and its sources and cited facts for the
/// content report.
pub struct SupportPage {
    pub territory: String,
    pub path: PathBuf,
    pub html: String,
    pub declared: Declared,
    pub facts: Vec<CitedFact>,
}

/// The optional front matter of a support page: the sources it cites.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSupportFront {
    #[serde(default)]
    source: Vec<RawSource>,
}

fn support_page(
    territory: &str,
    path: &Path,
    markdown: &str,
    targets: &LinkTargets,
    errors: &mut Vec<ContentError>,
) -> Option<SupportPage> {
    let (declared, body, body_line) = if markdown.starts_with("+++") {
        let split = front_matter::split(path, markdown).map_err(|e| errors.push(e)).ok()?;
        let raw: RawSupportFront =
            front_matter::parse(path, split.front, split.front_line).map_err(|e| errors.push(e)).ok()?;
        let declared = citations::declare(path, split.front, split.front_line, "[[source]]", raw.source, true, errors);
        (declared, split.body, split.body_line)
    } else {
        (Declared::default(), markdown, 1)
    };
    let page = "accompagnement";
    let rendered = render_markdown(body, body_line, targets, Citing { page, declared: &declared });
    for (line, message) in &rendered.problems {
        errors.push(ContentError::new(path, Some(*line), None, message.clone()));
    }
    citations::report_unused(path, &declared, &rendered.numbering.order, errors);
    let html = rendered.html + &citations::sources_html(page, &declared, &rendered.numbering);
    Some(SupportPage {
        territory: territory.to_string(),
        path: path.to_path_buf(),
        html,
        declared,
        facts: rendered.facts,
    })
}

/// Every territory folder, with its support page rendered to safe HTML (by territory id).
pub fn load(
    dir: &Path,
    targets: &LinkTargets,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> (Vec<Territory>, Vec<SupportPage>) {
    let mut territories = Vec::new();
    let mut pages = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir.join("territoires")) else { return (territories, pages) };
    let mut folders: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    folders.sort();
    let mut event_ids = BTreeSet::new();
    for folder in folders {
        let id = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let path = folder.join("territoire.toml");
        let Some(text) = read(&path, files, errors) else { continue };
        let raw: RawTerritory = match front_matter::parse(&path, &text, 1) {
            Ok(raw) => raw,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if !id.starts_with(&format!("{}-", raw.code)) {
            errors.push(ContentError::new(
                &path,
                front_matter::line_of_key(&text, 1, "code"),
                Some("code"),
                format!("le dossier « {id} » doit commencer par le code « {}- »", raw.code),
            ));
        }
        if raw.sources.is_empty() {
            errors.push(ContentError::new(
                &path,
                front_matter::line_of_key(&text, 1, "sources"),
                Some("sources"),
                "au moins une source est obligatoire",
            ));
        }
        let events = load_events(&folder.join("evenements.toml"), files, errors, &mut event_ids);
        let support = folder.join("accompagnement.md");
        if let Some(markdown) = read(&support, files, errors) {
            pages.extend(support_page(&id, &support, &markdown, targets, errors));
        }
        territories.push(Territory {
            id: leak(id),
            code: leak(raw.code),
            name: leak(raw.nom),
            introduction: leak(raw.introduction),
            partners: raw
                .partenaire
                .into_iter()
                .map(|p| Partner {
                    name: leak(p.nom),
                    role: leak(p.role),
                    website: opt(p.site),
                    source: leak(p.source),
                })
                .collect::<Vec<_>>()
                .leak(),
            contacts: raw
                .contact
                .into_iter()
                .map(|c| Contact {
                    name: leak(c.nom),
                    role: leak(c.role),
                    address: opt(c.adresse),
                    phone: opt(c.telephone),
                    email: opt(c.courriel),
                    website: opt(c.site),
                    source: leak(c.source),
                })
                .collect::<Vec<_>>()
                .leak(),
            events: events.leak(),
            sources: raw.sources.into_iter().map(leak).collect::<Vec<_>>().leak(),
        });
    }
    (territories, pages)
}
