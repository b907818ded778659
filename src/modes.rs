//! The two ways the guide is used besides a phone: borne mode (a tablet left on a forum stand)
//! and class mode (a projector driven by a teacher). Each is switched on with a URL parameter
//! (`?borne=1`, `?classe=1`; `=0` switches off) or from /organisateur, and stays on this device
//! until switched off.

use crate::data::KIOSK_IDLE_SECONDS;
use crate::device;
use guide_domain::stand::MIN_IDLE_SECONDS;
use leptos::ev;
use leptos::prelude::*;

const KIOSK_KEY: &str = "mode-borne";
const CLASS_KEY: &str = "mode-classe";
const IDLE_KEY: &str = "borne-veille";

#[derive(Clone, Copy)]
pub struct Modes {
    pub kiosk: RwSignal<bool>,
    pub class: RwSignal<bool>,
    /// Seconds without a touch before the kiosk offers a fresh start; organisers may change the
    /// default of content/site.toml on their own device.
    pub idle_seconds: RwSignal<u32>,
}

impl Modes {
    pub fn set_kiosk(&self, on: bool) {
        remember(KIOSK_KEY, on);
        self.kiosk.set(on);
    }

    pub fn set_class(&self, on: bool) {
        remember(CLASS_KEY, on);
        self.class.set(on);
    }

    pub fn set_idle_seconds(&self, seconds: u32) {
        device::save(IDLE_KEY, &seconds.to_string());
        self.idle_seconds.set(seconds);
    }
}

fn remember(key: &str, on: bool) {
    if on {
        device::save(key, "1");
    } else {
        device::forget(key);
    }
}

/// `?borne=1` / `?borne=0` in the address the app was opened with.
fn url_switch(name: &str) -> Option<bool> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    match params.get(name)?.as_str() {
        "1" | "oui" => Some(true),
        "0" | "non" => Some(false),
        _ => None,
    }
}

pub fn provide_modes() {
    let modes = Modes {
        kiosk: RwSignal::new(device::load(KIOSK_KEY).is_some()),
        class: RwSignal::new(device::load(CLASS_KEY).is_some()),
        idle_seconds: RwSignal::new(
            device::load(IDLE_KEY)
                .and_then(|s| s.parse().ok())
                .filter(|s| *s >= MIN_IDLE_SECONDS)
                .unwrap_or(KIOSK_IDLE_SECONDS),
        ),
    };
    if let Some(on) = url_switch("borne") {
        modes.set_kiosk(on);
    }
    if let Some(on) = url_switch("classe") {
        modes.set_class(on);
    }
    // The modes restyle the whole page: classes on <html>, so that CSS alone does the work.
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let classes = root.class_list();
            let _ = classes.toggle_with_force("mode-borne", modes.kiosk.get());
            let _ = classes.toggle_with_force("mode-classe", modes.class.get());
        }
    });
    // Class mode: F toggles fullscreen, Escape leaves the mode (a teacher at the keyboard).
    let keys = window_event_listener(ev::keydown, move |ev| {
        if !modes.class.get_untracked() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || typing() {
            return;
        }
        match ev.key().as_str() {
            "f" | "F" => {
                ev.prevent_default();
                toggle_fullscreen();
            }
            "Escape" if document().query_selector("dialog[open]").ok().flatten().is_none() => {
                modes.set_class(false);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    provide_context(modes);
}

/// Whether this device is a stand's kiosk, outside any reactive owner (event handlers too).
pub fn kiosk_on() -> bool {
    device::load(KIOSK_KEY).is_some()
}

pub fn use_modes() -> Modes {
    expect_context::<Modes>()
}

/// True while the visitor types in a field: their keys are letters, not shortcuts.
pub fn typing() -> bool {
    document().active_element().is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

pub fn toggle_fullscreen() {
    let document = document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}
