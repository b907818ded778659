//! `/quiz/classe`: the quiz for a whole class, on a projector. One activity per screen with big
//! lettered answers; the teacher counts the hands for each letter (or just picks the majority),
//! and the class gets the results of the individual quiz, in the voice of the group.

use crate::components::hands::hand_field;
use crate::data::QUIZ_ITEMS;
use crate::device;
use crate::modes::typing;
use crate::routes::quiz::{focus_question, QuizWelcome};
use guide_domain::quiz::{class_answer, share, Answer, Answers};
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

const STORAGE_KEY: &str = "quiz-classe";
const LETTERS: [&str; 4] = ["A", "B", "C", "D"];

/// Hands raised for each answer of each activity (`None`: not asked yet, or skipped).
type Tally = Vec<Option<[u32; 4]>>;

/// `step|a.b.c.d,-,…`: a reload in the middle of a lesson loses nothing.
fn restore() -> Option<(usize, Tally)> {
    let saved = device::load(STORAGE_KEY)?;
    let (step, hands) = saved.split_once('|')?;
    let tally: Tally = hands
        .split(',')
        .map(|item| {
            if item == "-" {
                return Some(None);
            }
            let counts: Vec<u32> = item.split('.').map(|n| n.parse().ok()).collect::<Option<_>>()?;
            Some(Some(counts.try_into().ok()?))
        })
        .collect::<Option<_>>()?;
    let step: usize = step.parse().ok()?;
    (tally.len() == QUIZ_ITEMS.len() && step <= QUIZ_ITEMS.len()).then_some((step, tally))
}

fn save(step: usize, tally: &Tally) {
    let hands: Vec<String> =
        tally.iter().map(|h| h.map_or("-".to_string(), |h| h.map(|n| n.to_string()).join("."))).collect();
    device::save(STORAGE_KEY, &format!("{step}|{}", hands.join(",")));
}

pub fn forget() {
    device::forget(STORAGE_KEY);
}

/// The teacher only gave the majority's letter: one hand for it.
fn majority(letter: usize) -> [u32; 4] {
    let mut hands = [0; 4];
    hands[letter] = 1;
    hands
}

