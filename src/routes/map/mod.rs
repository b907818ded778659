//! `/carte`: where to train. Centres of the territories and nursing and social-work schools of the
//! whole country, on an SVG map drawn from bundled outlines (no tile server), with the same
//! results as a list. Filters live in the URL; the visitor's position never does, except a chosen
//! commune.

mod near_me;
mod results;
mod svg_map;

use crate::components::links::LoadFailed;
use crate::components::pictograms::{self, Picto};
use crate::data::{catalog, map_files, MapFiles};
use crate::href;
use crate::territory::use_territory;
use guide_domain::geo::{self, Bounds, Point};
use guide_domain::training::{self, CentreFilter, Results};
use guide_domain::vocab::CentreKind;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::sync::Arc;

/// Where distances are measured from.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub lat: f64,
    pub lon: f64,
    /// « Gap (05000) » or « votre position ».
    pub label: String,
}

/// The visible part of the map, in projected kilometres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl ViewBox {
    /// Frames the bounds with a margin, never closer than 30 km across.
    pub fn fit(bounds: Bounds) -> ViewBox {
        let w = (bounds.max.x - bounds.min.x).max(30.0) * 1.2;
        let h = (bounds.max.y - bounds.min.y).max(30.0) * 1.2;
        let cx = (bounds.min.x + bounds.max.x) / 2.0;
        let cy = (bounds.min.y + bounds.max.y) / 2.0;
        ViewBox { x: cx - w / 2.0, y: cy - h / 2.0, w, h }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the point `at` where it is.
    pub fn zoom(self, factor: f64, at: Point) -> ViewBox {
        let w = (self.w / factor).clamp(8.0, 1600.0);
        let h = self.h * w / self.w;
        ViewBox { x: at.x - (at.x - self.x) * w / self.w, y: at.y - (at.y - self.y) * h / self.h, w, h }
    }

    pub fn center(self) -> Point {
        Point { x: self.x + self.w / 2.0, y: self.y + self.h / 2.0 }
    }

    pub fn pan(self, dx: f64, dy: f64) -> ViewBox {
        ViewBox { x: self.x + dx, y: self.y + dy, ..self }
    }
}

/// The URL's filters, as given.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapQuery {
    pub profile: Option<String>,
    pub diploma: Option<String>,
    pub kind: Option<String>,
    /// None: the deployment's territory; "france": everywhere.
    pub departement: Option<String>,
    pub commune: Option<String>,
}

impl MapQuery {
    pub fn url(&self) -> String {
        let pairs: Vec<String> = [
            ("metier", &self.profile),
            ("diplome", &self.diploma),
            ("type", &self.kind),
            ("dep", &self.departement),
            ("commune", &self.commune),
        ]
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{k}={}", String::from(js_sys::encode_uri_component(v)))))
        .collect();
        if pairs.is_empty() {
            "/carte".into()
        } else {
            format!("/carte?{}", pairs.join("&"))
        }
    }
}

pub const ALL_FRANCE: &str = "france";
const NEAREST: usize = 20;

#[component]
pub fn MapPage() -> impl IntoView {
    let files = LocalResource::new(map_files);
    view! {
        <Title text="Se former près de chez moi"/>
        <h1 tabindex="-1">"Se former près de chez moi"</h1>
        <p>"Les écoles et centres de formation que nous connaissons, sur la carte et dans la liste. Choisissez un métier, puis votre commune."</p>
        <Suspense fallback=|| view! { <p class="chargement" role="status">"Chargement de la carte…"</p> }>
            <ErrorBoundary fallback=move |errors| view! { <LoadFailed errors retry=move || files.refetch()/> }>
                {move || Suspend::new(async move { files.await.map(|files| view! { <MapBody files/> }) })}
            </ErrorBoundary>
        </Suspense>
    }
}

