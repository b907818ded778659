//! What « Vrai ou faux ? » shows once a statement is answered, alone or in class: the answer, the
//! explanation, its sources and the profiles it concerns.

use crate::components::links::ExternalLink;
use crate::data::catalog;
use crate::href;
use guide_domain::myths::Statement;
use guide_domain::territory::french_iso_date;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn MythAnswer(statement: &'static Statement) -> impl IntoView {
    view! {
        <p class="explication">{statement.explanation}</p>
        <p class="sources-affirmation">
            {if statement.sources.len() > 1 { "Sources : " } else { "Source : " }}
            {statement.sources.iter().enumerate().map(|(i, s)| view! {
                {(i > 0).then_some(" ; ")}
                <ExternalLink href=s.url>{s.title}</ExternalLink>
                {format!(" ({}, {}, {})", s.site, s.kind.label(), french_iso_date(s.date))}
            }).collect_view()}
        </p>
        <p class="fiches-affirmation">
            "Pour en savoir plus : "
            {statement.profiles.iter().filter_map(|slug| catalog().profile(slug)).enumerate().map(|(i, p)| view! {
                {(i > 0).then_some(", ")}
                <A href=href(&format!("/metiers/{}", p.slug))>{p.title()}</A>
            }).collect_view()}
        </p>
    }
}
