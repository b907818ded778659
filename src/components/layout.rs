//! What every page shares: header with navigation, footer, and what happens on a route change.

use crate::data::SITE_NAME;
use crate::href;
use crate::modes::use_modes;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// The router would treat `#contenu` as a navigation: move focus to the main content ourselves.
#[component]
pub fn SkipLink() -> impl IntoView {
    let skip = |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("contenu") {
            main.scroll_into_view();
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    view! { <a class="lien-evitement" href="#contenu" on:click=skip>"Aller au contenu"</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="entete">
            <div class="entete-interieur">
                <A href=href("/") attr:class="nom-du-site">{SITE_NAME}</A>
                <nav aria-label="Navigation principale">
                    <ul class="navigation">
                        <li><A href=href("/metiers")>"Les métiers"</A></li>
                        <li><A href=href("/quiz")>"Le quiz"</A></li>
                        <li><A href=href("/vrai-ou-faux")>"Vrai ou faux ?"</A></li>
                        <li><A href=href("/carte")>"Se former près de chez moi"</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="pied">
            <div class="pied-interieur">
                <p>
                    <A href=href("/a-propos")>"À propos et sources"</A>
                </p>
                <ClassModeSwitch/>
                <p class="pied-note">"Aucun suivi, aucun cookie : vos réponses restent sur cet appareil."</p>
            </div>
        </footer>
    }
}

/// For teachers at a projector: big type, strong contrast, keyboard-driven (see `modes`).
#[component]
fn ClassModeSwitch() -> impl IntoView {
    let modes = use_modes();
    view! {
        <button type="button" class="bouton bouton-secondaire bouton-classe" aria-pressed=move || modes.class.get().to_string()
            on:click=move |_| modes.set_class(!modes.class.get_untracked())>
            "Mode classe"
        </button>
    }
}

fn main_heading() -> Option<web_sys::HtmlElement> {
    document().query_selector("main h1").ok().flatten().and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Waits for the new page (and its <Title>) to be in the document, on a slow device or connection too
/// (its code may still be on its way: the router says so with `routing`): checks every 50 ms, three
/// seconds at most, then focuses its heading and announces its title.
fn focus_new_page(set_message: WriteSignal<String>, routing: ReadSignal<bool>, tries: u32) {
    set_timeout(
        move || {
            let document = document();
            match main_heading().filter(|_| tries == 0 || !routing.get_untracked()) {
                Some(heading) => {
                    let _ = heading.focus();
                    set_message.set(document.title());
                    // If that heading belonged to the page being replaced, focus fell back to the
                    // body when it left: give it to the new heading.
                    set_timeout(
                        move || {
                            let document = self::document();
                            if document.active_element().is_none_or(|a| Some(a) == document.body().map(Into::into)) {
                                if let Some(h) = main_heading() {
                                    let _ = h.focus();
                                }
                                set_message.set(document.title());
                            }
                        },
                        std::time::Duration::from_millis(300),
                    );
                }
                None if tries > 0 => focus_new_page(set_message, routing, tries - 1),
                None => set_message.set(document.title()),
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// Leptos swaps the page without a browser navigation, so screen readers and keyboard users
/// would not know the page changed: after each route change, move focus to the new page's
/// heading and announce its title in a polite live region. The first load keeps the browser's
/// own focus so the skip link stays first.
#[component]
pub fn RouteChangeAnnouncer(routing: ReadSignal<bool>) -> impl IntoView {
    let location = use_location();
    let (message, set_message) = signal(String::new());
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        location.pathname.get();
        if first.get_value() {
            first.set_value(false);
            return;
        }
        focus_new_page(set_message, routing, 60);
    });
    view! { <p class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</p> }
}
