pub mod about;
pub mod activity_sheet;
pub mod agenda;
pub mod class_myths;
pub mod class_quiz;
pub mod home;
pub mod map;
pub mod myths;
pub mod myths_sheet;
pub mod not_found;
pub mod organiser;
pub mod profile;
pub mod profiles;
pub mod quiz;
pub mod quiz_method;
pub mod quiz_results;
pub mod support;

/// Declares every page once: its path and component, and for the pages that are rarely the first one a
/// visitor opens and weigh the most (the map, the organiser page, the class modes, the sheets to print),
/// the name of their own wasm module. sitegen's split step cuts there: such a module is fetched the first
/// time its route is matched, so the pages everyone opens do not carry it. Pages stay in the main module
/// otherwise: the splitter puts code shared by any set of split points in a module of its own, and with
/// every page split a first visit fetched and started 30 to 150 modules, which blocked a mid-range phone
/// for up to two seconds (README, « Performance »). A module that cannot be fetched shows `PageUnavailable`
/// instead of stopping the app.
macro_rules! pages {
    (
        main: { $($main_path:tt => $main_page:ident),* $(,)? }
        own_module: { $($path:tt => $module:ident => $page:ident),* $(,)? }
    ) => {
        $(
            #[allow(non_snake_case)]
            pub mod $module {
                use super::*;

                pub struct Page;

                #[wasm_split(
                    $module,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible,
                    preload(fetch_module)
                )]
                fn page() -> Result<AnyView, SplitLoaderError> {
                    Ok(view! { <$page/> }.into_any())
                }

                impl LazyRoute for Page {
                    fn data() -> Self {
                        Self
                    }

                    async fn view(_page: Self) -> AnyView {
                        page().await.unwrap_or_else(|_| view! { <not_found::PageUnavailable/> }.into_any())
                    }

                    async fn preload() {
                        // A failure shows when the page is built (`view`), which tries again.
                        let _ = fetch_module().await;
                    }
                }
            }
        )*

        #[component]
        pub fn PageRoutes() -> impl IntoView {
            view! {
                <Routes fallback=not_found::NotFound>
                    $( <Route path=path!($main_path) view=$main_page/> )*
                    $( <Route path=path!($path) view={Lazy::<$module::Page>::new()}/> )*
                </Routes>
            }
        }

        /// Fetches the module of the page at `path` (an app path, below the base), if it has one. The app
        /// waits for it before replacing the static page, which would otherwise go blank meanwhile.
        pub async fn preload(path: &str) {
            let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
            $(
                if path!($path).test(path).is_some_and(|found| found.remaining().is_empty()) {
                    return <$module::Page as LazyRoute>::preload().await;
                }
            )*
        }
    };
}

pages! {
    main: {
        "/" => Home,
        "/metiers" => ProfilesPage,
        "/metiers/:slug" => ProfilePage,
        "/quiz" => QuizPage,
        "/quiz/resultats" => QuizResults,
        "/quiz/comment-ca-marche" => QuizMethod,
        "/agenda" => Agenda,
        "/accompagnement" => Support,
        "/a-propos" => About,
        "/vrai-ou-faux" => MythsPage,
    }
    own_module: {
        "/metiers/:slug/fiche-activite" => fiche_activite => ActivitySheet,
        "/quiz/classe" => quiz_classe => ClassQuiz,
        "/carte" => carte => MapPage,
        "/organisateur" => organisateur => Organiser,
        "/vrai-ou-faux/classe" => vrai_ou_faux_classe => ClassMythsPage,
        "/vrai-ou-faux/fiche" => vrai_ou_faux_fiche => MythsSheet,
    }
}

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy, LazyRoute, PossibleRouteMatch};
use {
    about::About, activity_sheet::ActivitySheet, agenda::Agenda, class_myths::ClassMythsPage, class_quiz::ClassQuiz,
    home::Home, map::MapPage, myths::MythsPage, myths_sheet::MythsSheet, organiser::Organiser, profile::ProfilePage,
    profiles::ProfilesPage, quiz::QuizPage, quiz_method::QuizMethod, quiz_results::QuizResults, support::Support,
};
