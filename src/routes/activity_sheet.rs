//! `/metiers/:slug/fiche-activite`: one printed page for a class session about a job: what it
//! is, how to get there, what to talk about, and three questions to ask a professional.

use crate::components::links::FetchedHtml;
use crate::data::{activity_sheet, catalog};
use crate::href;
use crate::routes::profiles::access_badge;
use guide_domain::catalog::Profile;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ActivitySheet() -> impl IntoView {
    let params = use_params_map();
    let profile = move || params.read().get("slug").and_then(|slug| catalog().profile(&slug));
    move || match profile() {
        Some(profile) => view! { <Sheet profile/> }.into_any(),
        None => view! { <crate::routes::not_found::NotFound/> }.into_any(),
    }
}

#[component]
fn Sheet(profile: &'static Profile) -> impl IntoView {
    let diplomas: Vec<String> = profile
        .diplomas
        .iter()
        .filter_map(|id| catalog().diploma(id))
        .map(|d| format!("{} ({})", d.acronym, d.name))
        .collect();
    view! {
        <Title text=format!("Fiche activité : {}", profile.title())/>
        <article class="fiche fiche-activite">
            <p class="fil-ariane">
                <A href=href("/metiers")>"Les métiers"</A>" › "
                <A href=href(&format!("/metiers/{}", profile.slug))>{profile.title()}</A>" › "<span>"Fiche activité"</span>
            </p>
            <h1 tabindex="-1">"Fiche activité : "{profile.title()}</h1>
            <p class="fiche-resume">{profile.summary}</p>
            <dl class="fiche-activite-essentiel">
                <dt>"Accès"</dt>
                <dd>{access_badge(profile)}</dd>
                {(!diplomas.is_empty()).then(|| view! {
                    <dt>"Diplômes"</dt>
                    <dd>{diplomas.join(", ")}</dd>
                })}
            </dl>
            <FetchedHtml path=activity_sheet(profile.slug)/>
            <p class="fiche-activite-suite">"La fiche complète, avec le quotidien, le salaire et les sources : "
                <A href=href(&format!("/metiers/{}", profile.slug))>{format!("la fiche {}", profile.title())}</A>"."</p>
            <p class="actions pas-imprime">
                <button type="button" class="bouton" on:click=|_| { let _ = window().print(); }>"Imprimer la fiche"</button>
                <A href=href("/quiz/classe") attr:class="bouton bouton-secondaire">"Le quiz en classe"</A>
            </p>
        </article>
    }
}
