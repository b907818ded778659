//! `/quiz`: one question per screen. Answers stay on this device (localStorage) so that a visitor
//! who leaves and comes back, or reloads, finds them again; the result URL carries them to share.

use crate::components::pictograms::{self, Picto};
use crate::data::{PROFILES, QUIZ_ITEMS};
use crate::device;
use crate::href;
use crate::modes::typing;
use crate::stats;
use guide_domain::quiz::{self, share, Answer, Answers, LicenceAnswer, Outcome};
use guide_domain::stand::StandEvent;
use guide_domain::vocab::{Public, StudyLength};
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

const STORAGE_KEY: &str = "quiz-progression";
/// Activities, then three questions on studies, licence and publics.
const CONTEXT_STEPS: usize = 3;

#[derive(Clone, PartialEq)]
pub struct Progress {
    pub answers: Answers,
    /// 0: welcome; 1..=n: activity n; then the context questions.
    pub step: usize,
}

impl Progress {
    pub fn new() -> Self {
        Progress { answers: Answers { items: vec![None; QUIZ_ITEMS.len()], ..Default::default() }, step: 0 }
    }

    pub fn restore() -> Option<Self> {
        let saved = device::load(STORAGE_KEY)?;
        let (step, code) = saved.split_once('|')?;
        let answers = share::decode(code, QUIZ_ITEMS.len()).ok()?;
        Some(Progress { answers, step: step.parse().ok().filter(|s| *s <= total_steps())? })
    }

    pub fn save(&self) {
        device::save(STORAGE_KEY, &format!("{}|{}", self.step, share::encode(&self.answers)));
    }

    pub fn forget() {
        device::forget(STORAGE_KEY);
    }
}

fn total_steps() -> usize {
    QUIZ_ITEMS.len() + CONTEXT_STEPS
}

pub fn results_url(answers: &Answers) -> String {
    format!("/quiz/resultats?r={}", share::encode(answers))
}

/// Moves focus to the new question so that screen readers read its legend and progress.
pub fn focus_question() {
    crate::routes::myths::focus("question");
}

