//! `quiz.toml`: the quiz activities.

use super::front_matter::{self, entry_lines};
use super::profiles::vocab_list;
use super::{leak, ContentError};
use crate::quiz::Item;
use crate::vocab::{Interest, Public, Workplace};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuiz {
    activite: Vec<RawItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    texte: String,
    interet: String,
    #[serde(default)]
    publics: Vec<String>,
    #[serde(default)]
    lieux: Vec<String>,
}

pub fn load(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Vec<Item> {
    let path = dir.join("quiz.toml");
    let Some(text) = super::read(&path, files, errors) else { return Vec::new() };
    let raw: RawQuiz = match front_matter::parse(&path, &text, 1) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let starts = entry_lines(&text, "[[activite]]");
    let mut seen = BTreeSet::new();
    let mut items = Vec::new();
    for (n, raw) in raw.activite.into_iter().enumerate() {
        let start = starts.get(n).copied().unwrap_or(1);
        let at = |key: &str| {
            text.lines().enumerate().skip(start).find(|(_, l)| front_matter::is_key(l, key)).map(|(i, _)| i + 1)
        };
        let before = errors.len();
        if !seen.insert(raw.id.clone()) {
            errors.push(ContentError::new(&path, at("id"), Some("id"), format!("« {} » est en double", raw.id)));
        }
        if raw.texte.trim().is_empty() {
            errors.push(ContentError::new(&path, at("texte"), Some("texte"), "ne doit pas être vide"));
        }
        let interest = Interest::from_id(&raw.interet);
        if interest.is_none() {
            errors.push(ContentError::new(
                &path,
                at("interet"),
                Some("interet"),
                format!("intérêt inconnu « {} » ; une lettre parmi R, I, A, S, E, C", raw.interet),
            ));
        }
        let publics = vocab_list(false, &raw.publics, Public::from_id, Public::ids, "publics", &at, &path, errors);
        let workplaces = vocab_list(false, &raw.lieux, Workplace::from_id, Workplace::ids, "lieux", &at, &path, errors);
        if let (Some(interest), true) = (interest, errors.len() == before) {
            items.push(Item { id: leak(raw.id), text: leak(raw.texte), interest, publics, workplaces });
        }
    }
    items
}
