//! The app's data: the catalogue compiled in by build.rs, and the one fetch helper for what is
//! loaded on demand (profile bodies).

use guide_domain::catalog::Catalog;
use guide_domain::training::{self, Area, Centre, Commune};

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

pub fn catalog() -> Catalog {
    Catalog { profiles: PROFILES, diplomas: DIPLOMAS }
}

/// Why something could not be loaded; each reads differently to the visitor.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Offline,
    NotFound,
    Failed(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    pub fn message(&self) -> String {
        match self {
            LoadError::Offline => "Pas de connexion : ces informations n'ont pas pu être chargées.".into(),
            LoadError::NotFound => "Ces informations sont introuvables sur le serveur.".into(),
            LoadError::Failed(why) => format!("Ces informations n'ont pas pu être chargées ({why})."),
        }
    }
}

/// Fetches one of the files sitegen writes under `contenu/`. URLs are relative to the document
/// base so a deployment under a sub-path works.
async fn fetch_text(path: &str) -> Result<String, LoadError> {
    let offline = || web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let response = gloo_net::http::Request::get(&format!("contenu/{path}")).send().await.map_err(|e| {
        if offline() {
            LoadError::Offline
        } else {
            LoadError::Failed(e.to_string())
        }
    })?;
    match response.status() {
        200 => {}
        404 => return Err(LoadError::NotFound),
        status => return Err(LoadError::Failed(format!("erreur {status}"))),
    }
    let text = response.text().await.map_err(|e| LoadError::Failed(e.to_string()))?;
    // A host's SPA fallback answers a missing fragment with index.html and status 200.
    if text.trim_start().starts_with("<!DOCTYPE") || text.contains("<html") {
        return Err(LoadError::NotFound);
    }
    Ok(text)
}

/// The HTML fragments under `contenu/` (profile bodies, activity sheets, support pages), by path.
pub fn profile_body(slug: &str) -> String {
    format!("metiers/{slug}.html")
}

pub fn activity_sheet(slug: &str) -> String {
    format!("fiches-activite/{slug}.html")
}

pub fn territory_support(territory: &str) -> String {
    format!("territoires/{territory}/accompagnement.html")
}

thread_local! {
    static PRERENDERED: std::cell::RefCell<Vec<(String, String)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps the fragments a prerendered page shows (`data-contenu`, see `FetchedHtml`) before the
/// app replaces the page.
pub fn keep_prerendered(root: &web_sys::Element) {
    let Ok(found) = root.query_selector_all("[data-contenu]") else { return };
    PRERENDERED.with_borrow_mut(|kept| {
        for i in 0..found.length() {
            let Some(el) = found.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            else {
                continue;
            };
            if let Some(path) = el.get_attribute("data-contenu") {
                kept.push((path, el.inner_html()));
            }
        }
    });
}

/// A fragment the prerendered page already showed, once: later visits fetch it as usual.
pub fn take_prerendered(path: &str) -> Option<String> {
    PRERENDERED.with_borrow_mut(|kept| kept.iter().position(|(p, _)| p == path).map(|i| kept.swap_remove(i).1))
}

/// A fragment, from the prerendered page if it showed it, else from the server.
pub async fn fragment(path: String) -> Result<String, LoadError> {
    match take_prerendered(&path) {
        Some(html) => Ok(html),
        None => fetch_text(&path).await,
    }
}

/// Everything the map page draws and searches.
pub struct MapFiles {
    pub outline: String,
    pub areas: Vec<Area>,
    pub centres: Vec<Centre>,
    pub communes: Vec<Commune>,
}

pub async fn map_files() -> Result<std::sync::Arc<MapFiles>, LoadError> {
    let broken =
        |what: &str, e: training::ParseError| LoadError::Failed(format!("{what}, ligne {} : {}", e.line, e.message));
    // All four at once: on a slow connection, one after the other would add three round trips.
    let (outline, areas, centres, communes) = futures::try_join!(
        fetch_text("carte/fond.svg"),
        fetch_text("carte/departements.tsv"),
        fetch_text("carte/centres.tsv"),
        fetch_text("carte/communes.tsv"),
    )?;
    crate::mark("carte:analyse-debut");
    let areas = training::parse_areas(&areas).map_err(|e| broken("départements", e))?;
    let centres = training::parse_centres(&centres).map_err(|e| broken("centres", e))?;
    let communes = training::parse_communes(&communes).map_err(|e| broken("communes", e))?;
    crate::mark("carte:analyse-fin");
    // Drawing starts in the next task: parsing and drawing in one would block a slow phone longer.
    next_task().await;
    Ok(std::sync::Arc::new(MapFiles { outline, areas, centres, communes }))
}

/// Resolves in a new task, once the browser has handled what was waiting (input, paint).
async fn next_task() {
    let later = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().map(|w| w.set_timeout_with_callback(&resolve));
    });
    let _ = wasm_bindgen_futures::JsFuture::from(later).await;
}
