//! `/`: what the app offers, in four big entries.

use crate::components::pictograms::{self, Picto};
use crate::data::{MYTHS, PROFILES, SITE_NAME, SITE_TAGLINE};
use crate::href;
use crate::routes::agenda::EventCard;
use crate::territory::{today, use_territory, TerritoryChoice};
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
                        <span class="entree-picto"><Picto name=pictograms::of("accueil", "metiers")/></span>
                        <span class="entree-titre">"Je découvre les métiers"</span>
                        <span class="entree-texte">{format!("{} métiers expliqués simplement, avec leurs bons et leurs moins bons côtés.", PROFILES.len())}</span>
                    </A>
                </li>
                <li>
                    <A href=href("/quiz") attr:class="entree">
                        <span class="entree-picto"><Picto name=pictograms::of("accueil", "quiz")/></span>
                        <span class="entree-titre">"Je fais le quiz"</span>
                        <span class="entree-texte">"3 minutes pour trouver des métiers qui pourraient te plaire."</span>
                    </A>
                </li>
                <li>
                    <A href=href("/vrai-ou-faux") attr:class="entree">
                        <span class="entree-picto"><Picto name=pictograms::of("accueil", "vrai-ou-faux")/></span>
                        <span class="entree-titre">"Vrai ou faux ?"</span>
                        <span class="entree-texte">{format!("{} idées reçues sur ces métiers : et toi, qu'en penses-tu ?", MYTHS.len())}</span>
                    </A>
                </li>
                <li>
                    <A href=href("/carte") attr:class="entree">
                        <span class="entree-picto"><Picto name=pictograms::of("accueil", "carte")/></span>
                        <span class="entree-titre">"Je trouve où me former"</span>
                        <span class="entree-texte">"Les écoles et centres de formation près de chez moi."</span>
                    </A>
                </li>
            </ul>
            <TerritoryBlock/>
        </div>
    }
}

/// The territory: its introduction, the next events and who can help.
#[component]
fn TerritoryBlock() -> impl IntoView {
    let territory = use_territory();
    let upcoming = Memo::new(move |_| territory.get().agenda(today()).0.into_iter().take(3).collect::<Vec<_>>());
    view! {
        <section class="territoire" aria-labelledby="territoire-titre">
            <h2 id="territoire-titre">{move || format!("Dans le département « {} »", territory.get().name)}</h2>
            <TerritoryChoice/>
            <p>{move || territory.get().introduction}</p>
            <h3>"Prochains événements"</h3>
            {move || {
                let events = upcoming.get();
                if events.is_empty() {
                    view! { <p>"Aucun événement à venir n'est annoncé pour le moment. "<A href=href("/agenda")>"Voir l'agenda et les éditions précédentes"</A></p> }.into_any()
                } else {
                    view! {
                        <ul class="evenements" role="list">{events.into_iter().map(|e| view! { <EventCard event=e/> }).collect_view()}</ul>
                        <p><A href=href("/agenda")>"Tout l'agenda"</A></p>
                    }.into_any()
                }
            }}
            <div class="encadre">
                <h3>"Se faire accompagner"</h3>
                <p>"Immersion, formation payée, VAE : des personnes vous aident gratuitement à trouver votre voie."</p>
                <p><A href=href("/accompagnement") attr:class="bouton">"Qui peut m'aider ?"</A></p>
            </div>
        </section>
    }
}
