//! `/`: what the app offers, in three big entries.

use crate::data::{SITE_NAME, SITE_TAGLINE};
use crate::href;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn Home() -> impl IntoView {
    view! {
        <Title text=""/>
        <div class="accueil">
            <h1 tabindex="-1">{SITE_NAME}</h1>
            <p class="accroche">{SITE_TAGLINE}</p>
            <ul class="entrees" role="list">
                <li>
                    <A href=href("/metiers") attr:class="entree">
                        <span class="entree-picto" aria-hidden="true">"🧭"</span>
                        <span class="entree-titre">"Je découvre les métiers"</span>
                        <span class="entree-texte">"20 métiers expliqués simplement, avec leurs bons et leurs moins bons côtés."</span>
                    </A>
                </li>
                <li>
                    <A href=href("/quiz") attr:class="entree">
                        <span class="entree-picto" aria-hidden="true">"💬"</span>
                        <span class="entree-titre">"Je fais le quiz"</span>
                        <span class="entree-texte">"3 minutes pour trouver des métiers qui pourraient te plaire."</span>
                    </A>
                </li>
                <li>
                    <A href=href("/carte") attr:class="entree">
                        <span class="entree-picto" aria-hidden="true">"📍"</span>
                        <span class="entree-titre">"Je trouve où me former"</span>
                        <span class="entree-texte">"Les écoles et centres de formation près de chez moi."</span>
                    </A>
                </li>
            </ul>
        </div>
    }
}
