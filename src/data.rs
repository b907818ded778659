//! The app's data: the catalogue compiled in by build.rs, and the one fetch helper for what is
//! loaded on demand (profile bodies).

use guide_domain::catalog::Catalog;

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

impl LoadError {
    pub fn message(&self) -> String {
        match self {
            LoadError::Offline => "Pas de connexion : le texte de cette fiche n'a pas pu être chargé.".into(),
            LoadError::NotFound => "Le texte de cette fiche est introuvable sur le serveur.".into(),
            LoadError::Failed(why) => format!("Le texte de cette fiche n'a pas pu être chargé ({why})."),
        }
    }
}

/// Fetches a rendered profile body. URLs are relative to the document base so a deployment
/// under a sub-path works.
pub async fn profile_body(slug: &str) -> Result<String, LoadError> {
    let offline = || web_sys::window().is_some_and(|w| !w.navigator().on_line());
    let response = gloo_net::http::Request::get(&format!("contenu/metiers/{slug}.html")).send().await.map_err(|e| {
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
