//! `/vrai-ou-faux/classe`: « Vrai ou faux ? » for a whole class, on a projector. The teacher shows a
//! statement, the class votes with raised hands (counted, or just the majority touched), the app
//! reveals the answer and a question to discuss; the end shows what surprised the class most.

use crate::components::hands::hand_field;
use crate::components::myth_answer::MythAnswer;
use crate::data::MYTHS;
use crate::href;
use crate::modes::typing;
use crate::routes::myths::{focus, key_of, verdict_of_key};
use crate::routes::quiz::focus_question;
use guide_domain::myths::{draw_round, majority, surprise, ROUND};
use guide_domain::vocab::Verdict;
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// One statement's vote: hands for Vrai, Faux, Ça dépend.
type Hands = [u32; 3];

#[derive(Clone, Copy, PartialEq)]
enum Screen {
    Welcome,
    Vote(usize),
    Reveal(usize),
    Summary,
}

fn only(verdict: Verdict) -> Hands {
    let mut hands = [0; 3];
    hands[Verdict::ALL.iter().position(|v| *v == verdict).unwrap_or(0)] = 1;
    hands
}

#[component]
pub fn ClassMythsPage() -> impl IntoView {
    let round = StoredValue::new(Vec::<usize>::new());
    let votes = RwSignal::new(Vec::<Hands>::new());
    let screen = RwSignal::new(Screen::Welcome);
    let start = move || {
        let drawn = draw_round(MYTHS, ROUND, js_sys::Date::now() as u64, &[]);
        votes.set(vec![[0; 3]; drawn.len()]);
        round.set_value(drawn);
        screen.set(Screen::Vote(0));
        focus_question();
    };
    let reveal = move |step: usize, hands: Hands| {
        votes.update(|v| v[step] = hands);
        screen.set(Screen::Reveal(step));
        focus("verdict");
    };
    let next = move |step: usize| {
        if step + 1 < round.with_value(Vec::len) {
            screen.set(Screen::Vote(step + 1));
            focus_question();
        } else {
            screen.set(Screen::Summary);
            focus("fin");
        }
    };
    let keys = window_event_listener(ev::keydown, move |ev| {
        if typing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        match screen.get_untracked() {
            Screen::Vote(step) => {
                if let Some(v) = verdict_of_key(&ev.key()) {
                    ev.prevent_default();
                    reveal(step, only(v));
                }
            }
            Screen::Reveal(step) if ev.key().eq_ignore_ascii_case("n") => {
                ev.prevent_default();
                next(step);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <Title text="Vrai ou faux ? en classe"/>
        <h1 tabindex="-1">"Vrai ou faux ? en classe"</h1>
        {move || match screen.get() {
            Screen::Welcome => view! {
                <p class="accroche">"Des idées reçues sur les métiers du soin et de l'accompagnement, à débattre en classe."</p>
                <ol>
                    <li>"Lisez l'affirmation à voix haute."</li>
                    <li>"Les élèves lèvent la main : vrai, faux ou ça dépend."</li>
                    <li>"Entrez le nombre de mains, ou touchez la réponse de la majorité : la réponse s'affiche, avec une question à discuter."</li>
                </ol>
                <p>{format!("{ROUND} affirmations, mélangées. Rien n'est enregistré, aucun nom n'est demandé.")}</p>
                <p class="actions">
                    <button type="button" class="bouton" on:click=move |_| start()>"Commencer"</button>
                    <A href=href("/vrai-ou-faux/fiche") attr:class="bouton bouton-secondaire">"Fiche imprimable"</A>
                    <A href=href("/vrai-ou-faux") attr:class="bouton bouton-secondaire">"Jouer seul ou seule"</A>
                </p>
            }.into_any(),
            Screen::Vote(step) => {
                let statement = &MYTHS[round.with_value(|r| r[step])];
                let total = round.with_value(Vec::len);
                let hands = RwSignal::new([0u32; 3]);
                view! {
                    <fieldset class="question question-classe affirmation" id="question" tabindex="-1">
                        <legend>
                            <span class="question-numero">{format!("Affirmation {} sur {total}", step + 1)}</span>
                            <span class="question-texte">{statement.text}</span>
                        </legend>
                        <p class="question-consigne">"Vrai, faux ou ça dépend ? Touchez la réponse de la majorité…"</p>
                        <div class="reponses reponses-classe reponses-vrai-faux">
                            {Verdict::ALL.iter().map(|v| view! {
                                <button type="button" class="reponse" on:click=move |_| reveal(step, only(*v))>
                                    <span class="reponse-lettre" aria-hidden="true">{key_of(*v)}</span>
                                    <span>{v.label()}</span>
                                </button>
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <details class="comptage">
                        <summary>"… ou comptez les mains"</summary>
                        <div class="comptage-champs">
                            {Verdict::ALL.iter().enumerate().map(|(i, v)| {
                                hand_field(format!("mains-{}", v.id()), v.label().to_string(), i, hands)
                            }).collect_view()}
                        </div>
                        <p class="actions">
                            <button type="button" class="bouton" disabled=move || hands.with(|h| h.iter().sum::<u32>() == 0)
                                on:click=move |_| reveal(step, hands.get_untracked())>"Révéler la réponse"</button>
                        </p>
                    </details>
                    <p class="quiz-aide">"Au clavier : V, F ou D (ou 1, 2, 3) pour la réponse de la majorité, N pour continuer."</p>
                }.into_any()
            }
            Screen::Reveal(step) => {
                let statement = &MYTHS[round.with_value(|r| r[step])];
                let hands = votes.with_untracked(|v| v[step]);
                let counted: u32 = hands.iter().sum();
                let class_said = majority(hands);
                view! {
                    <section class="verdict" aria-labelledby="verdict">
                        <p class="question-texte">{statement.text}</p>
                        <h2 id="verdict" tabindex="-1">{format!("Réponse : {}", statement.answer.label())}</h2>
                        <p role="status">{match (counted, class_said) {
                            (1, Some(v)) => format!("La classe a surtout répondu « {} ».", v.label()),
                            (_, Some(v)) => {
                                let right = hands[Verdict::ALL.iter().position(|x| *x == statement.answer).unwrap_or(0)];
                                format!("La classe a surtout répondu « {} » : {right} mains sur {counted} pour la bonne réponse.", v.label())
                            }
                            (_, None) => "La classe était partagée.".to_string(),
                        }}</p>
                        <MythAnswer statement/>
                        <p class="a-discuter"><strong>"À discuter : "</strong>{statement.question}</p>
                        <p class="actions">
                            <button type="button" class="bouton" on:click=move |_| next(step)>
                                {if step + 1 < round.with_value(Vec::len) { "Affirmation suivante" } else { "Voir le bilan de la classe" }}
                            </button>
                        </p>
                    </section>
                }.into_any()
            }
            Screen::Summary => {
                let mut ranked: Vec<(f64, usize)> = round.with_value(|r| {
                    votes.with_untracked(|v| {
                        r.iter().zip(v).filter_map(|(&i, h)| surprise(*h, MYTHS[i].answer).map(|s| (s, i))).collect()
                    })
                });
                ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
                let surprising: Vec<usize> = ranked.into_iter().filter(|(s, _)| *s > 0.0).take(3).map(|(_, i)| i).collect();
                view! {
                    <section class="bilan" aria-labelledby="fin">
                        <h2 id="fin" tabindex="-1">"Ce qui a le plus surpris la classe"</h2>
                        {if surprising.is_empty() {
                            view! { <p>"La classe a trouvé toutes les réponses. Bravo !"</p> }.into_any()
                        } else {
                            view! {
                                <ol class="a-revoir">
                                    {surprising.into_iter().map(|i| view! {
                                        <li><strong>{MYTHS[i].text}</strong>" "{format!("C'est « {} ».", MYTHS[i].answer.label().to_lowercase())}</li>
                                    }).collect_view()}
                                </ol>
                            }.into_any()
                        }}
                        <p class="actions">
                            <button type="button" class="bouton" on:click=move |_| start()>"Nouvelle partie"</button>
                            <A href=href("/quiz/classe") attr:class="bouton bouton-secondaire">"Le quiz d'orientation en classe"</A>
                        </p>
                    </section>
                }.into_any()
            }
        }}
    }
}
