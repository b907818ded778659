//! Borne mode on a forum stand: a bar with « Recommencer » and « Plein écran », the « Tu es
//! toujours là ? » notice after the idle time, and links to other sites turned into QR codes (the
//! tablet must stay on the guide; the visitor takes the link away on their phone).

use crate::data::KIOSK_COUNTDOWN_SECONDS;
use crate::modes::{toggle_fullscreen, use_modes};
use crate::routes::not_found::ReloadButton;
use crate::routes::{class_quiz, myths, quiz};
use guide_domain::quiz::share::qr_svg;
use guide_domain::stand::{idle_phase, IdlePhase};
use leptos::ev;
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

#[component]
pub fn KioskLayer() -> impl IntoView {
    let modes = use_modes();
    move || {
        modes.kiosk.get().then(|| {
            Suspend::new(async { kiosk_tools().await.unwrap_or_else(|_| view! { <KioskUnavailable/> }.into_any()) })
        })
    }
}

/// Without its module (offline on a device that was never prepared, or a version published since),
/// a stand must not look ready: there would be no « Recommencer » and no reset between visitors.
#[component]
fn KioskUnavailable() -> impl IntoView {
    view! {
        <div class="barre-borne" role="alert">
            <p>"Mode borne incomplet : « Recommencer » et la remise à zéro entre deux visiteurs n'ont pas pu se charger. "
                "Reconnectez l'appareil et rechargez la page, puis préparez-le sur la page organisateur."</p>
            <ReloadButton/>
        </div>
    }
}

/// Only stands use the kiosk tools (and their QR code generator): their code is a module of its own,
/// fetched when the mode is on.
#[wasm_split(borne, wasm_split_path = ::leptos::wasm_split, fallible)]
fn kiosk_tools() -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <KioskBar/><IdleWatch/><OutboundQr/> }.into_any())
}

/// Forgets the visitor: their quiz answers (the individual and the class quiz), their « Vrai ou
/// faux ? » round, and whatever the
/// page's address held (filters, search), by going back home.
fn use_fresh_start() -> impl Fn() + Clone + 'static {
    let navigate = use_navigate();
    move || {
        navigate("/", NavigateOptions { replace: true, ..Default::default() });
        quiz::Progress::forget();
        class_quiz::forget();
        myths::forget();
        window().scroll_to_with_x_and_y(0.0, 0.0);
    }
}

#[component]
fn KioskBar() -> impl IntoView {
    let fresh_start = use_fresh_start();
    view! {
        <div class="barre-borne">
            <button type="button" class="bouton" on:click=move |_| fresh_start()>"Recommencer"</button>
            <button type="button" class="bouton bouton-secondaire" on:click=|_| toggle_fullscreen()>"Plein écran"</button>
        </div>
    }
}

fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

#[component]
fn IdleWatch() -> impl IntoView {
    let modes = use_modes();
    let fresh_start = use_fresh_start();
    let last_touch = StoredValue::new(now_ms());
    let phase = RwSignal::new(IdlePhase::Active);
    let dialog = NodeRef::<Dialog>::new();

    // Every touch lands here: only a visible change (leaving the notice) wakes the view.
    let still_here = move || {
        last_touch.set_value(now_ms());
        if phase.get_untracked() != IdlePhase::Active {
            phase.set(IdlePhase::Active);
        }
    };
    let listeners = ["pointerdown", "keydown", "wheel", "touchstart"]
        .map(|event| window_event_listener_untyped(event, move |_| still_here()));
    let tick = set_interval_with_handle(
        move || {
            let idle = now_ms().saturating_sub(last_touch.get_value());
            match idle_phase(idle, modes.idle_seconds.get_untracked(), KIOSK_COUNTDOWN_SECONDS) {
                IdlePhase::Reset => {
                    fresh_start();
                    still_here();
                }
                now => {
                    if now != phase.get_untracked() {
                        phase.set(now);
                    }
                }
            }
        },
        std::time::Duration::from_millis(500),
    )
    .ok();
    on_cleanup(move || {
        listeners.into_iter().for_each(|l| l.remove());
        if let Some(tick) = tick {
            tick.clear();
        }
    });
    Effect::new(move |_| {
        let Some(dialog) = dialog.get() else { return };
        let warning = matches!(phase.get(), IdlePhase::Warning { .. });
        if warning && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !warning && dialog.open() {
            dialog.close();
        }
    });
    let seconds_left = move || match phase.get() {
        IdlePhase::Warning { seconds_left } => seconds_left,
        _ => KIOSK_COUNTDOWN_SECONDS,
    };
    view! {
        <dialog node_ref=dialog class="dialogue dialogue-veille" aria-labelledby="veille-titre" on:cancel=move |ev: web_sys::Event| {
            ev.prevent_default();
            still_here();
        }>
            <h2 id="veille-titre">"Tu es toujours là ?"</h2>
            <p>"Sans réponse, le guide revient à l'accueil et efface tes réponses pour la personne suivante."</p>
            <p class="compte-a-rebours" aria-hidden="true">{seconds_left}</p>
            <p class="visually-hidden">{move || format!("Retour à l'accueil dans {} secondes.", seconds_left())}</p>
            <button type="button" class="bouton" on:click=move |_| still_here()>"Je suis là, continuer"</button>
        </dialog>
    }
}

/// The address a click would leave the guide for: another site, an e-mail or a phone number.
fn outbound_target(ev: &web_sys::MouseEvent) -> Option<String> {
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    let href = link.href();
    let leaves = match link.protocol().as_str() {
        "http:" | "https:" => link.origin() != window().location().origin().ok()?,
        "mailto:" | "tel:" => true,
        _ => false,
    };
    leaves.then_some(href)
}

#[component]
fn OutboundQr() -> impl IntoView {
    let (shown, set_shown) = signal(None::<String>);
    let dialog = NodeRef::<Dialog>::new();
    let clicks = window_event_listener(ev::click, move |ev| {
        if let Some(url) = outbound_target(&ev) {
            ev.prevent_default();
            set_shown.set(Some(url));
        }
    });
    on_cleanup(move || clicks.remove());
    Effect::new(move |_| {
        if let (Some(dialog), Some(_)) = (dialog.get(), shown.get()) {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    });
    let close = move || {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let shown_text =
        move || shown.get().map(|url| url.trim_start_matches("mailto:").trim_start_matches("tel:").to_string());
    view! {
        <dialog node_ref=dialog class="dialogue dialogue-qr" aria-labelledby="qr-titre" on:close=move |_| set_shown.set(None)>
            <h2 id="qr-titre">"Ce lien mène hors du guide"</h2>
            <p>"Scanne ce code avec ton téléphone pour l'ouvrir chez toi :"</p>
            <div class="qr" role="img" aria-label="Code QR du lien" inner_html=move || shown.get().and_then(|url| qr_svg(&url)).unwrap_or_default()></div>
            <p class="lien-partage">{shown_text}</p>
            <button type="button" class="bouton" on:click=move |_| close()>"Fermer"</button>
        </dialog>
    }
}
