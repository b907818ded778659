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

/// Declares every page once: its path, the name of its wasm module and its component. Each page's code is
/// a module of its own (sitegen's split step cuts at these points), fetched the first time its route is
/// matched, so the main module keeps only the router, the layout and what pages share. A module that
/// cannot be fetched shows `PageUnavailable` instead of stopping the app.
macro_rules! pages {
    ($($path:tt => $module:ident => $page:ident),* $(,)?) => {
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
                    $( <Route path=path!($path) view={Lazy::<$module::Page>::new()}/> )*
                </Routes>
            }
        }

        /// Fetches the module of the page at `path` (an app path, below the base). The app waits for it
        /// before replacing the static page, which would otherwise go blank while the module arrives.
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
    "/" => accueil => Home,
    "/metiers" => metiers => ProfilesPage,
    "/metiers/:slug" => fiche => ProfilePage,
    "/metiers/:slug/fiche-activite" => fiche_activite => ActivitySheet,
    "/quiz" => quiz_questions => QuizPage,
    "/quiz/resultats" => quiz_resultats => QuizResults,
    "/quiz/classe" => quiz_classe => ClassQuiz,
    "/quiz/comment-ca-marche" => quiz_methode => QuizMethod,
    "/carte" => carte => MapPage,
    "/agenda" => agenda_page => Agenda,
    "/accompagnement" => accompagnement => Support,
    "/a-propos" => a_propos => About,
    "/organisateur" => organisateur => Organiser,
    "/vrai-ou-faux" => vrai_ou_faux => MythsPage,
    "/vrai-ou-faux/classe" => vrai_ou_faux_classe => ClassMythsPage,
    "/vrai-ou-faux/fiche" => vrai_ou_faux_fiche => MythsSheet,
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
