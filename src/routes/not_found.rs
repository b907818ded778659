//! Pages that cannot be shown: a path the app does not know, or a page whose code could not be fetched.

use crate::href;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Title text="Page introuvable"/>
        <h1 tabindex="-1">"Page introuvable"</h1>
        <p>"Cette adresse ne correspond à aucune page du guide. Le lien est peut-être ancien ou incomplet."</p>
        <ul class="liens-suite">
            <li><A href=href("/")>"Revenir à l'accueil"</A></li>
            <li><A href=href("/metiers")>"Voir tous les métiers"</A></li>
            <li><A href=href("/quiz")>"Faire le quiz"</A></li>
        </ul>
    }
}

/// A page whose module could not be fetched: the device went offline before the guide was saved on it,
/// or the guide was updated on the server since this tab opened. Reloading fetches the current version.
#[component]
pub fn PageUnavailable() -> impl IntoView {
    view! {
        <Title text="Page indisponible"/>
        <h1 tabindex="-1">"Cette page n'a pas pu s'ouvrir"</h1>
        <div class="alerte" role="alert">
            <p>"Elle n'a pas pu être téléchargée : la connexion est peut-être coupée, ou le guide vient d'être mis à jour."</p>
            <p>"Vérifiez la connexion, puis rechargez la page."</p>
            <ReloadButton/>
        </div>
        <ul class="liens-suite">
            <li><A href=href("/")>"Revenir à l'accueil"</A></li>
        </ul>
    }
}

/// Reloading fetches the modules of the current version, from the network or the device's copy.
#[component]
pub fn ReloadButton() -> impl IntoView {
    view! { <button type="button" class="bouton" on:click=|_| { let _ = window().location().reload(); }>"Recharger la page"</button> }
}
