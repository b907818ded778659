//! `/quiz/resultats?r=…`: the results, rebuilt from the answers in the URL so that the same link
//! shows the same results on any device. `&classe=1` speaks to a class (see `class_quiz`).

use crate::components::pictograms::Picto;
use crate::data::{PROFILES, QUIZ_ITEMS};
use crate::href;
use crate::routes::class_quiz;
use crate::routes::quiz::{results_url, Progress};
use guide_domain::quiz::{self, share, Answers, Match, Outcome};
use guide_domain::vocab::Licence;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

#[component]
pub fn QuizResults() -> impl IntoView {
    let query = use_query_map();
    let decoded = Memo::new(move |_| {
        query.read().get("r").ok_or(share::InvalidLink).and_then(|code| share::decode(&code, QUIZ_ITEMS.len()))
    });
    let group = Memo::new(move |_| query.read().get("classe").is_some());
    move || match decoded.get() {
        Err(_) => view! { <InvalidLink/> }.into_any(),
        Ok(answers) => {
            crate::mark("quiz:calcul-debut");
            let outcome = quiz::score(QUIZ_ITEMS, &answers, PROFILES);
            crate::mark("quiz:calcul-fin");
            let group = group.get();
            match outcome {
                Outcome::NotEnough { answered, needed } => {
                    view! { <NotEnough answers answered needed group/> }.into_any()
                }
                Outcome::Ranked(ranked) => view! { <Ranked answers ranked group/> }.into_any(),
            }
        }
    }
}

#[component]
fn InvalidLink() -> impl IntoView {
    view! {
        <Title text="Lien de résultats non valide"/>
        <h1 tabindex="-1">"Ce lien de résultats n'est pas valide"</h1>
        <p>"Il a peut-être été coupé ou modifié en route. Tes réponses ne sont pas perdues si tu as fait le quiz sur cet appareil."</p>
        <p class="actions"><A href=href("/quiz") attr:class="bouton">"Faire le quiz"</A></p>
    }
}

#[component]
fn NotEnough(answers: Answers, answered: usize, needed: usize, group: bool) -> impl IntoView {
    let navigate = use_navigate();
    let resume = move |_| {
        if group {
            // The class tally is still on this device: the teacher resumes where they stopped.
            navigate("/quiz/classe", Default::default());
            return;
        }
        let first_open = answers.items.iter().position(|a| a.is_none_or(|a| a == quiz::Answer::DontKnow)).unwrap_or(0);
        Progress { answers: answers.clone(), step: first_open + 1 }.save();
        navigate("/quiz", Default::default());
    };
    view! {
        <Title text="Encore quelques réponses"/>
        <h1 tabindex="-1">"Réponds à quelques questions de plus"</h1>
        <p>{format!(
            "Avec {answered} réponse{} « J'adorerais », « Pourquoi pas » ou « Pas pour moi », le quiz ne peut pas encore te proposer de pistes sérieuses : il en faut au moins {needed}.",
            if answered > 1 { "s" } else { "" }
        )}</p>
        <p>"« Je ne sais pas » est une vraie réponse, mais elle ne dit rien de tes goûts. Essaie d'imaginer l'activité : est-ce qu'elle te plairait un peu ?"</p>
        <p class="actions"><button type="button" class="bouton" on:click=resume>"Compléter mes réponses"</button></p>
    }
}

fn absolute(path: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let base = document().base_uri().ok().flatten().unwrap_or_default();
    let base_path = base.strip_prefix(&origin).unwrap_or("/").trim_end_matches('/');
    format!("{origin}{base_path}{path}")
}

