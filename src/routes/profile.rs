//! `/metiers/:slug`: one profile. The key facts come from the compiled catalogue and show at
//! once; the body is fetched when the page opens.

use crate::components::links::{scroll_and_focus, ExternalLink, FetchedHtml};
use crate::components::pictograms::{self, Picto};
use crate::components::where_to_look::Catalogues;
use crate::data::{catalog, profile_body, ERROR_REPORT_ADDRESS, MYTHS};
use crate::href;
use crate::modes::{typing, use_modes};
use crate::routes::profiles::access_badge;
use crate::stats;
use guide_domain::catalog::{Diploma, Profile};
use guide_domain::stand::StandEvent;
use guide_domain::territory::french_iso_date;
use guide_domain::text::error_report_mailto;
use guide_domain::vocab::{Licence, Section};
use leptos::ev;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let params = use_params_map();
    let profile = move || params.read().get("slug").and_then(|slug| catalog().profile(&slug));
    move || match profile() {
        Some(profile) => view! { <ProfileView profile/> }.into_any(),
        None => view! { <UnknownProfile/> }.into_any(),
    }
}

#[component]
fn UnknownProfile() -> impl IntoView {
    view! {
        <Title text="Métier introuvable"/>
        <h1 tabindex="-1">"Ce métier n'est pas (encore) dans le guide"</h1>
        <p>"Le lien est peut-être ancien, ou ce métier n'a pas encore sa fiche. Voici les métiers présentés :"</p>
        <ul class="liste-simple">
            {catalog().profiles.iter().map(|p| view! {
                <li><A href=href(&format!("/metiers/{}", p.slug))>{p.title()}</A></li>
            }).collect_view()}
        </ul>
    }
}

/// Class mode shows one part of the body at a time, like slides; `None` shows them all.
fn show_part(part: Option<usize>) {
    let Some(body) = document().query_selector(".corps-fiche").ok().flatten() else { return };
    let children = body.children();
    let mut current: Option<usize> = None;
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        if child.tag_name() == "H2" {
            current = Some(current.map_or(0, |c| c + 1));
        }
        let _ = if part.is_none() || part == current {
            child.remove_attribute("hidden")
        } else {
            child.set_attribute("hidden", "")
        };
    }
}

