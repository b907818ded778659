//! The results as a list: the accessible alternative to the map, and what a teacher projects.

use super::{Origin, ViewBox};
use crate::components::links::ExternalLink;
use crate::components::pictograms::{self, Picto};
use crate::components::where_to_look::WhereToLook;
use crate::data::{catalog, MapFiles};
use guide_domain::geo::{Bounds, Point};
use guide_domain::training::{CentreFilter, Results};
use leptos::prelude::*;
use std::sync::Arc;

const PAGE: usize = 40;
const FIRST: usize = 10;

#[component]
pub fn ResultList(
    files: StoredValue<Arc<MapFiles>>,
    results: Memo<Results>,
    selected: RwSignal<Option<String>>,
    view_box: RwSignal<ViewBox>,
    origin: Memo<Option<Origin>>,
    filter: Memo<CentreFilter>,
) -> impl IntoView {
    let summary = move || {
        let r = results.get();
        let n = r.found.len();
        let dep_name = filter
            .get()
            .departement
            .and_then(|d| files.with_value(|f| f.areas.iter().find(|a| a.code == d).map(|a| a.name.clone())));
        match (n, r.elsewhere, origin.get(), dep_name) {
            (0, _, _, _) if filter.with(|f| f.diplomas.is_some()) => {
                "Aucun centre connu ne prépare cette formation, ni ici ni ailleurs en France. Voici où chercher."
                    .to_string()
            }
            (0, _, _, _) => {
                "Aucun centre ne correspond à ces choix. Essayez un autre métier ou toute la France.".to_string()
            }
            (_, true, _, dep) => format!(
                "Aucun centre connu ne prépare cette formation {}. Voici les {n} plus proches ailleurs.",
                dep.map(|d| format!("dans le département « {d} »")).unwrap_or_else(|| "ici".into())
            ),
            (_, false, Some(o), _) => format!("Les {n} centres les plus proches de {}.", o.label),
            (1, false, None, _) => "1 centre trouvé.".into(),
            (_, false, None, _) => format!("{n} centres trouvés."),
        }
    };
    // Long lists (all of France) are shown a page at a time: hundreds of cards would slow a tablet.
    // The first cards come at once and the rest of the page one task later: drawing forty cards in
    // one go blocked a slow phone for a fifth of a second.
    let shown = RwSignal::new(FIRST);
    Effect::new(move |_| {
        results.track();
        shown.set(FIRST);
        set_timeout(move || shown.update(|n| *n = (*n).max(PAGE)), std::time::Duration::ZERO);
    });
    let more = move || results.with(|r| r.found.len().saturating_sub(shown.get()));
    let searched = move || {
        filter
            .with(|f| f.diplomas.clone().unwrap_or_default())
            .iter()
            .filter_map(|id| catalog().diploma(id))
            .collect::<Vec<_>>()
    };
    view! {
        <section class="liste-centres" aria-labelledby="liste-centres-titre">
            <h2 id="liste-centres-titre">"Les centres"</h2>
            <p role="status" class="compte">{summary}</p>
            {move || view! { <WhereToLook diplomas=searched() nothing_found=results.with(|r| r.found.is_empty())/> }}
            <ol class="centres">
                <For each=move || results.get().found.into_iter().take(shown.get()) key=|f| (f.index, f.km.map(f64::to_bits)) let:found>
                    {
                        let centre = files.with_value(|f| f.centres[found.index].clone());
                        let id = centre.id.clone();
                        let id_for_class = id.clone();
                        let id_for_pressed = id.clone();
                        let position = centre.position();
                        let diplomas: Vec<String> = centre.diplomas.iter().filter_map(|d| catalog().diploma(d)).map(|d| d.acronym.to_string()).collect();
                        let place = match (&centre.city, centre.city_derived) {
                            (Some(city), false) => city.clone(),
                            (Some(city), true) => format!("{city} (commune déduite de la position)"),
                            (None, _) => "Commune non précisée".into(),
                        };
                        view! {
                            <li id=format!("centre-{}", centre.id) class="centre" class:selectionne=move || selected.get().as_deref() == Some(id_for_class.as_str())>
                                <h3>{centre.name.clone()}</h3>
                                <p class="centre-type titre-picto"><Picto name=pictograms::of("centres", centre.kind.id())/>{centre.kind.label()}</p>
                                <p><strong>"Formations : "</strong>{diplomas.join(", ")}</p>
                                <p>
                                    {place}
                                    {found.km.map(|km| view! { <strong class="distance">{format!(" — à {} km", km.round() as i64)}</strong> })}
                                </p>
                                {match (&centre.address, &centre.postcode) {
                                    (Some(a), cp) => view! { <p>{format!("{a}{}", cp.as_ref().map(|c| format!(", {c}")).unwrap_or_default())}</p> }.into_any(),
                                    (None, _) => view! { <p class="note">"Adresse non connue : renseignez-vous auprès de l'établissement."</p> }.into_any(),
                                }}
                                {centre.approximate.then(|| view! { <p class="note">"Position approximative sur la carte (centre de la commune)."</p> })}
                                {centre.phone.clone().map(|p| view! { <p>"Téléphone : "<a href=format!("tel:{}", p.replace(' ', ""))>{p.clone()}</a></p> })}
                                <p class="actions">
                                    {centre.website.clone().map(|url| view! {
                                        <ExternalLink href=url>"Site de l'établissement"</ExternalLink>
                                    })}
                                    <button type="button" class="bouton bouton-secondaire"
                                        aria-pressed=move || (selected.get().as_deref() == Some(id_for_pressed.as_str())).to_string()
                                        on:click=move |_| {
                                            selected.set(Some(id.clone()));
                                            let (p, r) = (position, 25.0);
                                            view_box.set(ViewBox::fit(Bounds { min: Point { x: p.x - r, y: p.y - r }, max: Point { x: p.x + r, y: p.y + r } }));
                                        }>"Voir sur la carte"</button>
                                </p>
                                <p class="source">"Source : "{centre.source.clone()}</p>
                            </li>
                        }
                    }
                </For>
            </ol>
            <Show when=move || { more() > 0 }>
                <p>
                    <button type="button" class="bouton bouton-secondaire" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {move || format!("Afficher {} centres de plus (reste {})", PAGE.min(more()), more())}
                    </button>
                </p>
            </Show>
        </section>
    }
}
