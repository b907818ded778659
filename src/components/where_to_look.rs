//! Where to look for a training whose providers no open list names (they change every year): the
//! official catalogues set in content/diplomes.toml, with what to type, and who can help locally.

use crate::components::links::ExternalLink;
use crate::href;
use guide_domain::catalog::Diploma;
use leptos::prelude::*;
use leptos_router::components::A;

/// The catalogues of one diploma as a sentence: « Cherchez sur X (tapez « … ») ou sur Y (…). »
#[component]
pub fn Catalogues(diploma: &'static Diploma) -> impl IntoView {
    let last = diploma.catalogues.len().saturating_sub(1);
    view! {
        "Cherchez sur "
        {diploma.catalogues.iter().enumerate().map(|(i, c)| view! {
            {(i > 0).then_some(if i == last { " ou sur " } else { ", sur " })}
            <ExternalLink href=c.url>{c.name}</ExternalLink>
            " (tapez « "{c.query}" »)"
        }).collect_view()}
        "."
    }
}

/// The map's answer when its list cannot be complete: for each diploma that has catalogues, say so
/// plainly and show them. When the map found no centre at all (`nothing_found`), every diploma is
/// listed, those without a catalogue with who can advise, so the page never ends in a dead end.
#[component]
pub fn WhereToLook(diplomas: Vec<&'static Diploma>, nothing_found: bool) -> impl IntoView {
    let listed: Vec<&'static Diploma> =
        diplomas.into_iter().filter(|d| nothing_found || !d.catalogues.is_empty()).collect();
    (!listed.is_empty()).then(|| {
        view! {
            <section class="ou-chercher" aria-labelledby="ou-chercher-titre">
                <h2 id="ou-chercher-titre">"Où chercher les organismes de formation"</h2>
                <p>"Pour ces formations, les organismes changent chaque année et aucune liste ouverte ne les donne tous : "
                    "la carte ne peut pas tous les montrer."</p>
                <ul class="liste-simple">
                    {listed.into_iter().map(|d| view! {
                        <li><strong>{d.acronym}</strong>" — "{d.name}" : "
                            {if d.catalogues.is_empty() {
                                view! {
                                    {d.schools.map(|s| format!("{s} "))}
                                    "Aucun catalogue ouvert ne les recense : "
                                    <A href=href("/accompagnement")>"demandez conseil près de chez vous"</A>"."
                                }.into_any()
                            } else {
                                view! { <Catalogues diploma=d/> }.into_any()
                            }}
                        </li>
                    }).collect_view()}
                </ul>
                <p>"Pour être conseillé ou conseillée près de chez vous : "
                    <A href=href("/accompagnement")>"Se faire accompagner"</A>"."</p>
            </section>
        }
    })
}
