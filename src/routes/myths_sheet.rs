//! `/vrai-ou-faux/fiche`: every « Vrai ou faux ? » statement with its answer and sources, by theme,
//! to print for a lesson (two A4 pages at most).

use crate::data::MYTHS;
use crate::href;
use guide_domain::territory::french_iso_date;
use guide_domain::vocab::Theme;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn MythsSheet() -> impl IntoView {
    view! {
        <Title text="Vrai ou faux ? — fiche pour l'enseignant"/>
        <article class="fiche-vrai-faux">
            <h1 tabindex="-1">"Vrai ou faux ? — fiche pour l'enseignant"</h1>
            <p class="accroche">{format!("Les {} idées reçues du jeu, leur réponse et leur source. À projeter : ", MYTHS.len())}
                <A href=href("/vrai-ou-faux/classe")>"Vrai ou faux ? en classe"</A>"."</p>
            <p class="actions"><button type="button" class="bouton" on:click=|_| { let _ = window().print(); }>"Imprimer"</button></p>
            {Theme::ALL.iter().map(|theme| view! {
                <section aria-labelledby=format!("theme-{}", theme.id())>
                    <h2 id=format!("theme-{}", theme.id())>{theme.label()}</h2>
                    <ol class="liste-vrai-faux">
                        {MYTHS.iter().filter(|m| m.theme == *theme).map(|m| view! {
                            <li>
                                <strong>{m.text}</strong>" "
                                <span class="reponse-vrai-faux">{m.answer.label()}"."</span>" "
                                <span class="explication-courte">{m.explanation}</span>" "
                                <span class="source-courte">
                                    {m.sources.iter().map(|s| view! {
                                        <a href=s.url rel="noopener noreferrer" class="lien-externe">{format!("{}, {}", s.site, french_iso_date(s.date))}<span class="visually-hidden">" (site externe)"</span></a>" "
                                    }).collect_view()}
                                </span>
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            }).collect_view()}
        </article>
    }
}
