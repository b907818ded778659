//! Reading the content folder at build time: front matter, diploma catalogue, site settings and
//! Markdown bodies, all validated. Every problem becomes a [`ContentError`] that names the file,
//! the line when known, and the field, and all problems are reported at once.

mod citations;
mod codegen;
mod error;
mod front_matter;
mod map;
mod markdown;
mod myths;
mod pictos;
mod profiles;
mod quiz;
mod report;
mod site;
mod territories;

pub use citations::Declared;
pub use codegen::catalog_source;
pub use error::ContentError;
pub use map::MapData;
pub use markdown::{render_markdown, CitedFact, Citing, LinkTargets, Rendered};
pub use pictos::{LoadedPicto, Sprite};
pub use report::facts_table;
pub use site::SiteConfig;

use crate::catalog::Catalog;
use std::path::{Path, PathBuf};

/// Everything the app is built from.
pub struct Content {
    pub site: SiteConfig,
    pub catalog: Catalog,
    /// Territory packs, and each one's support page rendered to safe HTML (by territory id).
    pub territories: Vec<crate::territory::Territory>,
    pub support_pages: Vec<territories::SupportPage>,
    /// Training centres, communes and outlines for the map page.
    pub map: MapData,
    /// The quiz activities, in order.
    pub quiz: Vec<crate::quiz::Item>,
    /// The « Vrai ou faux ? » statements, in file order.
    pub myths: Vec<crate::myths::Statement>,
    /// The pictograms the app draws (those a profile or a vocabulary value uses).
    pub pictos: Vec<LoadedPicto>,
    /// (vocabulary, value, pictogram name) from pictos.toml.
    pub picto_choices: Vec<(&'static str, &'static str, String)>,
    /// Each profile's body rendered to safe HTML, by slug.
    pub bodies: Vec<(String, String)>,
    /// Each profile's « fiche activité » for teachers, as safe HTML, by slug.
    pub sheets: Vec<(String, String)>,
    /// Each profile's file, sources and cited facts, for the content report.
    pub cited: Vec<(PathBuf, Declared, Vec<CitedFact>)>,
    /// Every file read, so that build scripts can ask to be re-run when one changes.
    pub files: Vec<PathBuf>,
}

/// Loads and validates the whole content folder.
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    let site = site::load(dir, &mut files, &mut errors);
    let diplomas = profiles::load_diplomas(dir, &mut files, &mut errors);
    let library = pictos::load_library(dir, &mut files, &mut errors);
    let loaded = profiles::load_profiles(dir, &diplomas, &library, &mut files, &mut errors);
    let bodies = loaded.iter().map(|l| (l.profile.slug.to_string(), l.body.clone())).collect();
    let sheets = loaded.iter().map(|l| (l.profile.slug.to_string(), l.sheet.clone())).collect();
    let cited = loaded
        .iter()
        .map(|l| (dir.join("metiers").join(format!("{}.md", l.profile.slug)), l.declared.clone(), l.facts.clone()))
        .collect();
    let profiles: Vec<_> = loaded.into_iter().map(|l| l.profile).collect();
    let quiz = quiz::load(dir, &mut files, &mut errors);
    // Links aim at every profile file, loaded or not: a broken profile is reported once, in its own
    // file, not again in each page that links to it.
    let targets = profiles::link_targets(dir);
    let slugs = targets.0.iter().filter_map(|t| t.strip_prefix("/metiers/")).map(str::to_string).collect();
    let myths = myths::load(dir, &slugs, &mut files, &mut errors);
    let picto_choices = pictos::load_choices(dir, &picto_vocabularies(), &library, &mut files, &mut errors);
    let used: std::collections::BTreeSet<&str> =
        profiles.iter().filter_map(|p| p.picto).chain(picto_choices.iter().map(|(_, _, name)| name.as_str())).collect();
    let pictos = library.values().filter(|p| used.contains(p.picto.name)).cloned().collect();
    let (territories, support_pages) = territories::load(dir, &targets, &mut files, &mut errors);
    // A fixture without territories has no default to check; the real content's test checks it has some.
    if let Some(site) = site.as_ref().filter(|_| dir.join("territoires").exists()) {
        if !territories.iter().any(|t| t.id == site.territoire) {
            let path = dir.join("site.toml");
            let line = std::fs::read_to_string(&path).ok().and_then(|t| front_matter::line_of_key(&t, 1, "territoire"));
            errors.push(ContentError::new(
                path,
                line,
                Some("territoire"),
                format!("« {} » n'est pas un dossier de content/territoires", site.territoire),
            ));
        }
    }
    let map = map::load(dir, &diplomas, &mut files, &mut errors);
    match site {
        Some(site) if errors.is_empty() => Ok(Content {
            site,
            catalog: Catalog { profiles: profiles.leak(), diplomas: diplomas.leak() },
            territories,
            support_pages,
            map,
            quiz,
            myths,
            pictos,
            picto_choices,
            bodies,
            sheets,
            cited,
            files,
        }),
        _ => Err(errors),
    }
}

/// Reads a content file as text. Editors' habits are met: a UTF-8 byte-order mark (Windows Notepad)
/// is dropped, and a file in another encoding gets a French explanation with its line.
pub(crate) fn read(path: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Option<String> {
    files.push(path.to_path_buf());
    let bytes = std::fs::read(path)
        .map_err(|e| errors.push(ContentError::new(path, None, None, format!("lecture impossible : {e}"))))
        .ok()?;
    match String::from_utf8(bytes) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
            errors.push(ContentError::new(
                path,
                Some(line),
                None,
                "le fichier n'est pas enregistré en UTF-8 (un caractère accentué de cette ligne est illisible) : \
                 l'ouvrir dans l'éditeur, choisir « Enregistrer sous » avec l'encodage « UTF-8 », puis relancer la vérification",
            ));
            None
        }
    }
}

/// The vocabularies that `pictos.toml` gives pictograms to, with their values.
fn picto_vocabularies() -> Vec<(&'static str, Vec<&'static str>)> {
    use crate::vocab::{CentreKind, Public, Sector, Workplace};
    vec![
        ("secteurs", Sector::ALL.iter().map(|v| v.id()).collect()),
        ("publics", Public::ALL.iter().map(|v| v.id()).collect()),
        ("lieux", Workplace::ALL.iter().map(|v| v.id()).collect()),
        ("reponses", crate::quiz::Answer::ALL.iter().map(|a| a.id()).collect()),
        ("accueil", vec!["metiers", "quiz", "vrai-ou-faux", "carte"]),
        ("centres", CentreKind::ALL.iter().map(|v| v.id()).collect()),
    ]
}

/// Formats a list of errors one per line, for build scripts and tests.
pub fn report(errors: &[ContentError]) -> String {
    errors.iter().map(|e| format!("{e}\n")).collect()
}

/// Turns a `String` into the `&'static str` the catalogue holds. Content is loaded once per build
/// or test process, so what is leaked is bounded.
pub(crate) fn leak(s: String) -> &'static str {
    s.leak()
}
