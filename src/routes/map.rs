//! `/carte`: where to train. Until the map of training centres exists, it tells, for the chosen
//! profile or diploma, which diplomas lead there and in what kind of school they are prepared.

use crate::data::catalog;
use crate::href;
use guide_domain::catalog::Diploma;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn MapPage() -> impl IntoView {
    let query = use_query_map();
    let chosen = Memo::new(move |_| {
        let query = query.read();
        let catalog = catalog();
        let profile = query.get("metier").and_then(|slug| catalog.profile(&slug));
        let diplomas: Vec<&'static Diploma> = match (profile, query.get("diplome")) {
            (Some(p), _) => p.diplomas.iter().filter_map(|id| catalog.diploma(id)).collect(),
            (None, Some(id)) => catalog.diploma(&id).into_iter().collect(),
            (None, None) => Vec::new(),
        };
        (profile, diplomas)
    });
    view! {
        <Title text="Se former près de chez moi"/>
        <h1 tabindex="-1">"Se former près de chez moi"</h1>
        {move || {
            let (profile, diplomas) = chosen.get();
            let heading = profile.map(|p| format!("Pour devenir {}", p.title().to_lowercase()));
            view! {
                {heading.map(|h| view! { <h2>{h}</h2> })}
                {if diplomas.is_empty() {
                    view! {
                        <p>"Choisissez d'abord un métier : chaque fiche a un bouton « Où se former ? »."</p>
                        <p><A href=href("/metiers") attr:class="bouton">"Voir les métiers"</A></p>
                    }.into_any()
                } else {
                    view! {
                        <ul class="liste-diplomes">
                            {diplomas.into_iter().map(|d| view! {
                                <li class="diplome">
                                    <h3>{d.acronym}" — "{d.name}</h3>
                                    {d.schools.map(|s| view! { <p><strong>"Où le préparer : "</strong>{s}</p> })}
                                    {d.access.map(|s| view! { <p><strong>"Comment y entrer : "</strong>{s}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        }}
        <p class="note">"La carte des centres de formation des Hautes-Alpes et du Pas-de-Calais est en préparation."</p>
    }
}