#[component]
fn MapBody(files: Arc<MapFiles>) -> impl IntoView {
    let territory = use_territory();
    crate::mark("carte:donnees-pretes");
    let files = StoredValue::new(files);
    let query_map = use_query_map();
    let query = Memo::new(move |_| {
        let q = query_map.read();
        MapQuery {
            profile: q.get("metier"),
            diploma: q.get("diplome"),
            kind: q.get("type"),
            departement: q.get("dep"),
            commune: q.get("commune"),
        }
    });
    let navigate = use_navigate();
    let set_query = StoredValue::new_local(move |next: MapQuery| {
        navigate(&next.url(), NavigateOptions { replace: true, scroll: false, ..Default::default() });
    });
    let located = RwSignal::new(None::<Origin>);
    let origin = Memo::new(move |_| {
        located.get().or_else(|| {
            let insee = query.get().commune?;
            files.with_value(|f| {
                f.communes.iter().find(|c| c.insee == insee).map(|c| Origin {
                    lat: c.lat,
                    lon: c.lon,
                    label: c.label(),
                })
            })
        })
    });
    let filter = Memo::new(move |_| {
        let q = query.get();
        let diplomas = match (&q.profile, &q.diploma) {
            (Some(slug), _) => catalog().profile(slug).map(|p| p.diplomas.iter().map(|d| d.to_string()).collect()),
            (None, Some(d)) => Some(vec![d.clone()]),
            _ => None,
        };
        let departement = match (origin.get(), q.departement.as_deref()) {
            (Some(_), _) | (None, Some(ALL_FRANCE)) => None,
            (None, Some(code)) => Some(code.to_string()),
            (None, None) => Some(territory.get().code.to_string()),
        };
        CentreFilter { diplomas, kind: q.kind.as_deref().and_then(CentreKind::from_id), departement }
    });
    let results = Memo::new(move |_| {
        let filter = filter.get();
        let from = origin.get().map(|o| (o.lat, o.lon));
        files.with_value(|f| {
            let mut r: Results = training::find(&f.centres, &filter, from, 10);
            if from.is_some() {
                r.found.truncate(NEAREST);
            }
            r
        })
    });
    let selected = RwSignal::new(None::<String>);

    // Frame what the list shows: the found centres and the starting point, else the département.
    let view_box = RwSignal::new(ViewBox { x: -500.0, y: -450.0, w: 1000.0, h: 1000.0 });
    Effect::new(move |_| {
        let r = results.get();
        let origin = origin.get();
        let dep = filter.with(|f| f.departement.clone());
        let bounds = files.with_value(|f| {
            let mut points: Vec<Point> = r.found.iter().take(8).map(|x| f.centres[x.index].position()).collect();
            points.extend(origin.as_ref().map(|o| geo::project(o.lon, o.lat)));
            if points.is_empty() || (origin.is_none() && r.found.len() > 8) {
                let areas = f.areas.iter().filter(|a| dep.as_ref().is_none_or(|d| &a.code == d));
                return Bounds::of(areas.flat_map(|a| [a.bounds.min, a.bounds.max]));
            }
            Bounds::of(points)
        });
        if let Some(bounds) = bounds {
            view_box.set(ViewBox::fit(bounds));
        }
    });

    let profile_title = move || query.get().profile.and_then(|slug| catalog().profile(&slug)).map(|p| p.title());
    // The page is drawn in three tasks, each short enough to keep a slow phone responsive where
    // one long task would block it: the filters, then the map, then the list.
    let step = RwSignal::new(0u8);
    Effect::new(move |_| {
        if step.get() < 2 {
            set_timeout(move || step.update(|s| *s += 1), std::time::Duration::ZERO);
        }
    });
    view! {
        <Filters files query set_query default_departement=territory.get().code/>
        <near_me::NearMe files query set_query located/>
        {move || profile_title().map(|t| view! { <p class="filtre-actif">"Formations qui mènent au métier : "<strong>{t}</strong></p> })}
        <div class="carte-et-liste">
            <Show when=move || { step.get() >= 1 }><svg_map::SvgMap files results selected view_box origin/></Show>
            <Show when=move || { step.get() >= 2 }><results::ResultList files results selected view_box origin filter/></Show>
        </div>
        <Show when=move || { step.get() >= 1 }><KindLegend files results/></Show>
        <p><a href=href("/metiers")>"Voir les fiches métiers"</a></p>
        // Shown with the map only: while it loads, nothing below « Chargement » moves.
        <p class="attribution">
            "Sources : « MESR – Parcoursup 2025 » (Licence Ouverte / Etalab 2.0) ; « Onisep, Idéo-actions de formation initiale » (ODbL) ; "
            "pages des instituts citées pour chaque centre ; « IGN – Admin Express 2018 » et « INSEE, La Poste, DGCL — découpage administratif 2026 » (Licence Ouverte). "
            "Une adresse absente n'est pas connue : vérifiez auprès de l'établissement."
        </p>
    }
}