#[component]
fn ProfileView(profile: &'static Profile) -> impl IntoView {
    stats::record(StandEvent::ProfileViewed { slug: profile.slug });
    let modes = use_modes();
    let slide = RwSignal::new(0usize);
    let body_shown = RwSignal::new(false);
    let last = Section::ALL.len() - 1;
    let go_to_slide = move |to: usize| {
        let to = to.min(last);
        slide.set(to);
        // The part must be visible before its heading can take focus.
        if modes.class.get_untracked() {
            show_part(Some(to));
        }
        scroll_and_focus(Section::ALL[to].id());
    };
    Effect::new(move |_| {
        // Re-run when the body arrives, and let it reach the document first. The frame reads the part
        // again: a key pressed before it came may have moved on, and a stale part would hide the heading
        // that just took focus.
        let loaded = body_shown.get();
        let _ = (modes.class.get(), slide.get());
        if loaded {
            request_animation_frame(move || show_part(modes.class.get_untracked().then(|| slide.get_untracked())));
        }
    });
    let keys = window_event_listener(ev::keydown, move |ev| {
        if !modes.class.get_untracked() || typing() || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let current = slide.get_untracked();
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" if current < last => go_to_slide(current + 1),
            "ArrowLeft" | "PageUp" if current > 0 => go_to_slide(current - 1),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let diplomas: Vec<&'static Diploma> = profile.diplomas.iter().filter_map(|id| catalog().diploma(id)).collect();
    view! {
        <Title text=profile.title()/>
        <article class="fiche">
            <p class="fil-ariane"><A href=href("/metiers")>"Les métiers"</A>" › "<span>{profile.title()}</span></p>
            <div class="fiche-titre">
                {profile.picto.map(|name| view! { <span class="fiche-picto"><Picto name/></span> })}
                <h1 tabindex="-1">{profile.title()}</h1>
            </div>
            <p class="fiche-resume">{profile.summary}</p>
            <div class="fiche-haut">
                <KeyFacts profile diplomas/>
                <nav class="sommaire" aria-label="Dans cette fiche">
                    <h2 class="sommaire-titre">"Dans cette fiche"</h2>
                    <ol>
                        {Section::ALL.iter().enumerate().map(|(i, s)| view! {
                            <li><a href=format!("#{}", s.id()) on:click=move |ev| { ev.prevent_default(); go_to_slide(i) }>{s.label()}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
            </div>
            <p class="actions">
                <A href=href(&format!("/carte?metier={}", profile.slug)) attr:class="bouton">"Où se former ?"</A>
                <A href=href("/quiz") attr:class="bouton bouton-secondaire">"Faire le quiz"</A>
                <A href=href("/accompagnement") attr:class="bouton bouton-secondaire">"Se faire accompagner"</A>
                <A href=href(&format!("/metiers/{}/fiche-activite", profile.slug)) attr:class="bouton bouton-secondaire">"Fiche activité pour la classe"</A>
            </p>
            {move || modes.class.get().then(|| view! {
                <nav class="diapos" aria-label="Parties de la fiche">
                    <button type="button" class="bouton bouton-secondaire" disabled=move || slide.get() == 0 on:click=move |_| go_to_slide(slide.get_untracked().saturating_sub(1))>"← Partie précédente"</button>
                    <p aria-live="polite">{move || format!("Partie {} sur {} : {}", slide.get() + 1, last + 1, Section::ALL[slide.get()].label())}</p>
                    <button type="button" class="bouton bouton-secondaire" disabled=move || slide.get() == last on:click=move |_| go_to_slide(slide.get_untracked() + 1)>"Partie suivante →"</button>
                </nav>
            })}
            <FetchedHtml path=profile_body(profile.slug) shown=body_shown loading="Chargement de la fiche…"
                advice="Vérifiez la connexion, puis réessayez. Les informations clés ci-dessus restent valables."/>
            <Related profile/>
            <MythsAbout profile/>
            <footer class="fiche-verification">
                <p>"Informations vérifiées le "{french_iso_date(profile.checked_on)}
                    " (la plus ancienne vérification des sources de cette fiche). Les règles changent avec les réformes : "
                    "chaque numéro dans le texte mène à sa source."</p>
                <ErrorReport profile/>
            </footer>
        </article>
    }
}

#[component]
fn KeyFacts(profile: &'static Profile, diplomas: Vec<&'static Diploma>) -> impl IntoView {
    let licence = match profile.licence {
        Licence::Indispensable => "Indispensable",
        Licence::Utile => "Souvent demandé",
        Licence::Non => "Pas nécessaire en général",
    };
    view! {
        <section class="essentiel" aria-labelledby="essentiel-titre">
            <h2 id="essentiel-titre">"L'essentiel"</h2>
            <dl>
                <dt>"Accès"</dt>
                <dd>{access_badge(profile)}</dd>
                <dt>"Permis de conduire"</dt>
                <dd>{licence}</dd>
                <dt>"Auprès de qui"</dt>
                <dd><ul class="liste-pictos">{profile.publics.iter().map(|p| view! {
                    <li><Picto name=pictograms::of("publics", p.id())/>{p.label()}</li>
                }).collect_view()}</ul></dd>
                <dt>"Où"</dt>
                <dd><ul class="liste-pictos">{profile.workplaces.iter().map(|w| view! {
                    <li><Picto name=pictograms::of("lieux", w.id())/>{w.label()}</li>
                }).collect_view()}</ul></dd>
            </dl>
            {(!diplomas.is_empty()).then(|| view! {
                <h3>"Diplômes qui y mènent"</h3>
                <ul class="diplomes">
                    {diplomas.into_iter().map(|d| view! {
                        <li>
                            <strong>{d.acronym}</strong>" — "{d.name}
                            {d.level.map(|l| view! { <span class="detail">{format!(" Niveau {l}.")}</span> })}
                            {d.duration.map(|t| view! { <span class="detail">" "{t}</span> })}
                            {d.access.map(|t| view! { <span class="detail">" Accès : "{t}</span> })}
                            <DiplomaSources diploma=d/>
                            {(!d.catalogues.is_empty()).then(|| view! {
                                <span class="detail ou-chercher-diplome">" Les organismes qui y préparent changent chaque année : "<Catalogues diploma=d/></span>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}

/// A diploma's sources stand next to it: site and date, each a link to the page.
#[component]
fn DiplomaSources(diploma: &'static Diploma) -> impl IntoView {
    view! {
        <span class="detail sources-diplome">
            {diploma.rncp.map(|n| format!(" Fiche {n}."))}
            " Sources : "
            {diploma.sources.iter().enumerate().map(|(i, s)| view! {
                {(i > 0).then_some(", ")}
                <ExternalLink href=s.url>{s.site}" ("{french_iso_date(s.date)}")"</ExternalLink>
            }).collect_view()}
            "."
        </span>
    }
}

/// « Signaler une erreur »: an e-mail prefilled with the page and the day, to the address the
/// deployment sets (content/site.toml); nothing is shown without one, and the app sends nothing.
#[component]
fn ErrorReport(profile: &'static Profile) -> impl IntoView {
    ERROR_REPORT_ADDRESS.map(|address| {
        let link = move || {
            let page = window().location().href().unwrap_or_default();
            let today = french_iso_date(&crate::stats::today_iso());
            error_report_mailto(address, &profile.title(), &page, &today)
        };
        view! {
            <p class="signaler"><a href=link>"Signaler une erreur sur cette fiche"</a>
                " (ouvre votre messagerie ; rien n'est envoyé sans vous)"</p>
        }
    })
}

/// « 3 idées reçues sur ce métier »: statements of the game that concern this profile, each
/// answered behind a « Voir la réponse » toggle, and the way to the game.
#[component]
fn MythsAbout(profile: &'static Profile) -> impl IntoView {
    let about: Vec<_> = MYTHS.iter().filter(|m| m.profiles.contains(&profile.slug)).take(3).collect();
    (!about.is_empty()).then(|| {
        let n = about.len();
        view! {
            <section class="idees-recues" aria-labelledby="idees-recues-titre">
                <h2 id="idees-recues-titre">{if n == 1 { "Une idée reçue sur ce métier".to_string() } else { format!("{n} idées reçues sur ce métier") }}</h2>
                <ul class="liste-simple">
                    {about.into_iter().map(|m| view! {
                        <li>
                            <details>
                                <summary>{m.text}" — vrai ou faux ?"</summary>
                                <p><strong>{m.answer.label()}". "</strong>{m.explanation}</p>
                            </details>
                        </li>
                    }).collect_view()}
                </ul>
                <p><A href=href("/vrai-ou-faux")>"Jouer à « Vrai ou faux ? »"</A></p>
            </section>
        }
    })
}

#[component]
fn Related(profile: &'static Profile) -> impl IntoView {
    view! {
        <section class="proches" aria-labelledby="proches-titre">
            <h2 id="proches-titre">"Métiers proches"</h2>
            <ul class="liste-simple">
                {profile.related.iter().filter_map(|slug| catalog().profile(slug)).map(|p| view! {
                    <li><A href=href(&format!("/metiers/{}", p.slug))>{p.title()}</A>" : "{p.summary}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}
