//! `/metiers`: every profile as a card, with filters and a search kept in the URL so that a
//! teacher can share a filtered list.

use crate::components::pictograms::Picto;
use crate::data::catalog;
use crate::href;
use guide_domain::catalog::{Profile, ProfileFilter};
use guide_domain::vocab::{Public, Sector, StudyLength};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

const FILTER_KEYS: [&str; 5] = ["q", "secteur", "public", "etudes", "sans-diplome"];

/// The URL of the list with this filter.
fn list_url(filter: &ProfileFilter) -> String {
    let pairs = filter.to_pairs();
    if pairs.is_empty() {
        return "/metiers".into();
    }
    let query: Vec<String> =
        pairs.iter().map(|(k, v)| format!("{k}={}", String::from(js_sys::encode_uri_component(v)))).collect();
    format!("/metiers?{}", query.join("&"))
}

#[component]
pub fn ProfilesPage() -> impl IntoView {
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let query = query.read();
        let values: Vec<(&str, String)> = FILTER_KEYS.iter().filter_map(|k| Some((*k, query.get(k)?))).collect();
        ProfileFilter::from_pairs(values.iter().map(|(k, v)| (*k, v.as_str())))
    });
    let navigate = use_navigate();
    let change = move |edit: &dyn Fn(&mut ProfileFilter)| {
        let mut next = filter.get_untracked();
        edit(&mut next);
        navigate(&list_url(&next), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    };
    let change = StoredValue::new_local(change);
    let found = Memo::new(move |_| catalog().filter(&filter.get()));

    view! {
        <Title text="Les métiers"/>
        <h1 tabindex="-1">"Les métiers"</h1>
        <p>"Tous les métiers du guide. Cherchez un nom ou choisissez des filtres : l'adresse de la page garde votre sélection, pour la partager."</p>
        <form class="filtres" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="champ champ-recherche">
                <label for="recherche">"Chercher un métier"</label>
                <input id="recherche" type="search" autocomplete="off"
                    prop:value=move || filter.get().query
                    on:input:target=move |ev| { let q = ev.target().value(); change.with_value(|c| c(&|f| f.query = q.clone())) }/>
            </div>
            <div class="champ">
                <label for="filtre-secteur">"Secteur"</label>
                <select id="filtre-secteur" on:change:target=move |ev| { let v = ev.target().value(); change.with_value(|c| c(&|f| f.sector = Sector::from_id(&v))) }>
                    <option value="" selected=move || filter.get().sector.is_none()>"Tous les secteurs"</option>
                    {Sector::ALL.iter().map(|s| view! {
                        <option value=s.id() selected=move || filter.get().sector == Some(*s)>{s.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ">
                <label for="filtre-public">"Auprès de qui"</label>
                <select id="filtre-public" on:change:target=move |ev| { let v = ev.target().value(); change.with_value(|c| c(&|f| f.public = Public::from_id(&v))) }>
                    <option value="" selected=move || filter.get().public.is_none()>"Tous les publics"</option>
                    {Public::ALL.iter().map(|p| view! {
                        <option value=p.id() selected=move || filter.get().public == Some(*p)>{p.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ">
                <label for="filtre-etudes">"Durée des études"</label>
                <select id="filtre-etudes" on:change:target=move |ev| { let v = ev.target().value(); change.with_value(|c| c(&|f| f.max_study = StudyLength::from_id(&v))) }>
                    <option value="" selected=move || filter.get().max_study.is_none()>"Peu importe"</option>
                    {StudyLength::ALL.iter().map(|s| view! {
                        <option value=s.id() selected=move || filter.get().max_study == Some(*s)>{study_choice(*s)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ champ-case">
                <input id="filtre-sans-diplome" type="checkbox"
                    prop:checked=move || filter.get().without_diploma
                    on:change:target=move |ev| { let v = ev.target().checked(); change.with_value(|c| c(&|f| f.without_diploma = v)) }/>
                <label for="filtre-sans-diplome">"Accessible sans diplôme"</label>
            </div>
        </form>
        <p class="compte" role="status">{move || match found.get().len() {
            0 => "Aucun métier ne correspond.".to_string(),
            1 => "1 métier".to_string(),
            n => format!("{n} métiers"),
        }}</p>
        <Show when=move || found.get().is_empty()>
            <p>"Essayez un autre mot ou enlevez un filtre. "<A href=href("/metiers")>"Voir tous les métiers"</A></p>
        </Show>
        <ul class="cartes-metiers" role="list">
            <For each=move || found.get() key=|p| p.slug let:profile>
                <ProfileCard profile/>
            </For>
        </ul>
    }
}

fn study_choice(study: StudyLength) -> &'static str {
    match study {
        StudyLength::Aucune => "Sans études",
        StudyLength::MoinsDUnAn => "Moins d'un an au plus",
        StudyLength::UnADeuxAns => "2 ans au plus",
        StudyLength::TroisAnsEtPlus => "Jusqu'à 3 ans et plus",
    }
}

/// The badges shared by cards and the profile page: open without diploma, or study length.
pub fn access_badge(profile: &Profile) -> String {
    if profile.open_without_diploma {
        "Accessible sans diplôme".into()
    } else {
        format!("Études : {}", profile.study.label().to_lowercase())
    }
}

#[component]
fn ProfileCard(profile: &'static Profile) -> impl IntoView {
    view! {
        <li class="carte-metier">
            <span class="carte-picto">{profile.picto.map(|name| view! { <Picto name/> })}</span>
            <h2 class="carte-titre"><A href=href(&format!("/metiers/{}", profile.slug))>{profile.title()}</A></h2>
            <p class="carte-resume">{profile.summary}</p>
            <p class="badges">
                <span class="badge">{profile.sectors[0].label()}</span>
                <span class="badge" class:badge-ouvert=profile.open_without_diploma>{access_badge(profile)}</span>
            </p>
        </li>
    }
}
