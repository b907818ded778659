//! `/agenda`: the territory's events, upcoming first; past ones under « Éditions précédentes ».

use crate::components::links::ExternalLink;
use crate::href;
use crate::territory::{now_utc_ics, today, use_territory, TerritoryChoice};
use guide_domain::territory::{ics, Event};
use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn Agenda() -> impl IntoView {
    let territory = use_territory();
    let agenda = Memo::new(move |_| territory.get().agenda(today()));
    view! {
        <Title text="Agenda"/>
        <h1 tabindex="-1">"Agenda"</h1>
        <p>"Forums, portes ouvertes, semaines des métiers : les rendez-vous pour rencontrer des professionnels et des écoles."</p>
        <TerritoryChoice/>
        <h2>"À venir"</h2>
        {move || {
            let (upcoming, _) = agenda.get();
            if upcoming.is_empty() {
                view! { <p class="encadre">{format!("Aucun événement à venir n'est annoncé pour le moment dans le département « {} ». Revenez bientôt, ou consultez les éditions précédentes ci-dessous.", territory.get().name)}</p> }.into_any()
            } else {
                view! { <ul class="evenements" role="list">{upcoming.into_iter().map(|e| view! { <EventCard event=e/> }).collect_view()}</ul> }.into_any()
            }
        }}
        <h2>"Éditions précédentes"</h2>
        {move || {
            let (_, past) = agenda.get();
            view! { <ul class="evenements passes" role="list">{past.into_iter().map(|e| view! { <EventCard event=e/> }).collect_view()}</ul> }
        }}
        <p><a href=href("/accompagnement")>"Se faire accompagner près de chez soi"</a></p>
    }
}

#[component]
pub fn EventCard(event: &'static Event) -> impl IntoView {
    let calendar = format!(
        "data:text/calendar;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(&ics(event, &now_utc_ics())))
    );
    view! {
        <li class="evenement">
            <p class="evenement-type">{event.kind.label()}</p>
            <h3>{event.title}</h3>
            <p class="evenement-date"><strong>{event.when()}</strong></p>
            <p>{event.place}{event.address.map(|a| format!(", {a}"))}</p>
            <p class="evenement-public">"Pour : "{event.audiences.iter().map(|a| a.label()).collect::<Vec<_>>().join(", ")}</p>
            <p>{event.description}</p>
            <p class="actions">
                <a class="bouton bouton-secondaire" href=calendar download=format!("{}.ics", event.id)>"Ajouter à mon agenda"</a>
                {event.link.map(|url| view! { <ExternalLink href=url>"En savoir plus"</ExternalLink> })}
            </p>
            <p class="source">"Source : "<ExternalLink href=event.source>{event.source}</ExternalLink></p>
        </li>
    }
}
