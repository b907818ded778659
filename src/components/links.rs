//! Shared bits of content: links to other websites, and fragments fetched on demand.

use crate::data::LoadError;
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

/// A fragment of safe HTML that sitegen wrote at build time, fetched when the page opens: a
/// loading state, then the fragment, or the reason it failed with « Réessayer ».
#[component]
pub fn FetchedHtml(
    resource: LocalResource<Result<String, LoadError>>,
    #[prop(default = "Chargement…")] loading: &'static str,
    #[prop(default = "Vérifiez la connexion, puis réessayez.")] advice: &'static str,
) -> impl IntoView {
    view! {
        <Suspense fallback=move || view! { <p class="chargement" role="status">{loading}</p> }>
            <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors advice retry=move || resource.refetch()/> }>
                {move || Suspend::new(async move { resource.await.map(|html| view! { <div class="corps-fiche" inner_html=html></div> }) })}
            </ErrorBoundary>
        </Suspense>
    }
}
