//! Shared bits of content: links to other websites, and fragments fetched on demand.

use crate::data::{fragment, LoadError};
use leptos::prelude::*;

/// A link to another website: no referrer sent, and marked as leaving the guide (visibly by CSS,
/// and in words for screen readers).
#[component]
pub fn ExternalLink(#[prop(into)] href: String, children: Children) -> impl IntoView {
    view! {
        <a href=href rel="noopener noreferrer" class="lien-externe">{children()}<span class="visually-hidden">" (site externe)"</span></a>
    }
}

/// What an `ErrorBoundary` around a fetch shows: the reason in French, advice, and « Réessayer ».
#[component]
pub fn LoadFailed(
    errors: ArcRwSignal<Errors>,
    #[prop(default = "Vérifiez la connexion, puis réessayez.")] advice: &'static str,
    retry: impl Fn() + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="alerte" role="alert">
            <p>{move || errors.get().into_iter().next().map(|(_, e)| e.to_string()).unwrap_or_default()}</p>
            <p>{advice}</p>
            <button type="button" class="bouton" on:click=move |_| retry()>"Réessayer"</button>
        </div>
    }
}

/// A citation number and its way back are links within the page: focus moves to the source entry
/// (or back to the call), so keyboard and screen-reader users land where sighted readers look.
fn follow_citation(ev: web_sys::MouseEvent) {
    use wasm_bindgen::JsCast;
    let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("a.lien-appel, a.retour-appel").ok().flatten())
    else {
        return;
    };
    let Some(id) = link.get_attribute("href").and_then(|h| h.split_once('#').map(|(_, id)| id.to_string())) else {
        return;
    };
    if scroll_and_focus(&id) {
        ev.prevent_default();
    }
}

/// Scrolls to the element with this id and gives it focus, so keyboard and screen-reader users land
/// there too. False when there is no such element.
pub fn scroll_and_focus(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let Some(target) = document().get_element_by_id(id) else { return false };
    if target.get_attribute("tabindex").is_none() {
        let _ = target.set_attribute("tabindex", "-1");
    }
    target.scroll_into_view();
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
    true
}

/// A fragment of safe HTML that sitegen wrote at build time under `contenu/` (`path`), fetched
/// when the page opens: a loading state, then the fragment, or the reason it failed with
/// « Réessayer ». `data-contenu` lets a prerendered page hand the fragment over to the app.
#[component]
pub fn FetchedHtml(
    #[prop(into)] path: Signal<String>,
    #[prop(default = "Chargement…")] loading: &'static str,
    #[prop(default = "Vérifiez la connexion, puis réessayez.")] advice: &'static str,
    /// Set once the fragment is on the page, for pages that rework it (class mode's slides).
    #[prop(optional)]
    shown: Option<RwSignal<bool>>,
) -> impl IntoView {
    let resource = LocalResource::new(move || fragment(path.get()));
    view! {
        <Suspense fallback=move || view! { <p class="chargement" role="status">{loading}</p> }>
            <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors advice retry=move || resource.refetch()/> }>
                {move || Suspend::new(async move {
                    let html = resource.await?;
                    if let Some(shown) = shown {
                        shown.set(true);
                    }
                    Ok::<_, LoadError>(view! {
                        <div class="corps-fiche" data-contenu=path.get_untracked() inner_html=html on:click=follow_citation></div>
                    })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}