#[component]
fn Ranked(answers: Answers, ranked: Vec<Match>, group: bool) -> impl IntoView {
    let also: Vec<Match> = quiz::also_discover(&ranked).into_iter().cloned().collect();
    let surprise = also.get(2).map(|m| m.profile.slug);
    let top: Vec<Match> = ranked.into_iter().take(3).collect();
    let first = top[0].profile.slug;
    let share_url = absolute(&results_url(&answers)) + if group { "&classe=1" } else { "" };
    let qr = share::qr_svg(&share_url).unwrap_or_default();
    let restart = move |_| {
        if group {
            class_quiz::forget();
        } else {
            Progress::forget();
        }
    };
    view! {
        <Title text=if group { "Les pistes de la classe" } else { "Tes pistes de métiers" }/>
        <h1 tabindex="-1">{if group { "Les pistes de la classe" } else { "Tes pistes de métiers" }}</h1>
        <p class="encadre">"Ce sont des pistes, pas un verdict : le quiz compare tes goûts avec ce que demandent les métiers. "
            "Lis les fiches, parles-en autour de toi, et essaie : un stage ou une immersion en dit plus que n'importe quel quiz."</p>
        <ol class="pistes">
            {top.into_iter().map(|m| view! { <Lead m group/> }).collect_view()}
        </ol>
        <h2>"À découvrir aussi"</h2>
        <ul class="cartes-metiers" role="list">
            {also.into_iter().map(|m| {
                let p = m.profile;
                let unexpected = Some(p.slug) == surprise;
                view! {
                    <li class="carte-metier">
                        {unexpected.then(|| view! { <p class="badge badge-ouvert">"Une piste à laquelle tu n'as peut-être pas pensé"</p> })}
                        <h3 class="carte-titre"><A href=href(&format!("/metiers/{}", p.slug))>{p.title()}</A></h3>
                        <p class="carte-resume">{p.summary}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><A href=href("/metiers")>"Voir tous les métiers"</A></p>
        <h2>"Et maintenant ?"</h2>
        <ul class="liens-suite">
            <li><A href=href(&format!("/metiers/{first}"))>"Lire la fiche de ta première piste"</A></li>
            <li><A href=href(&format!("/carte?metier={first}"))>"Trouver où se former"</A></li>
            <li><A href=href("/accompagnement")>"Se faire accompagner : immersion, formation payée, qui contacter"</A></li>
            <li><A href=href(if group { "/vrai-ou-faux/classe" } else { "/vrai-ou-faux" })>"Tester ses idées reçues sur ces métiers : « Vrai ou faux ? »"</A></li>
            <li>"Demander un stage ou une immersion, ou aller aux portes ouvertes d'une école : c'est le meilleur moyen de savoir si un métier te plaît."</li>
        </ul>
        <section class="partage" aria-labelledby="partage-titre">
            <h2 id="partage-titre">"Garder mes résultats"</h2>
            <p>"Scanne ce code avec ton téléphone pour retrouver ces résultats. Il ne contient que tes réponses, rien d'autre."</p>
            <div class="qr" role="img" aria-label="Code QR du lien vers ces résultats" inner_html=qr></div>
            <p class="lien-partage"><a href=share_url.clone()>{share_url.clone()}</a></p>
        </section>
        <p class="actions">
            <A href=href(if group { "/quiz/classe" } else { "/quiz" }) attr:class="bouton bouton-secondaire" on:click=restart>"Recommencer le quiz"</A>
            <A href=href("/quiz/comment-ca-marche") attr:class="bouton bouton-secondaire">"Comment ça marche ?"</A>
        </p>
    }
}

#[component]
fn Lead(m: Match, group: bool) -> impl IntoView {
    let who = if group { "La classe a surtout répondu" } else { "Tu as répondu" };
    let p = m.profile;
    view! {
        <li class="piste">
            <h2 class="titre-picto">{p.picto.map(|name| view! { <Picto name/> })}<A href=href(&format!("/metiers/{}", p.slug))>{p.title()}</A></h2>
            <p>{p.summary}</p>
            <h3>"Pourquoi ce métier ?"</h3>
            <ul>
                {m.reasons.iter().map(|r| view! {
                    <li>{who}" « "{r.answer.label()}" » à « "{QUIZ_ITEMS[r.item].text}" »."</li>
                }).collect_view()}
            </ul>
            {m.longer_studies.then(|| view! {
                <p class="note-piste">{format!("Les études durent plus longtemps que prévu ({}) : c'est un effort, mais il existe des aides et l'apprentissage.", p.study.label().to_lowercase())}</p>
            })}
            {m.needs_licence.then(|| view! {
                <p class="note-piste">{if p.licence == Licence::Indispensable { "Le permis de conduire est indispensable pour ce métier." } else { "Le permis de conduire est souvent demandé pour ce métier." }}</p>
            })}
            <p class="actions">
                <A href=href(&format!("/metiers/{}", p.slug)) attr:class="bouton">"Voir la fiche"</A>
                <A href=href(&format!("/carte?metier={}", p.slug)) attr:class="bouton bouton-secondaire">"Où se former ?"</A>
            </p>
        </li>
    }
}
