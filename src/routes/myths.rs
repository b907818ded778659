//! `/vrai-ou-faux`: received ideas about these jobs, one per screen. The visitor answers Vrai, Faux
//! or Ça dépend, then reads why, with the source. A round mixes themes (8 statements, 5 on a stand
//! tablet); « Rejouer » draws statements not seen yet.

use crate::components::myth_answer::MythAnswer;
use crate::data::MYTHS;
use crate::device;
use crate::href;
use crate::modes::{typing, use_modes};
use crate::routes::quiz::focus_question;
use crate::stats;
use guide_domain::myths::{draw_round, Statement, ROUND, STAND_ROUND};
use guide_domain::stand::StandEvent;
use guide_domain::vocab::Verdict;
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

const STORAGE_KEY: &str = "vrai-ou-faux";
const SEEN_KEY: &str = "vrai-ou-faux-vus";

/// A round in progress: which statements, and what was answered (`None`: not yet).
#[derive(Clone, PartialEq)]
struct Round {
    statements: Vec<usize>,
    answers: Vec<Option<Verdict>>,
}

impl Round {
    fn new(size: usize) -> Self {
        let seen = device::load(SEEN_KEY).unwrap_or_default();
        let seen: Vec<&str> = seen.split(',').filter(|s| !s.is_empty()).collect();
        let statements = draw_round(MYTHS, size, js_sys::Date::now() as u64, &seen);
        Round { answers: vec![None; statements.len()], statements }
    }

    fn statement(&self, step: usize) -> &'static Statement {
        &MYTHS[self.statements[step]]
    }

    /// `ids|answers`, e.g. `bac-aide-soignant.metier-de-femmes|faux.-`: a reload loses nothing.
    fn encode(&self) -> String {
        let ids: Vec<&str> = self.statements.iter().map(|&i| MYTHS[i].id).collect();
        let answers: Vec<&str> = self.answers.iter().map(|a| a.map_or("-", Verdict::id)).collect();
        format!("{}|{}", ids.join("."), answers.join("."))
    }

    fn decode(text: &str) -> Option<Self> {
        let (ids, answers) = text.split_once('|')?;
        let statements: Vec<usize> =
            ids.split('.').map(|id| MYTHS.iter().position(|m| m.id == id)).collect::<Option<_>>()?;
        let answers: Vec<Option<Verdict>> = answers
            .split('.')
            .map(|a| if a == "-" { Some(None) } else { Verdict::from_id(a).map(Some) })
            .collect::<Option<_>>()?;
        (!statements.is_empty() && statements.len() == answers.len()).then_some(Round { statements, answers })
    }

    fn wrong(&self) -> Vec<&'static Statement> {
        (0..self.statements.len())
            .filter(|&i| self.answers[i].is_some_and(|a| a != self.statement(i).answer))
            .map(|i| self.statement(i))
            .collect()
    }
}

pub fn forget() {
    device::forget(STORAGE_KEY);
    device::forget(SEEN_KEY);
}

fn remember_seen(round: &Round) {
    let mut seen = device::load(SEEN_KEY).unwrap_or_default();
    for &i in &round.statements {
        if !seen.split(',').any(|s| s == MYTHS[i].id) {
            seen.push_str(MYTHS[i].id);
            seen.push(',');
        }
    }
    // Once everything has been seen, start the cycle again.
    if MYTHS.iter().all(|m| seen.split(',').any(|s| s == m.id)) {
        seen.clear();
    }
    device::save(SEEN_KEY, &seen);
}

/// The letter key that answers `verdict` (its digit is its position, from 1).
pub fn key_of(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Vrai => "V",
        Verdict::Faux => "F",
        Verdict::CaDepend => "D",
    }
}

/// The verdict a key press means: V, F, D, or 1 to 3.
pub fn verdict_of_key(key: &str) -> Option<Verdict> {
    let key = key.to_uppercase();
    Verdict::ALL.iter().enumerate().find(|(i, v)| key == key_of(**v) || key == (i + 1).to_string()).map(|(_, v)| *v)
}

/// Moves focus to the element `id` once the new screen is drawn (next frame), so that screen readers
/// read what changed.
pub fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Where the visitor is: the welcome (`None`), a statement, or the end of the round.
#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Welcome,
    Statement(usize),
    End,
}

