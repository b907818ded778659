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

/// Declares every page once: its path, its route type and its component. Each page becomes its own wasm
/// module (sitegen's split step cuts at these points), fetched the first time its route is matched, so
/// the main module keeps only the router, the layout and what pages share.
macro_rules! pages {
    ($($path:tt => $route:ident => $page:ident),* $(,)?) => {
        $(
            pub struct $route;

            #[leptos_router::lazy_route]
            impl LazyRoute for $route {
                fn data() -> Self {
                    Self
                }

                fn view(_page: Self) -> AnyView {
                    view! { <$page/> }.into_any()
                }
            }
        )*

        #[component]
        pub fn PageRoutes() -> impl IntoView {
            view! {
                <Routes fallback=not_found::NotFound>
                    $( <Route path=path!($path) view={Lazy::<$route>::new()}/> )*
                </Routes>
            }
        }

        /// Fetches the module of the page at `path` (an app path, below the base). The app waits for it
        /// before replacing the static page, which would otherwise go blank while the module arrives.
        pub async fn preload(path: &str) {
            let path = if path.len() > 1 { path.trim_end_matches('/') } else { path };
            $(
                if path!($path).test(path).is_some_and(|found| found.remaining().is_empty()) {
                    return <$route as LazyRoute>::preload().await;
                }
            )*
        }
    };
}

pages! {
    "/" => HomeRoute => Home,
    "/metiers" => ProfilesRoute => ProfilesPage,
    "/metiers/:slug" => ProfileRoute => ProfilePage,
    "/metiers/:slug/fiche-activite" => ActivitySheetRoute => ActivitySheet,
    "/quiz" => QuizRoute => QuizPage,
    "/quiz/resultats" => QuizResultsRoute => QuizResults,
    "/quiz/classe" => ClassQuizRoute => ClassQuiz,
    "/quiz/comment-ca-marche" => QuizMethodRoute => QuizMethod,
    "/carte" => MapRoute => MapPage,
    "/agenda" => AgendaRoute => Agenda,
    "/accompagnement" => SupportRoute => Support,
    "/a-propos" => AboutRoute => About,
    "/organisateur" => OrganiserRoute => Organiser,
    "/vrai-ou-faux" => MythsRoute => MythsPage,
    "/vrai-ou-faux/classe" => ClassMythsRoute => ClassMythsPage,
    "/vrai-ou-faux/fiche" => MythsSheetRoute => MythsSheet,
}

use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::{path, Lazy, LazyRoute, PossibleRouteMatch};
use {
    about::About, activity_sheet::ActivitySheet, agenda::Agenda, class_myths::ClassMythsPage, class_quiz::ClassQuiz,
    home::Home, map::MapPage, myths::MythsPage, myths_sheet::MythsSheet, organiser::Organiser, profile::ProfilePage,
    profiles::ProfilesPage, quiz::QuizPage, quiz_method::QuizMethod, quiz_results::QuizResults, support::Support,
};