/// The kinds of centre the list shows, each with the pictogram its cards carry.
#[component]
fn KindLegend(files: StoredValue<Arc<MapFiles>>, results: Memo<Results>) -> impl IntoView {
    let kinds = move || {
        let mut kinds: Vec<CentreKind> =
            results.with(|r| files.with_value(|f| r.found.iter().map(|x| f.centres[x.index].kind).collect()));
        kinds.sort();
        kinds.dedup();
        kinds
    };
    view! {
        <section class="legende" aria-labelledby="legende-titre" hidden=move || kinds().is_empty()>
            <h2 id="legende-titre" class="legende-titre">"Types de centres"</h2>
            <ul class="liste-pictos">
                {move || kinds().into_iter().map(|k| view! {
                    <li><Picto name=pictograms::of("centres", k.id())/>{k.label()}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// A list that follows the address (back, forward, a link with ?metier=…) through one effect that
/// sets its value: with a reactive `selected` on each of the 166 options, drawing the map took
/// longer, and every filter change reran them all.
fn follows(
    query: Memo<MapQuery>,
    value: impl Fn(&MapQuery) -> Option<String> + 'static,
) -> NodeRef<leptos::html::Select> {
    let list = NodeRef::<leptos::html::Select>::new();
    Effect::new(move |_| {
        let value = query.with(&value).unwrap_or_default();
        if let Some(list) = list.get() {
            list.set_value(&value);
        }
    });
    list
}

#[component]
fn Filters(
    files: StoredValue<Arc<MapFiles>>,
    query: Memo<MapQuery>,
    set_query: StoredValue<impl Fn(MapQuery) + 'static, LocalStorage>,
    default_departement: &'static str,
) -> impl IntoView {
    let kinds: Vec<CentreKind> = CentreKind::ALL
        .iter()
        .copied()
        .filter(|k| files.with_value(|f| f.centres.iter().any(|c| c.kind == *k)))
        .collect();
    let mut diplomas: Vec<&'static str> = catalog()
        .diplomas
        .iter()
        .map(|d| d.id)
        .filter(|id| files.with_value(|f| f.centres.iter().any(|c| c.diplomas.iter().any(|d| d == id))))
        .collect();
    diplomas.sort_by_key(|id| catalog().diploma(id).map(|d| d.acronym).unwrap_or_default());
    let mut areas: Vec<(String, String)> =
        files.with_value(|f| f.areas.iter().map(|a| (a.code.clone(), a.name.clone())).collect());
    areas.sort();
    let update = move |edit: &dyn Fn(&mut MapQuery)| {
        let mut next = query.get_untracked();
        edit(&mut next);
        set_query.with_value(|s| s(next));
    };
    let value = |v: String| (!v.is_empty()).then_some(v);
    let profile = follows(query, |q| q.profile.clone());
    let diploma = follows(query, |q| q.diploma.clone());
    let kind = follows(query, |q| q.kind.clone());
    // The territory's own département is the list's empty value.
    let departement = follows(query, move |q| q.departement.clone().filter(|d| d != default_departement));
    view! {
        <form class="filtres" on:submit=|ev| ev.prevent_default()>
            <div class="champ">
                <label for="carte-metier">"Métier"</label>
                <select id="carte-metier" node_ref=profile on:change:target=move |ev| { let v = value(ev.target().value()); update(&|q| { q.profile = v.clone(); q.diploma = None; }) }>
                    <option value="">"Tous les métiers"</option>
                    {catalog().profiles.iter().map(|p| view! {
                        <option value=p.slug>{p.title()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ">
                <label for="carte-diplome">"Diplôme"</label>
                <select id="carte-diplome" node_ref=diploma on:change:target=move |ev| { let v = value(ev.target().value()); update(&|q| { q.diploma = v.clone(); q.profile = None; }) }>
                    <option value="">"Tous les diplômes"</option>
                    {diplomas.into_iter().filter_map(|id| catalog().diploma(id)).map(|d| view! {
                        <option value=d.id>{format!("{} — {}", d.acronym, d.name)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ">
                <label for="carte-type">"Type d'établissement"</label>
                <select id="carte-type" node_ref=kind on:change:target=move |ev| { let v = value(ev.target().value()); update(&|q| q.kind = v.clone()) }>
                    <option value="">"Tous les types"</option>
                    {kinds.into_iter().map(|k| view! {
                        <option value=k.id()>{k.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="champ">
                <label for="carte-dep">"Département"</label>
                <select id="carte-dep" node_ref=departement on:change:target=move |ev| { let v = value(ev.target().value()); update(&|q| { q.departement = v.clone(); q.commune = None; }) }>
                    {areas.into_iter().map(|(code, name)| view! {
                        <option value=if code == default_departement { String::new() } else { code.clone() }>{format!("{code} — {name}")}</option>
                    }).collect_view()}
                    <option value=ALL_FRANCE>"Toute la France"</option>
                </select>
            </div>
        </form>
    }
}