#[component]
pub fn MythsPage() -> impl IntoView {
    let modes = use_modes();
    let saved = device::load(STORAGE_KEY).and_then(|t| Round::decode(&t));
    let screen = RwSignal::new(match &saved {
        Some(r) => r.answers.iter().position(Option::is_none).map_or(Screen::End, Screen::Statement),
        None => Screen::Welcome,
    });
    let round = RwSignal::new(saved);
    Effect::new(move |_| {
        if let Some(r) = round.read().as_ref() {
            device::save(STORAGE_KEY, &r.encode());
        }
    });
    let size = move || if modes.kiosk.get_untracked() { STAND_ROUND } else { ROUND };
    let start = move || {
        round.set(Some(Round::new(size())));
        screen.set(Screen::Statement(0));
        focus_question();
    };
    let answer = move |step: usize, verdict: Verdict| {
        round.update(|r| {
            if let Some(r) = r {
                if r.answers[step].is_none() {
                    r.answers[step] = Some(verdict);
                }
            }
        });
        focus("verdict");
    };
    let next = move |step: usize| {
        let total = round.with_untracked(|r| r.as_ref().map_or(0, |r| r.statements.len()));
        if step + 1 < total {
            screen.set(Screen::Statement(step + 1));
            focus_question();
        } else {
            round.with_untracked(|r| {
                if let Some(r) = r {
                    remember_seen(r);
                    let wrong: Vec<&str> = r.wrong().iter().map(|s| s.id).collect();
                    stats::record(StandEvent::MythRoundPlayed { surprised_by: &wrong });
                }
            });
            screen.set(Screen::End);
            focus("fin");
        }
    };

    // V, F, D (or 1, 2, 3) answer; Entrée or N goes on once the answer is shown.
    let keys = window_event_listener(ev::keydown, move |ev| {
        let Screen::Statement(step) = screen.get_untracked() else { return };
        if typing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let answered = round.with_untracked(|r| r.as_ref().is_some_and(|r| r.answers[step].is_some()));
        let key = ev.key().to_lowercase();
        match verdict_of_key(&key) {
            Some(v) if !answered => {
                ev.prevent_default();
                answer(step, v);
            }
            None if answered && key == "n" => {
                ev.prevent_default();
                next(step);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <Title text="Vrai ou faux ?"/>
        <h1 tabindex="-1">"Vrai ou faux ?"</h1>
        {move || match screen.get() {
            Screen::Welcome => view! {
                <p class="accroche">"Des idées qu'on entend souvent sur les métiers du soin et de l'accompagnement. À toi de dire si elles sont vraies !"</p>
                <p>{move || format!("{} affirmations par partie, mélangées. Après chaque réponse, tu sais pourquoi, avec la source.", size())}</p>
                <p class="actions">
                    <button type="button" class="bouton" on:click=move |_| start()>"Commencer"</button>
                    <A href=href("/vrai-ou-faux/classe") attr:class="bouton bouton-secondaire">"Jouer avec toute la classe"</A>
                    <A href=href("/vrai-ou-faux/fiche") attr:class="bouton bouton-secondaire">"Fiche pour l'enseignant"</A>
                </p>
            }.into_any(),
            Screen::Statement(step) => {
                let current = round.with_untracked(|r| r.as_ref().map(|r| (r.statement(step), r.statements.len())));
                let Some((statement, total)) = current else { return view! { <p>"…"</p> }.into_any() };
                let chosen = Memo::new(move |_| round.with(|r| r.as_ref().and_then(|r| r.answers.get(step).copied().flatten())));
                view! {
                    <fieldset class="question affirmation" id="question" tabindex="-1">
                        <legend>
                            <span class="question-numero">{format!("Affirmation {} sur {total}", step + 1)}</span>
                            <span class="question-texte">{statement.text}</span>
                        </legend>
                        <div class="reponses reponses-vrai-faux">
                            {Verdict::ALL.iter().enumerate().map(|(i, v)| view! {
                                <button type="button" class="reponse" aria-pressed=move || (chosen.get() == Some(*v)).to_string()
                                    disabled=move || chosen.get().is_some() on:click=move |_| answer(step, *v)>
                                    <span>{v.label()}</span>
                                    <span class="reponse-touche" aria-hidden="true">{format!("{} ou {}", key_of(*v), i + 1)}</span>
                                </button>
                            }).collect_view()}
                        </div>
                    </fieldset>
                    {move || chosen.get().map(|c| {
                        let right = c == statement.answer;
                        view! {
                            <section class="verdict" class:verdict-juste=right aria-labelledby="verdict">
                                <h2 id="verdict" tabindex="-1">
                                    {format!("Tu as répondu « {} ». ", c.label())}
                                    {if right { "Bien vu : ".to_string() } else { "Eh non : ".to_string() }}
                                    {match statement.answer {
                                        Verdict::Vrai => "c'est vrai.",
                                        Verdict::Faux => "c'est faux.",
                                        Verdict::CaDepend => "ça dépend.",
                                    }}
                                </h2>
                                <MythAnswer statement/>
                                <p class="actions">
                                    <button type="button" class="bouton" on:click=move |_| next(step)>
                                        {if step + 1 < total { "Affirmation suivante" } else { "Voir mon bilan" }}
                                    </button>
                                </p>
                            </section>
                        }
                    })}
                    <p class="quiz-aide">"Au clavier : V, F ou D (ou 1, 2, 3) pour répondre, N pour continuer."</p>
                }.into_any()
            }
            Screen::End => {
                let wrong = round.with_untracked(|r| r.as_ref().map(Round::wrong).unwrap_or_default());
                let n = wrong.len();
                view! {
                    <section class="bilan" aria-labelledby="fin">
                        <h2 id="fin" tabindex="-1">{match n {
                            0 => "Tu connaissais déjà tout !".to_string(),
                            1 => "Tu as découvert 1 chose".to_string(),
                            n => format!("Tu as découvert {n} choses"),
                        }}</h2>
                        {(n > 0).then(|| view! {
                            <p>"À revoir :"</p>
                            <ul class="a-revoir">
                                {wrong.into_iter().map(|s| view! {
                                    <li><strong>{s.text}</strong>" "{format!("C'est « {} ».", s.answer.label().to_lowercase())}" "{s.explanation}</li>
                                }).collect_view()}
                            </ul>
                        })}
                        <p class="actions">
                            <button type="button" class="bouton" on:click=move |_| start()>"Rejouer"</button>
                            <A href=href("/quiz") attr:class="bouton bouton-secondaire">"Faire le quiz d'orientation"</A>
                            <A href=href("/metiers") attr:class="bouton bouton-secondaire">"Voir les métiers"</A>
                        </p>
                    </section>
                }.into_any()
            }
        }}
    }
}
