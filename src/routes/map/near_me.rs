//! « Près de chez moi »: a commune search (ARIA combobox) and « Me localiser », which asks the
//! browser for the position only when pressed.

use super::{MapQuery, Origin};
use crate::data::MapFiles;
use guide_domain::training::{search_communes, Commune};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

const SUGGESTIONS: usize = 8;

#[component]
pub fn NearMe(
    files: StoredValue<Arc<MapFiles>>,
    query: Memo<MapQuery>,
    set_query: StoredValue<impl Fn(MapQuery) + 'static, LocalStorage>,
    located: RwSignal<Option<Origin>>,
) -> impl IntoView {
    let (text, set_text) = signal(String::new());
    let (open, set_open) = signal(false);
    let (active, set_active) = signal(None::<usize>);
    let (message, set_message) = signal(String::new());
    let suggestions = Memo::new(move |_| {
        files.with_value(|f| {
            search_communes(&f.communes, &text.get(), SUGGESTIONS).into_iter().cloned().collect::<Vec<_>>()
        })
    });
    let choose = move |commune: Commune| {
        set_text.set(commune.label());
        set_open.set(false);
        set_active.set(None);
        located.set(None);
        set_message.set(format!("Centres classés du plus proche au plus loin de {}.", commune.label()));
        let mut next = query.get_untracked();
        next.commune = Some(commune.insee);
        set_query.with_value(|s| s(next));
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let count = suggestions.with(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if count > 0 => {
                ev.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                ev.prevent_default();
                set_open.set(true);
                set_active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" => {
                ev.prevent_default();
                let pick = active.get_untracked().or((count == 1).then_some(0));
                if let Some(c) = pick.and_then(|i| suggestions.with_untracked(|s| s.get(i).cloned())) {
                    choose(c);
                }
            }
            "Escape" => {
                set_open.set(false);
                set_active.set(None);
            }
            _ => {}
        }
    };
    let locate = move |_| {
        set_message.set("Recherche de votre position…".into());
        match request_position(move |result| match result {
            Ok((lat, lon)) => {
                let mut next = query.get_untracked();
                next.commune = None;
                set_query.with_value(|s| s(next));
                located.set(Some(Origin { lat, lon, label: "votre position".into() }));
                set_message.set("Centres classés du plus proche au plus loin de votre position.".into());
            }
            Err(why) => set_message.set(why),
        }) {
            Ok(()) => {}
            Err(why) => set_message.set(why),
        }
    };
    let status = move || {
        if open.get() && !text.get().trim().is_empty() {
            match suggestions.with(Vec::len) {
                0 => "Aucune commune trouvée dans les Hautes-Alpes et le Pas-de-Calais.".to_string(),
                1 => "1 commune proposée.".to_string(),
                n => format!("{n} communes proposées. Flèches haut et bas pour choisir."),
            }
        } else {
            message.get()
        }
    };
    view! {
        <section class="pres-de-moi" aria-labelledby="pres-de-moi-titre">
            <h2 id="pres-de-moi-titre">"Près de chez moi"</h2>
            <div class="pres-de-moi-champs">
                <div class="champ combobox">
                    <label for="commune">"Ma commune ou mon code postal"</label>
                    <input id="commune" type="text" autocomplete="off" role="combobox" aria-autocomplete="list"
                        aria-controls="communes-proposees"
                        aria-expanded=move || (open.get() && !suggestions.with(Vec::is_empty)).to_string()
                        aria-activedescendant=move || active.get().map(|i| format!("commune-{i}")).unwrap_or_default()
                        prop:value=text
                        on:input:target=move |ev| { set_text.set(ev.target().value()); set_open.set(true); set_active.set(None); }
                        on:keydown=on_keydown
                        on:blur=move |_| set_timeout(move || set_open.set(false), std::time::Duration::from_millis(200))/>
                    <ul id="communes-proposees" role="listbox" aria-label="Communes proposées" class="propositions"
                        hidden=move || !open.get() || suggestions.with(Vec::is_empty)>
                        <For each=move || suggestions.get().into_iter().enumerate() key=|(i, c)| (*i, c.insee.clone()) let:item>
                            {
                                let (i, commune) = item;
                                let label = commune.label();
                                view! {
                                    <li id=format!("commune-{i}") role="option" aria-selected=move || (active.get() == Some(i)).to_string()
                                        on:mousedown=move |ev| ev.prevent_default()
                                        on:click=move |_| choose(commune.clone())>{label}</li>
                                }
                            }
                        </For>
                    </ul>
                </div>
                <button type="button" class="bouton bouton-secondaire" on:click=locate>"Me localiser"</button>
            </div>
            <p class="message-position" role="status">{status}</p>
        </section>
    }
}

/// Reads a number at a path of properties of a plain JS object (the Geolocation API's results).
fn number(value: &JsValue, path: &[&str]) -> f64 {
    path.iter()
        .try_fold(value.clone(), |v, key| js_sys::Reflect::get(&v, &JsValue::from_str(key)).ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(f64::NAN)
}

/// Asks the browser for the position once; `done` receives (lat, lon) or a French message.
fn request_position(done: impl Fn(Result<(f64, f64), String>) + 'static) -> Result<(), String> {
    let geolocation = web_sys::window()
        .and_then(|w| w.navigator().geolocation().ok())
        .ok_or("Ce navigateur ne sait pas donner votre position : tapez votre commune.")?;
    let done = std::rc::Rc::new(done);
    let on_error = {
        let done = done.clone();
        Closure::once_into_js(move |e: JsValue| {
            done(Err(match number(&e, &["code"]) as u32 {
                1 => "Vous avez refusé la localisation : tapez plutôt votre commune ou votre code postal.".into(),
                3 => "La localisation a pris trop de temps : tapez plutôt votre commune.".into(),
                _ => "Votre position n'a pas pu être trouvée : tapez plutôt votre commune.".into(),
            }))
        })
    };
    let on_success = Closure::once_into_js(move |p: JsValue| {
        let (lat, lon) = (number(&p, &["coords", "latitude"]), number(&p, &["coords", "longitude"]));
        done(if lat.is_finite() && lon.is_finite() {
            Ok((lat, lon))
        } else {
            Err("Votre position n'a pas pu être lue : tapez plutôt votre commune.".into())
        })
    });
    geolocation
        .get_current_position_with_error_callback(on_success.unchecked_ref(), Some(on_error.unchecked_ref()))
        .map_err(|_| "La localisation n'est pas disponible : tapez votre commune.".to_string())
}
