//! Shared bits of content: links to other websites, and the message shown when loading fails.

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
