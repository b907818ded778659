//! Any path the app does not know.

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
