//! The map itself: département outlines drawn from bundled data, centres as keyboard-operable
//! markers grouped when they overlap, zoom and pan by buttons, keyboard, wheel, drag and pinch.

use super::{Origin, ViewBox};
use crate::data::MapFiles;
use guide_domain::geo::{self, Bounds, Point};
use guide_domain::training::Results;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// On-screen size of a marker, as a share of the visible width.
const MARKER: f64 = 1.0 / 90.0;
/// Markers closer than this share of the visible width are grouped.
const GROUPING: f64 = 1.0 / 28.0;

#[derive(Clone, PartialEq)]
struct Marker {
    at: Point,
    /// Indices into the centres.
    members: Vec<usize>,
    label: String,
}

/// Converts a pointer position to map coordinates, as `preserveAspectRatio="xMidYMid meet"` lays out.
fn to_map(svg: &web_sys::Element, view: ViewBox, client_x: f64, client_y: f64) -> Point {
    let rect = svg.get_bounding_client_rect();
    let scale = (view.w / rect.width()).max(view.h / rect.height());
    let offset_x = (rect.width() - view.w / scale) / 2.0;
    let offset_y = (rect.height() - view.h / scale) / 2.0;
    Point {
        x: view.x + (client_x - rect.left() - offset_x) * scale,
        y: view.y + (client_y - rect.top() - offset_y) * scale,
    }
}

fn map_units_per_pixel(svg: &web_sys::Element, view: ViewBox) -> f64 {
    let rect = svg.get_bounding_client_rect();
    (view.w / rect.width().max(1.0)).max(view.h / rect.height().max(1.0))
}

