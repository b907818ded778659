//! Pictograms from content/pictos/ (see content/pictos.toml): decoration beside a text that says
//! the same thing, so hidden from screen readers, and drawn in `currentColor` so they follow class
//! mode, forced colours and print. Their shapes are symbols of one sprite file, cached for good:
//! the root attributes here are inherited by the symbol the `<use>` draws.

use crate::data::{PICTOS, PICTO_SPRITE, VOCAB_PICTOS};
use leptos::prelude::*;

/// The pictogram named `name`, or nothing if the content has none by that name.
#[component]
pub fn Picto(name: &'static str) -> impl IntoView {
    PICTOS.iter().find(|p| p.name == name).map(|p| {
        view! {
            <svg class="picto" viewBox=p.view_box fill=p.fill stroke=p.stroke stroke-width=p.stroke_width
                aria-hidden="true" focusable="false">
                <use href=format!("{PICTO_SPRITE}#{}", p.name)></use>
            </svg>
        }
    })
}

/// The pictogram content/pictos.toml gives to `value` of `vocabulary` (« secteurs », « publics »,
/// « lieux », « reponses », « accueil »).
pub fn of(vocabulary: &str, value: &str) -> &'static str {
    VOCAB_PICTOS.iter().find(|(v, id, _)| *v == vocabulary && *id == value).map_or("", |(_, _, name)| name)
}
