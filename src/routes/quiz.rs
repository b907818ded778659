//! `/quiz`: the orientation quiz.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn QuizPage() -> impl IntoView {
    view! {
        <Title text="Le quiz"/>
        <h1 tabindex="-1">"Le quiz"</h1>
    }
}