#[component]
pub fn SvgMap(
    files: StoredValue<Arc<MapFiles>>,
    results: Memo<Results>,
    selected: RwSignal<Option<String>>,
    view_box: RwSignal<ViewBox>,
    origin: Memo<Option<Origin>>,
) -> impl IntoView {
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    let markers = Memo::new(move |_| {
        let view = view_box.get();
        let r = results.get();
        files.with_value(|f| {
            let indices: Vec<usize> = r.found.iter().map(|x| x.index).collect();
            let points: Vec<Point> = indices.iter().map(|&i| f.centres[i].position()).collect();
            geo::group(&points, view.w * GROUPING)
                .into_iter()
                .map(|members| {
                    let members: Vec<usize> = members.into_iter().map(|m| indices[m]).collect();
                    let first = &f.centres[members[0]];
                    let n = members.len() as f64;
                    let at = members
                        .iter()
                        .map(|&i| f.centres[i].position())
                        .fold(Point { x: 0.0, y: 0.0 }, |a, p| Point { x: a.x + p.x / n, y: a.y + p.y / n });
                    let town = first.city.clone().unwrap_or_else(|| format!("département {}", first.departement));
                    let label = if members.len() == 1 {
                        format!("{}, {town}", first.name)
                    } else {
                        format!("{} centres autour de {town} : zoomer pour les séparer", members.len())
                    };
                    Marker { at, members, label }
                })
                .collect::<Vec<_>>()
        })
    });
    let activate = move |marker: &Marker| {
        if marker.members.len() == 1 {
            let id = files.with_value(|f| f.centres[marker.members[0]].id.clone());
            selected.set(Some(id.clone()));
            if let Some(card) = document().get_element_by_id(&format!("centre-{id}")) {
                card.scroll_into_view_with_bool(false);
            }
        } else {
            let bounds = files.with_value(|f| Bounds::of(marker.members.iter().map(|&i| f.centres[i].position())));
            if let Some(b) = bounds {
                view_box.set(ViewBox::fit(b));
            }
        }
    };

    // Pointers currently down, for drag (one) and pinch (two).
    let pointers = StoredValue::new(BTreeMap::<i32, (f64, f64)>::new());
    let on_pointer_down = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            p.insert(ev.pointer_id(), (ev.client_x() as f64, ev.client_y() as f64));
        });
    };
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let Some(svg) = svg_ref.get() else { return };
        let id = ev.pointer_id();
        let now = (ev.client_x() as f64, ev.client_y() as f64);
        let Some(before) = pointers.with_value(|p| p.get(&id).copied()) else { return };
        let others: Vec<(f64, f64)> =
            pointers.with_value(|p| p.iter().filter(|(k, _)| **k != id).map(|(_, v)| *v).collect());
        let view = view_box.get_untracked();
        let svg: &web_sys::Element = svg.as_ref();
        if let [other] = others.as_slice() {
            let gap = |a: (f64, f64)| (a.0 - other.0).hypot(a.1 - other.1).max(1.0);
            let mid = to_map(svg, view, (now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0);
            view_box.set(view.zoom(gap(now) / gap(before), mid));
        } else if others.is_empty() && ev.buttons() != 0 {
            let upp = map_units_per_pixel(svg, view);
            view_box.set(view.pan(-(now.0 - before.0) * upp, -(now.1 - before.1) * upp));
        }
        pointers.update_value(|p| {
            p.insert(id, now);
        });
    };
    let on_pointer_up = move |ev: web_sys::PointerEvent| {
        pointers.update_value(|p| {
            p.remove(&ev.pointer_id());
        });
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let Some(svg) = svg_ref.get() else { return };
        ev.prevent_default();
        let view = view_box.get_untracked();
        let at = to_map(svg.as_ref(), view, ev.client_x() as f64, ev.client_y() as f64);
        view_box.set(view.zoom(if ev.delta_y() < 0.0 { 1.25 } else { 0.8 }, at));
    };
    let zoom = move |factor: f64| view_box.update(|v| *v = v.zoom(factor, v.center()));
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        // Only when the map itself has focus: on a marker, Enter and Space activate it.
        let on_map = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|t| t.class_list().contains("carte-svg"));
        let v = view_box.get_untracked();
        let step = 0.15;
        let next = match ev.key().as_str() {
            "ArrowLeft" if on_map => v.pan(-v.w * step, 0.0),
            "ArrowRight" if on_map => v.pan(v.w * step, 0.0),
            "ArrowUp" if on_map => v.pan(0.0, -v.h * step),
            "ArrowDown" if on_map => v.pan(0.0, v.h * step),
            "+" | "=" => v.zoom(1.5, v.center()),
            "-" | "_" => v.zoom(1.0 / 1.5, v.center()),
            _ => return,
        };
        ev.prevent_default();
        view_box.set(next);
    };
    let france = move |_| {
        if let Some(b) = files.with_value(|f| Bounds::of(f.areas.iter().flat_map(|a| [a.bounds.min, a.bounds.max]))) {
            view_box.set(ViewBox::fit(b));
        }
    };
    let outline = files.with_value(|f| f.outline.clone());
    // Runs once the map is in the document: the benchmark measures from « carte:donnees-pretes ».
    Effect::new(move |_| crate::mark("carte:dessinee"));
    view! {
        <div class="carte">
            <div class="carte-controles" role="group" aria-label="Zoom de la carte">
                <button type="button" class="bouton-carte" aria-label="Zoomer" on:click=move |_| zoom(1.5)>"+"</button>
                <button type="button" class="bouton-carte" aria-label="Dézoomer" on:click=move |_| zoom(1.0 / 1.5)>"−"</button>
                <button type="button" class="bouton bouton-secondaire" on:click=france>"Voir toute la France"</button>
            </div>
            <svg node_ref=svg_ref class="carte-svg" tabindex="0" role="group"
                aria-label="Carte des centres de formation. Flèches pour se déplacer, + et − pour zoomer, Tab pour passer d'un centre à l'autre."
                xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet"
                viewBox=move || { let v = view_box.get(); format!("{:.2} {:.2} {:.2} {:.2}", v.x, v.y, v.w, v.h) }
                on:pointerdown=on_pointer_down on:pointermove=on_pointer_move on:pointerup=on_pointer_up
                on:pointercancel=on_pointer_up on:pointerleave=on_pointer_up on:wheel=on_wheel on:keydown=on_keydown>
                <g class="fond" aria-hidden="true" inner_html=outline></g>
                {move || origin.get().map(|o| {
                    let p = geo::project(o.lon, o.lat);
                    let s = view_box.get().w * MARKER * 1.2;
                    view! {
                        <rect class="depart" x=p.x - s y=p.y - s width=s * 2.0 height=s * 2.0 transform=format!("rotate(45 {} {})", p.x, p.y)
                            role="img" aria-label=format!("Point de départ : {}", o.label)></rect>
                    }
                })}
                <For each=move || markers.get() key=|m| (m.members.clone(), m.at.x.to_bits(), m.at.y.to_bits()) let:marker>
                    {
                        let single = marker.members.len() == 1;
                        let id = files.with_value(|f| f.centres[marker.members[0]].id.clone());
                        let count = marker.members.len();
                        let m = marker.clone();
                        let m2 = marker.clone();
                        view! {
                            <g class="marqueur" class:groupe=!single role="button" tabindex="0" aria-label=marker.label.clone()
                                aria-pressed=move || (single && selected.get().as_deref() == Some(id.as_str())).to_string()
                                on:click=move |_| activate(&m)
                                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Enter" || ev.key() == " " { ev.prevent_default(); activate(&m2) }>
                                <circle cx=marker.at.x cy=marker.at.y r=move || view_box.get().w * MARKER * if single { 1.0 } else { 1.6 }></circle>
                                {(!single).then(|| view! {
                                    <text x=marker.at.x y=marker.at.y dy="0.35em" text-anchor="middle" font-size=move || view_box.get().w * MARKER * 1.5>{count}</text>
                                })}
                            </g>
                        }
                    }
                </For>
            </svg>
        </div>
    }
}