#[component]
pub fn QuizPage() -> impl IntoView {
    let progress = RwSignal::new(Progress::restore().unwrap_or_else(Progress::new));
    Effect::new(move |_| progress.with(Progress::save));
    let navigate = use_navigate();
    let finish = move || {
        let answers = progress.get_untracked().answers;
        let top: Vec<&str> = match quiz::score(QUIZ_ITEMS, &answers, PROFILES) {
            Outcome::Ranked(ranked) => ranked.iter().take(3).map(|m| m.profile.slug).collect(),
            Outcome::NotEnough { .. } => Vec::new(),
        };
        stats::record(StandEvent::QuizFinished { top: &top });
        navigate(&results_url(&answers), Default::default());
    };
    let finish = StoredValue::new_local(finish);
    let go = move |step: usize| {
        progress.update(|p| p.step = step.min(total_steps()));
        focus_question();
    };
    let answer_item = move |index: usize, answer: Answer| {
        if progress.with_untracked(|p| p.answers.items.iter().all(Option::is_none)) {
            stats::record(StandEvent::QuizStarted);
        }
        progress.update(|p| p.answers.items[index] = Some(answer));
        go(index + 2);
    };
    let restart = move || {
        Progress::forget();
        progress.set(Progress::new());
        go(1);
    };

    // Shortcuts: 1–4 answer an activity; Left arrow or Backspace go back.
    let keys = window_event_listener(ev::keydown, move |ev| {
        if typing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let step = progress.get_untracked().step;
        match ev.key().as_str() {
            "1" | "2" | "3" | "4" if (1..=QUIZ_ITEMS.len()).contains(&step) => {
                ev.prevent_default();
                let choice = ev.key().parse::<usize>().unwrap_or(1) - 1;
                answer_item(step - 1, Answer::ALL[choice]);
            }
            "ArrowLeft" | "Backspace" if step > 1 => {
                ev.prevent_default();
                go(step - 1);
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    // Only a change of step redraws the question: ticking a box must not lose its focus.
    let current_step = Memo::new(move |_| progress.with(|p| p.step));
    view! {
        <Title text="Le quiz"/>
        <h1 tabindex="-1">"Le quiz"</h1>
        {move || {
            let step = current_step.get();
            let n = QUIZ_ITEMS.len();
            if step == 0 {
                view! {
                    <QuizWelcome started=progress.with_untracked(|p| p.answers.items.iter().any(Option::is_some)) on_start=move || go(1) on_restart=restart
                        start="Commencer le quiz" resume="Reprendre le quiz" link=("/quiz/comment-ca-marche", "Comment ça marche ?")>
                        <p class="accroche">"3 minutes pour découvrir des métiers qui pourraient te plaire."</p>
                        <ul>
                            <li>{format!("{} activités de la vie de tous les jours, puis 3 petites questions.", QUIZ_ITEMS.len())}</li>
                            <li>"Il n'y a pas de bonne ou de mauvaise réponse, et personne ne te note."</li>
                            <li>"Réponds selon ce qui te plairait, pas selon ce que tu sais déjà faire."</li>
                            <li>"Rien n'est envoyé : tes réponses restent sur cet appareil."</li>
                        </ul>
                    </QuizWelcome>
                }.into_any()
            } else {
                view! {
                    <div class="quiz">
                        <Progression step/>
                        {if step <= n {
                            view! { <ActivityQuestion index=step - 1 chosen=progress.with_untracked(|p| p.answers.items[step - 1]) on_answer=answer_item/> }.into_any()
                        } else if step == n + 1 {
                            view! { <StudyQuestion progress on_next=move || go(n + 2)/> }.into_any()
                        } else if step == n + 2 {
                            view! { <LicenceQuestion progress on_next=move || go(n + 3)/> }.into_any()
                        } else {
                            view! { <PublicsQuestion progress on_finish=move || finish.with_value(|f| f())/> }.into_any()
                        }}
                        <div class="quiz-navigation">
                            <button type="button" class="bouton bouton-secondaire" on:click=move |_| go(step - 1)>"← Précédente"</button>
                            {(step <= n).then(|| view! {
                                <button type="button" class="bouton bouton-secondaire" on:click=move |_| go(step + 1)>"Passer →"</button>
                            })}
                            <button type="button" class="bouton bouton-secondaire" on:click=move |_| restart()>"Recommencer"</button>
                        </div>
                        <p class="quiz-aide">"Raccourcis clavier : 1 à 4 pour répondre, flèche gauche pour revenir."</p>
                    </div>
                }.into_any()
            }
        }}
    }
}

/// A quiz's welcome: what it is (`children`), then start, or resume and start again from scratch.
#[component]
pub fn QuizWelcome(
    started: bool,
    on_start: impl Fn() + 'static + Copy,
    on_restart: impl Fn() + 'static + Copy,
    start: &'static str,
    resume: &'static str,
    /// A link under the buttons: path and text.
    link: (&'static str, &'static str),
    children: Children,
) -> impl IntoView {
    view! {
        <div class="quiz-accueil">
            {children()}
            <p class="actions">
                <button type="button" class="bouton" on:click=move |_| on_start()>{if started { resume } else { start }}</button>
                {started.then(|| view! { <button type="button" class="bouton bouton-secondaire" on:click=move |_| on_restart()>"Recommencer à zéro"</button> })}
            </p>
            <p><A href=href(link.0)>{link.1}</A></p>
        </div>
    }
}

#[component]
fn Progression(step: usize) -> impl IntoView {
    let total = total_steps();
    view! {
        <div class="progression">
            <progress max=total value=step aria-hidden="true"></progress>
        </div>
    }
}

/// The legend carries the progress and the question, so a screen reader says both with the group.
#[component]
fn Legend(step: usize, text: String) -> impl IntoView {
    view! {
        <legend>
            <span class="question-numero">{format!("Question {step} sur {}", total_steps())}</span>
            <span class="question-texte">{text}</span>
        </legend>
    }
}

#[component]
fn ActivityQuestion(
    index: usize,
    chosen: Option<Answer>,
    on_answer: impl Fn(usize, Answer) + 'static + Copy,
) -> impl IntoView {
    let item = &QUIZ_ITEMS[index];
    view! {
        <fieldset class="question" id="question" tabindex="-1">
            <Legend step=index + 1 text=item.text.to_string()/>
            <p class="question-consigne">"Est-ce que ça te plairait ?"</p>
            <div class="reponses">
                {Answer::ALL.iter().enumerate().map(|(i, answer)| view! {
                    <button type="button" class="reponse" aria-pressed=(chosen == Some(*answer)).to_string()
                        on:click=move |_| on_answer(index, *answer)>
                        <span class="reponse-picto"><Picto name=pictograms::of("reponses", answer.id())/></span>
                        <span>{answer.label()}</span>
                        <kbd class="reponse-touche" aria-hidden="true">{i + 1}</kbd>
                    </button>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// A single-choice context question whose answer is stored by `set`.
#[component]
fn ChoiceQuestion<T: Copy + PartialEq + Send + Sync + 'static>(
    step: usize,
    text: &'static str,
    choices: Vec<(Option<T>, &'static str)>,
    current: Option<T>,
    set: impl Fn(Option<T>) + 'static + Copy,
) -> impl IntoView {
    view! {
        <fieldset class="question" id="question" tabindex="-1">
            <Legend step text=text.to_string()/>
            <div class="reponses reponses-colonne">
                {choices.into_iter().map(|(value, label)| view! {
                    <button type="button" class="reponse" aria-pressed=(current == value && value.is_some()).to_string() on:click=move |_| set(value)>
                        <span>{label}</span>
                    </button>
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn StudyQuestion(progress: RwSignal<Progress>, on_next: impl Fn() + 'static + Copy) -> impl IntoView {
    let mut choices: Vec<(Option<StudyLength>, &'static str)> = vec![
        (Some(StudyLength::Aucune), "Pas d'études, je veux travailler vite"),
        (Some(StudyLength::MoinsDUnAn), "Moins d'un an"),
        (Some(StudyLength::UnADeuxAns), "1 à 2 ans"),
        (Some(StudyLength::TroisAnsEtPlus), "3 ans et plus"),
    ];
    choices.push((None, "Je ne sais pas"));
    view! {
        <ChoiceQuestion step=QUIZ_ITEMS.len() + 1 text="Combien de temps d'études te semble possible ?"
            choices current=progress.with_untracked(|p| p.answers.study)
            set=move |v| { progress.update(|p| p.answers.study = v); on_next() }/>
    }
}

#[component]
fn LicenceQuestion(progress: RwSignal<Progress>, on_next: impl Fn() + 'static + Copy) -> impl IntoView {
    let choices = vec![
        (Some(LicenceAnswer::Have), "Oui, je l'ai"),
        (Some(LicenceAnswer::Could), "Je pourrais le passer"),
        (Some(LicenceAnswer::No), "Non, pas pour l'instant"),
        (None, "Je ne sais pas"),
    ];
    view! {
        <ChoiceQuestion step=QUIZ_ITEMS.len() + 2 text="Le permis de conduire : tu l'as, ou tu pourrais le passer ?"
            choices current=progress.with_untracked(|p| p.answers.licence)
            set=move |v| { progress.update(|p| p.answers.licence = v); on_next() }/>
    }
}

#[component]
fn PublicsQuestion(progress: RwSignal<Progress>, on_finish: impl Fn() + 'static + Copy) -> impl IntoView {
    let chosen =
        move |public: Public| progress.with(|p| p.answers.publics.as_ref().is_some_and(|c| c.contains(&public)));
    let toggle = move |public: Public, on: bool| {
        progress.update(|p| {
            let publics = p.answers.publics.get_or_insert_with(Vec::new);
            publics.retain(|x| *x != public);
            if on {
                publics.push(public);
                publics.sort();
            }
        })
    };
    view! {
        <fieldset class="question" id="question" tabindex="-1">
            <Legend step=total_steps() text="Auprès de qui aimerais-tu travailler ?".to_string()/>
            <p class="question-consigne">"Coche autant de réponses que tu veux, ou aucune si tu ne sais pas encore."</p>
            <div class="cases">
                {Public::ALL.iter().map(|public| {
                    let id = format!("public-{}", public.id());
                    view! {
                        <div class="case">
                            <input type="checkbox" id=id.clone() prop:checked=move || chosen(*public)
                                on:change:target=move |ev| toggle(*public, ev.target().checked())/>
                            <label for=id>{public.label()}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <p class="actions">
            <button type="button" class="bouton" on:click=move |_| {
                progress.update(|p| { p.answers.publics.get_or_insert_with(Vec::new); });
                on_finish()
            }>"Voir mes résultats"</button>
        </p>
    }
}
