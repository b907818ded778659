//! The web app: routes and components that render the domain (`guide_domain`). The catalogue is
//! compiled in by build.rs; profile bodies are fetched when a profile opens.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::Router;
use wasm_bindgen::JsCast;

mod components;
mod data;
mod device;
mod modes;
mod routes;
mod stats;
mod territory;

use components::kiosk::KioskLayer;
use components::layout::{Footer, Header, RouteChangeAnnouncer, SkipLink};

/// Replaces the static page (the bare shell, or a page prerendered by scripts/prerender.mjs) with
/// the app. Fragments the prerendered page already shows are kept, so the app shows them at once
/// instead of fetching them again behind « Chargement… ».
pub fn mount() {
    wasm_bindgen_futures::spawn_local(async {
        routes::preload(&app_path()).await;
        replace_static_page();
    });
}

fn replace_static_page() {
    let document = document();
    let Some(root) = document.get_element_by_id("app") else { return };
    data::keep_prerendered(&root);
    root.set_inner_html("");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root, App).forget();
    // Tests and the prerender script wait for this: before it, the page is static.
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-app", "pret");
    }
}

/// The path the app is served under ("" at the root of a host, "/guide" under a sub-path),
/// taken from the `<base href>` that trunk's `--public-url` writes.
fn base_path() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let base = document().base_uri().ok().flatten().unwrap_or_default();
        let path = base.split_once("://").map(|(_, rest)| rest.find('/').map_or("/", |i| &rest[i..])).unwrap_or("/");
        path.trim_end_matches('/').to_string()
    })
}

/// The address's path below the base, as the router matches it.
fn app_path() -> String {
    let path = window().location().pathname().unwrap_or_default();
    let below = path.strip_prefix(base_path()).unwrap_or(&path);
    if below.is_empty() {
        "/".to_string()
    } else {
        below.to_string()
    }
}

/// An app path as a link target. The router matches routes and `navigate`s below its base, but
/// `<A href>` takes an absolute path as it is: every internal link goes through here.
pub fn href(path: &str) -> String {
    format!("{}{path}", base_path())
}

/// A `performance.mark` for the benchmark (scripts/bench.mjs reads them); nothing is sent anywhere.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    territory::provide_territory();
    modes::provide_modes();
    let formatter = |title: String| {
        if title.is_empty() {
            data::SITE_NAME.to_string()
        } else {
            format!("{title} — {}", data::SITE_NAME)
        }
    };
    // True while the router waits for a page's code.
    let (routing, set_routing) = signal(false);
    view! {
        <Title formatter/>
        <Router base=base_path().to_string() set_is_routing=set_routing>
            <SkipLink/>
            <KioskLayer/>
            <Header/>
            <main id="contenu" tabindex="-1" class="contenu">
                <routes::PageRoutes/>
            </main>
            <Footer/>
            <RouteChangeAnnouncer routing/>
        </Router>
    }
}