#[component]
pub fn ClassQuiz() -> impl IntoView {
    let (initial_step, initial_tally) = restore().unwrap_or_else(|| (0, vec![None; QUIZ_ITEMS.len()]));
    let step = RwSignal::new(initial_step);
    let tally = RwSignal::new(initial_tally);
    Effect::new(move |_| save(step.get(), &tally.read()));
    let navigate = use_navigate();
    let finish = StoredValue::new_local(move || {
        let items = tally.with_untracked(|t| t.iter().map(|h| h.and_then(class_answer)).collect());
        let code = share::encode(&Answers { items, ..Default::default() });
        navigate(&format!("/quiz/resultats?r={code}&classe=1"), Default::default());
    });
    let go = move |to: usize| {
        if to > QUIZ_ITEMS.len() {
            finish.with_value(|f| f());
        } else {
            step.set(to);
            focus_question();
        }
    };
    let record = move |index: usize, hands: [u32; 4]| {
        tally.update(|t| t[index] = Some(hands));
        go(index + 2);
    };
    let restart = move || {
        tally.set(vec![None; QUIZ_ITEMS.len()]);
        go(1);
    };

    // A to D record the majority; Left arrow or Backspace go back.
    let keys = window_event_listener(ev::keydown, move |ev| {
        let current = step.get_untracked();
        if typing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() || current == 0 {
            return;
        }
        let key = ev.key().to_uppercase();
        if let Some(letter) = LETTERS.iter().position(|l| *l == key) {
            ev.prevent_default();
            record(current - 1, majority(letter));
        } else if matches!(key.as_str(), "ARROWLEFT" | "BACKSPACE") && current > 1 {
            ev.prevent_default();
            go(current - 1);
        }
    });
    on_cleanup(move || keys.remove());

    view! {
        <Title text="Le quiz en classe"/>
        <h1 tabindex="-1">"Le quiz en classe"</h1>
        {move || match step.get() {
            0 => view! {
                <QuizWelcome started=tally.with_untracked(|t| t.iter().any(Option::is_some)) on_start=move || go(1) on_restart=restart
                    start="Commencer" resume="Reprendre" link=("/quiz", "Faire le quiz seul ou seule")>
                    <p class="accroche">"Le quiz d'orientation pour toute la classe, à projeter."</p>
                    <ol>
                        <li>"Lisez l'activité à voix haute."</li>
                        <li>"Les élèves lèvent la main pour A, B, C ou D."</li>
                        <li>"Entrez le nombre de mains pour chaque lettre, ou touchez seulement la réponse de la majorité."</li>
                    </ol>
                    <p>{format!("{} activités. Les résultats montrent les métiers qui vont avec les goûts du groupe, et pourquoi.", QUIZ_ITEMS.len())}</p>
                    <p>"Rien n'est enregistré ailleurs que sur cet appareil, et aucun nom n'est demandé."</p>
                </QuizWelcome>
            }.into_any(),
            current => view! {
                <ClassQuestion index=current - 1 saved=tally.with_untracked(|t| t[current - 1]) on_record=record/>
                <div class="quiz-navigation">
                    <button type="button" class="bouton bouton-secondaire" on:click=move |_| go(current - 1)>"← Précédente"</button>
                    <button type="button" class="bouton bouton-secondaire" on:click=move |_| {
                        tally.update(|t| t[current - 1] = None);
                        go(current + 1)
                    }>"Passer →"</button>
                    <button type="button" class="bouton bouton-secondaire" on:click=move |_| restart()>"Recommencer"</button>
                </div>
                <p class="quiz-aide">"Raccourcis clavier : touches A à D pour la réponse de la majorité, flèche gauche pour revenir."</p>
            }.into_any(),
        }}
    }
}

#[component]
fn ClassQuestion(
    index: usize,
    saved: Option<[u32; 4]>,
    on_record: impl Fn(usize, [u32; 4]) + 'static + Copy,
) -> impl IntoView {
    let item = &QUIZ_ITEMS[index];
    let hands = RwSignal::new(saved.unwrap_or_default());
    let chosen = saved.and_then(class_answer);
    let counted = move || hands.with(|h| h.iter().sum::<u32>() > 0);
    view! {
        <fieldset class="question question-classe" id="question" tabindex="-1">
            <legend>
                <span class="question-numero">{format!("Question {} sur {}", index + 1, QUIZ_ITEMS.len())}</span>
                <span class="question-texte">{item.text}</span>
            </legend>
            <p class="question-consigne">"Qui aimerait faire ça ? Touchez la réponse de la majorité…"</p>
            <div class="reponses reponses-classe">
                {Answer::ALL.iter().enumerate().map(|(i, answer)| view! {
                    <button type="button" class="reponse" aria-pressed=(chosen == Some(*answer)).to_string()
                        on:click=move |_| on_record(index, majority(i))>
                        <span class="reponse-lettre">{LETTERS[i]}</span>
                        <span>{answer.label()}</span>
                    </button>
                }).collect_view()}
            </div>
        </fieldset>
        <details class="comptage" open=saved.is_some_and(|h| h.iter().filter(|n| **n > 0).count() > 1)>
            <summary>"… ou comptez les mains"</summary>
            <div class="comptage-champs">
                {Answer::ALL.iter().enumerate().map(|(i, answer)| {
                    hand_field(format!("mains-{}", LETTERS[i]), format!("{} — {}", LETTERS[i], answer.label()), i, hands)
                }).collect_view()}
            </div>
            <p class="actions">
                <button type="button" class="bouton" disabled=move || !counted() on:click=move |_| on_record(index, hands.get_untracked())>"Valider les mains"</button>
            </p>
        </details>
    }
}
