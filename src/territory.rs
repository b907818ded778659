//! The territory shown to the visitor: the deployment's default (content/site.toml) until the
//! visitor picks another, which is then remembered on this device.

use crate::data::{DEFAULT_TERRITORY, TERRITORIES};
use crate::device;
use guide_domain::territory::{days_from_civil, Territory};
use leptos::prelude::*;

const STORAGE_KEY: &str = "territoire";

fn find(id: &str) -> Option<&'static Territory> {
    TERRITORIES.iter().find(|t| t.id == id)
}

#[derive(Clone, Copy)]
pub struct CurrentTerritory(RwSignal<&'static Territory>);

impl CurrentTerritory {
    pub fn get(&self) -> &'static Territory {
        self.0.get()
    }

    pub fn choose(&self, id: &str) {
        if let Some(t) = find(id) {
            device::save(STORAGE_KEY, t.id);
            self.0.set(t);
        }
    }
}

pub fn provide_territory() {
    let saved = device::load(STORAGE_KEY).and_then(|id| find(&id));
    // build.rs guarantees the default exists.
    let initial = saved.or_else(|| find(DEFAULT_TERRITORY)).unwrap_or(&TERRITORIES[0]);
    provide_context(CurrentTerritory(RwSignal::new(initial)));
}

pub fn use_territory() -> CurrentTerritory {
    expect_context::<CurrentTerritory>()
}

/// Today in the visitor's calendar, as days since 1970-01-01.
pub fn today() -> i64 {
    let now = js_sys::Date::new_0();
    days_from_civil(now.get_full_year().into(), now.get_month() + 1, now.get_date())
}

/// Now in UTC as iCalendar wants it: `YYYYMMDDTHHMMSSZ`.
pub fn now_utc_ics() -> String {
    let iso = String::from(js_sys::Date::new_0().to_iso_string());
    iso.chars().filter(|c| c.is_ascii_digit() || *c == 'T').take(15).collect::<String>() + "Z"
}

/// The territory switch, on the home page and the agenda.
#[component]
pub fn TerritoryChoice() -> impl IntoView {
    let current = use_territory();
    view! {
        <div class="champ choix-territoire">
            <label for="territoire">"Mon département"</label>
            <select id="territoire" on:change:target=move |ev| current.choose(&ev.target().value())>
                {TERRITORIES.iter().map(|t| view! {
                    <option value=t.id selected=move || current.get().id == t.id>{format!("{} — {}", t.code, t.name)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
