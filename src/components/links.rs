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
                    Ok::<_, LoadError>(view! { <div class="corps-fiche" data-contenu=path.get_untracked() inner_html=html></div> })
                })}
            </ErrorBoundary>
        </Suspense>
    }
}
