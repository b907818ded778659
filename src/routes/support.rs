//! `/accompagnement`: for adults and young adults looking for a way in — immersion, paid
//! training, VAE — and who to contact in the territory.

use crate::components::links::{ExternalLink, FetchedHtml};
use crate::data::territory_support;
use crate::territory::{use_territory, TerritoryChoice};
use guide_domain::territory::Territory;
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Support() -> impl IntoView {
    let territory = use_territory();
    view! {
        <Title text="Se faire accompagner"/>
        <h1 tabindex="-1">"Se faire accompagner"</h1>
        <p class="accroche">"Vous cherchez un métier utile, une formation payée, ou à faire reconnaître votre expérience ? Des personnes peuvent vous aider, gratuitement."</p>
        <TerritoryChoice/>
        {move || view! { <Contacts territory=territory.get()/> }}
        <FetchedHtml path=Signal::derive(move || territory_support(territory.get().id))/>
    }
}

/// Who to contact, from the territory file only.
#[component]
pub fn Contacts(territory: &'static Territory) -> impl IntoView {
    view! {
        <section class="contacts" aria-labelledby="contacts-titre">
            <h2 id="contacts-titre">{format!("Qui peut vous aider dans le département « {} »", territory.name)}</h2>
            <ul class="liste-contacts" role="list">
                {territory.contacts.iter().map(|c| view! {
                    <li class="contact">
                        <h3>{c.name}</h3>
                        <p>{c.role}</p>
                        {c.address.map(|a| view! { <p>{a}</p> })}
                        {c.phone.map(|p| view! { <p>"Téléphone : "<a href=format!("tel:{}", p.replace(' ', ""))>{p}</a></p> })}
                        {c.email.map(|e| view! { <p>"Courriel : "<a href=format!("mailto:{e}")>{e}</a></p> })}
                        {c.website.map(|url| view! { <p><ExternalLink href=url>"Site web"</ExternalLink></p> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
