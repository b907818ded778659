//! Reading the content folder at build time: front matter, diploma catalogue, site settings and
//! Markdown bodies, all validated. Every problem becomes a [`ContentError`] that names the file,
//! the line when known, and the field, and all problems are reported at once.

mod codegen;
mod error;
mod front_matter;
mod map;
mod markdown;
mod profiles;
mod quiz;
mod site;
mod territories;

pub use codegen::catalog_source;
pub use error::ContentError;
pub use map::MapData;
pub use markdown::{render_markdown, LinkTargets, Rendered};
pub use site::SiteConfig;

use crate::catalog::Catalog;
use std::path::{Path, PathBuf};

/// Everything the app is built from.
pub struct Content {
    pub site: SiteConfig,
    pub catalog: Catalog,
    /// Territory packs, and each one's support page rendered to safe HTML (by territory id).
    pub territories: Vec<crate::territory::Territory>,
    pub support_pages: Vec<(String, String)>,
    /// Training centres, communes and outlines for the map page.
    pub map: MapData,
    /// The quiz activities, in order.
    pub quiz: Vec<crate::quiz::Item>,
    /// Each profile's body rendered to safe HTML, by slug.
    pub bodies: Vec<(String, String)>,
    /// Each profile's « fiche activité » for teachers, as safe HTML, by slug.
    pub sheets: Vec<(String, String)>,
    /// Every file read, so that build scripts can ask to be re-run when one changes.
    pub files: Vec<PathBuf>,
}

/// Loads and validates the whole content folder.
pub fn load(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut files = Vec::new();
    let site = site::load(dir, &mut files, &mut errors);
    let diplomas = profiles::load_diplomas(dir, &mut files, &mut errors);
    let loaded = profiles::load_profiles(dir, &diplomas, &mut files, &mut errors);
    let bodies = loaded.iter().map(|l| (l.profile.slug.to_string(), l.body.clone())).collect();
    let sheets = loaded.iter().map(|l| (l.profile.slug.to_string(), l.sheet.clone())).collect();
    let profiles: Vec<_> = loaded.into_iter().map(|l| l.profile).collect();
    let quiz = quiz::load(dir, &mut files, &mut errors);
    let mut targets = LinkTargets(profiles::ROUTES.iter().map(|r| r.to_string()).collect());
    targets.0.extend(profiles.iter().map(|p| format!("/metiers/{}", p.slug)));
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
            bodies,
            sheets,
            files,
        }),
        _ => Err(errors),
    }
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
