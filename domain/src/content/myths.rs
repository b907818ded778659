//! `vrai-ou-faux.toml`: the statements of the « Vrai ou faux ? » game, each answered and sourced
//! like a profile's facts.

use super::citations::{self, euros_without_year, RawSource};
use super::front_matter::{self, entry_lines, line_of_key};
use super::markdown::split_calls;
use super::{leak, read, ContentError};
use crate::myths::Statement;
use crate::vocab::{MythAudience, Theme, Verdict};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    affirmation: Vec<RawStatement>,
    #[serde(default)]
    source: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    id: String,
    texte: String,
    reponse: String,
    explication: String,
    theme: String,
    public: String,
    metiers: Vec<String>,
    question: String,
}

/// A statement reads at once: one sentence, short.
const MAX_STATEMENT_CHARS: usize = 110;

pub fn load(
    dir: &Path,
    slugs: &BTreeSet<String>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<Statement> {
    let path = dir.join("vrai-ou-faux.toml");
    if !path.exists() {
        return Vec::new();
    }
    let Some(text) = read(&path, files, errors) else { return Vec::new() };
    let raw: RawFile = match front_matter::parse(&path, &text, 1) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let declared = citations::declare(&path, &text, 1, "[[source]]", raw.source, true, errors);
    let starts = entry_lines(&text, "[[affirmation]]");
    let lines: Vec<&str> = text.lines().collect();
    let mut cited = Vec::new();
    let mut ids = BTreeSet::new();
    let mut statements = Vec::new();
    for (n, s) in raw.affirmation.into_iter().enumerate() {
        let start = starts.get(n).copied().unwrap_or(1);
        let end = starts.get(n + 1).copied().unwrap_or(lines.len() + 1);
        let at = |key: &str| line_of_key(&lines[start - 1..end - 1].join("\n"), start, key).or(Some(start));
        let mut problem =
            |key: &str, message: String| errors.push(ContentError::new(&path, at(key), Some(key), message));
        if !super::profiles::is_id(&s.id) {
            problem("id", format!("« {} » : minuscules, chiffres et tirets seulement", s.id));
        } else if !ids.insert(s.id.clone()) {
            problem("id", format!("« {} » est en double", s.id));
        }
        let statement = s.texte.trim();
        if statement.is_empty() {
            problem("texte", "ne doit pas être vide".into());
        } else if statement.chars().count() > MAX_STATEMENT_CHARS || citations::split_sentences(statement).len() > 1 {
            problem(
                "texte",
                format!(
                    "une seule phrase courte ({MAX_STATEMENT_CHARS} caractères au plus), qu'on lit d'un coup d'œil"
                ),
            );
        }
        if statement.contains('·') || s.explication.contains('·') {
            problem("texte", "pas de point médian : écrire les deux formes".into());
        }
        let answer = Verdict::from_id(&s.reponse);
        if answer.is_none() {
            problem("reponse", format!("valeur inconnue « {} » ; valeurs possibles : {}", s.reponse, Verdict::ids()));
        }
        let theme = Theme::from_id(&s.theme);
        if theme.is_none() {
            problem("theme", format!("valeur inconnue « {} » ; valeurs possibles : {}", s.theme, Theme::ids()));
        }
        let audience = MythAudience::from_id(&s.public);
        if audience.is_none() {
            problem(
                "public",
                format!("valeur inconnue « {} » ; valeurs possibles : {}", s.public, MythAudience::ids()),
            );
        }
        if s.metiers.is_empty() {
            problem("metiers", "au moins une fiche concernée".into());
        }
        for slug in &s.metiers {
            if !slugs.contains(slug) {
                problem("metiers", format!("fiche inconnue « {slug} » (nom d'un fichier de content/metiers sans .md)"));
            }
        }
        if s.question.trim().is_empty() {
            problem("question", "une question à discuter en classe est obligatoire".into());
        }
        let (explanation, calls) = split_calls(s.explication.trim());
        if calls.is_empty() {
            problem("explication", "l'explication cite au moins une source : [^id] après le fait".into());
        }
        let mut own = Vec::new();
        for id in &calls {
            match declared.index_of(id) {
                Some(i) => {
                    cited.push(i);
                    if !own.contains(&i) {
                        own.push(i);
                    }
                }
                None => problem(
                    "explication",
                    format!("source inconnue « {id} » : la déclarer dans une table [[source]] à la fin du fichier"),
                ),
            }
        }
        for sentence in euros_without_year(&explanation) {
            problem("explication", format!("montant en euros sans année : « {sentence} »"));
        }
        let (Some(answer), Some(theme), Some(audience)) = (answer, theme, audience) else { continue };
        statements.push(Statement {
            id: leak(s.id),
            text: leak(statement.to_string()),
            answer,
            explanation: leak(explanation),
            theme,
            audience,
            profiles: s.metiers.into_iter().map(leak).collect::<Vec<_>>().leak(),
            question: leak(s.question.trim().to_string()),
            sources: own.iter().map(|&i| declared.sources[i].clone()).collect::<Vec<_>>().leak(),
        });
    }
    citations::report_unused(&path, &declared, &cited, errors);
    statements
}
