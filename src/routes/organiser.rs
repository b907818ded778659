//! `/organisateur` (not in the navigation): what a forum organiser sets up before an event on
//! the stand's tablet: offline readiness, borne mode and its idle time, class mode, and the
//! stand's anonymous statistics.

use crate::data::{catalog, KIOSK_COUNTDOWN_SECONDS, KIOSK_IDLE_SECONDS, MYTHS};
use crate::modes::use_modes;
use crate::stats;
use guide_domain::stand::{StandStats, MIN_IDLE_SECONDS};
use leptos::prelude::*;
use leptos_meta::Title;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A quarter of an hour: longer, the next visitor would find the previous one's answers.
const MAX_IDLE_SECONDS: u32 = 900;

#[component]
pub fn Organiser() -> impl IntoView {
    view! {
        <Title text="Espace organisateur"/>
        <h1 tabindex="-1">"Espace organisateur"</h1>
        <p class="accroche">"Pour préparer une tablette de stand ou un vidéoprojecteur avant un forum ou un cours. Tout se règle sur cet appareil seulement."</p>
        <OfflineReadiness/>
        <KioskSettings/>
        <ClassSettings/>
        <StandStatistics/>
    }
}

/// What the service worker says about its cache.
#[derive(Clone, Copy, PartialEq)]
struct CacheStatus {
    cached: u32,
    total: u32,
}

/// Why the readiness cannot be known or reached.
#[derive(Clone, Copy, PartialEq)]
enum Unavailable {
    /// This browser has no service workers (or they are blocked).
    Unsupported,
    /// No worker answered: a development build, or a host that does not serve sw.js.
    NoWorker,
}

async fn js<T: JsCast>(promise: js_sys::Promise) -> Option<T> {
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

/// Asks the service worker (`status` or `prepare`, see assets/sw.js) and waits for its answer
/// on a private channel. The first time, registers it rather than waiting for the page's own
/// deferred registration.
async fn ask_worker(message: &str) -> Result<CacheStatus, Unavailable> {
    let navigator = window().navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return Err(Unavailable::Unsupported);
    }
    let container = navigator.service_worker();
    let registration: web_sys::ServiceWorkerRegistration = match js(container.get_registration()).await {
        Some(registration) => registration,
        None => {
            let base = document().base_uri().ok().flatten().unwrap_or_default();
            let url = web_sys::Url::new_with_base("sw.js", &base).map_err(|_| Unavailable::NoWorker)?;
            js(container.register(&url.href())).await.ok_or(Unavailable::NoWorker)?
        }
    };
    let worker = match registration.active() {
        Some(worker) => worker,
        None => js::<web_sys::ServiceWorkerRegistration>(container.ready().map_err(|_| Unavailable::NoWorker)?)
            .await
            .and_then(|r| r.active())
            .ok_or(Unavailable::NoWorker)?,
    };
    let channel = web_sys::MessageChannel::new().map_err(|_| Unavailable::NoWorker)?;
    let port = channel.port1();
    let reply = js_sys::Promise::new(&mut |resolve, _| port.set_onmessage(Some(&resolve)));
    worker
        .post_message_with_transferable(&JsValue::from_str(message), &js_sys::Array::of1(&channel.port2()))
        .map_err(|_| Unavailable::NoWorker)?;
    let event: web_sys::MessageEvent = js(reply).await.ok_or(Unavailable::NoWorker)?;
    let data = event.data();
    let number = |key: &str| js_sys::Reflect::get(&data, &JsValue::from_str(key)).ok().and_then(|v| v.as_f64());
    match (number("cached"), number("total")) {
        (Some(cached), Some(total)) => Ok(CacheStatus { cached: cached as u32, total: total as u32 }),
        _ => Err(Unavailable::NoWorker),
    }
}

/// The readiness in the organiser's words (`None`: still asking).
fn describe(status: Option<Result<CacheStatus, Unavailable>>) -> String {
    match status {
        None => "Vérification…".into(),
        Some(Err(Unavailable::Unsupported)) => {
            "Ce navigateur ne permet pas l'utilisation hors ligne (ou elle est bloquée). \
            Utilisez un navigateur récent, hors navigation privée."
                .into()
        }
        Some(Err(Unavailable::NoWorker)) => "L'utilisation hors ligne n'est pas disponible sur cette version du guide \
            (version de développement, ou serveur sans le fichier sw.js)."
            .into(),
        Some(Ok(CacheStatus { cached, total })) if cached >= total => {
            format!("Cet appareil est prêt pour une utilisation hors ligne : les {total} fichiers du guide sont enregistrés.")
        }
        Some(Ok(CacheStatus { cached, total })) => format!(
            "Pas encore prêt : {cached} fichiers sur {total} sont enregistrés. \
             Connectez l'appareil à un bon réseau, puis touchez « Préparer cet appareil »."
        ),
    }
}

#[component]
fn OfflineReadiness() -> impl IntoView {
    let status = LocalResource::new(|| ask_worker("status"));
    let (preparing, set_preparing) = signal(false);
    let prepare = move |_| {
        set_preparing.set(true);
        leptos::task::spawn_local(async move {
            let _ = ask_worker("prepare").await;
            set_preparing.set(false);
            status.refetch();
        });
    };
    let described = move || describe(status.get());
    let ready = move || matches!(status.get(), Some(Ok(CacheStatus { cached, total })) if cached >= total);
    view! {
        <section class="reglage" aria-labelledby="hors-ligne-titre">
            <h2 id="hors-ligne-titre">"Hors ligne"</h2>
            <p>"Sur un stand, le Wi-Fi est souvent mauvais. Une fois préparé, l'appareil affiche tout le guide sans réseau : fiches, quiz, carte."</p>
            <p class="etat" class:etat-pret=ready role="status">{described}</p>
            <p class="actions">
                <button type="button" class="bouton" disabled=preparing on:click=prepare>
                    {move || if preparing.get() { "Préparation en cours…" } else { "Préparer cet appareil" }}
                </button>
                <button type="button" class="bouton bouton-secondaire" on:click=move |_| status.refetch()>"Vérifier à nouveau"</button>
            </p>
        </section>
    }
}

#[component]
fn ModeCheckbox(
    id: &'static str,
    label: &'static str,
    on: RwSignal<bool>,
    set: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="case">
            <input type="checkbox" id=id prop:checked=move || on.get() on:change:target=move |ev| set(ev.target().checked())/>
            <label for=id>{label}</label>
        </div>
    }
}

#[component]
fn KioskSettings() -> impl IntoView {
    let modes = use_modes();
    view! {
        <section class="reglage" aria-labelledby="borne-titre">
            <h2 id="borne-titre">"Mode borne (tablette de stand)"</h2>
            <p>"Pour une tablette laissée en libre accès : un bouton « Recommencer » toujours visible, les liens vers d'autres sites remplacés par un code QR, et un retour à l'accueil quand personne ne touche l'écran. Les réponses du visiteur sont alors effacées pour la personne suivante."</p>
            <ModeCheckbox id="mode-borne" label="Mode borne sur cet appareil" on=modes.kiosk set=move |on| modes.set_kiosk(on)/>
            <div class="champ">
                <label for="veille">"Secondes sans toucher l'écran avant « Tu es toujours là ? »"</label>
                <input type="number" id="veille" min=MIN_IDLE_SECONDS max=MAX_IDLE_SECONDS inputmode="numeric" aria-describedby="veille-aide"
                    prop:value=move || modes.idle_seconds.get().to_string()
                    on:change:target=move |ev| {
                        if let Ok(seconds) = ev.target().value().parse::<u32>() {
                            modes.set_idle_seconds(seconds.clamp(MIN_IDLE_SECONDS, MAX_IDLE_SECONDS));
                        }
                    }/>
                <p id="veille-aide" class="aide">{format!(
                    "Par défaut {KIOSK_IDLE_SECONDS} secondes. Le message laisse ensuite {KIOSK_COUNTDOWN_SECONDS} secondes pour continuer."
                )}</p>
            </div>
            <p>"Astuce : l'adresse du guide suivie de "<code>"?borne=1"</code>" active aussi le mode borne ; "<code>"?borne=0"</code>" le coupe."</p>
        </section>
    }
}

#[component]
fn ClassSettings() -> impl IntoView {
    let modes = use_modes();
    view! {
        <section class="reglage" aria-labelledby="classe-titre">
            <h2 id="classe-titre">"Mode classe (vidéoprojecteur)"</h2>
            <p>"Texte et boutons très grands, contraste renforcé, sans décoration. Au clavier : sur une fiche, flèches gauche et droite pour passer d'une partie à l'autre ; F pour le plein écran ; Échap pour quitter le mode classe."</p>
            <ModeCheckbox id="mode-classe" label="Mode classe sur cet appareil" on=modes.class set=move |on| modes.set_class(on)/>
            <p>"Aussi avec "<code>"?classe=1"</code>" dans l'adresse, ou le bouton « Mode classe » en bas de chaque page."</p>
        </section>
    }
}

fn profile_title(slug: &str) -> String {
    catalog().profile(slug).map_or(slug.to_string(), |p| p.title())
}

fn statement_text(id: &str) -> String {
    MYTHS.iter().find(|m| m.id == id).map_or(id.to_string(), |m| m.text.to_string())
}

/// The first three of a ranking, named by `name`, with their counts.
fn top_three(ranked: &[(&str, u32)], name: fn(&str) -> String) -> String {
    if ranked.is_empty() {
        return "—".into();
    }
    ranked.iter().take(3).map(|(key, n)| format!("{} ({n})", name(key))).collect::<Vec<_>>().join(", ")
}

/// Offers the statistics as a CSV file, made on the device.
fn download_csv(stats: &StandStats) {
    let csv = stats.csv(profile_title, statement_text);
    // The byte order mark makes spreadsheet software read the accents right.
    let parts = js_sys::Array::of1(&JsValue::from_str(&format!("\u{feff}{csv}")));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(link) = document().create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(&format!("statistiques-stand-{}.csv", stats::today_iso()));
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
fn StandStatistics() -> impl IntoView {
    let stats = RwSignal::new(stats::load());
    let (confirming, set_confirming) = signal(false);
    let erase = move |_| {
        stats::erase();
        stats.set(StandStats::default());
        set_confirming.set(false);
    };
    view! {
        <section class="reglage" aria-labelledby="stats-titre">
            <h2 id="stats-titre">"Statistiques du stand"</h2>
            <p>"Comptées seulement en mode borne, sans rien savoir des visiteurs : quiz commencés et terminés, métiers proposés en tête des résultats, fiches consultées, parties de « Vrai ou faux ? » et idées reçues qui ont surpris, jour par jour. Elles restent sur cet appareil et ne sont envoyées nulle part."</p>
            {move || stats.with(|s| if s.is_empty() {
                view! { <p>"Aucune statistique pour l'instant."</p> }.into_any()
            } else {
                view! {
                    <div class="tableau-defilant" tabindex="0" role="region" aria-label="Statistiques par jour">
                        <table class="tableau-stats">
                            <thead>
                                <tr>
                                    <th scope="col">"Jour"</th>
                                    <th scope="col">"Quiz commencés"</th>
                                    <th scope="col">"Quiz terminés"</th>
                                    <th scope="col">"Métiers les plus proposés"</th>
                                    <th scope="col">"Fiches les plus consultées"</th>
                                    <th scope="col">"Parties de Vrai ou faux"</th>
                                    <th scope="col">"Idées reçues qui ont le plus surpris"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {s.days().into_iter().map(|d| view! {
                                    <tr>
                                        <th scope="row">{guide_domain::territory::french_iso_date(d.day)}</th>
                                        <td>{d.quizzes_started}</td>
                                        <td>{d.quizzes_finished}</td>
                                        <td>{top_three(&d.in_results, profile_title)}</td>
                                        <td>{top_three(&d.viewed, profile_title)}</td>
                                        <td>{d.myth_rounds}</td>
                                        <td>{top_three(&d.surprises, statement_text)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            })}
            <p class="actions">
                <button type="button" class="bouton" disabled=move || stats.with(StandStats::is_empty)
                    on:click=move |_| stats.with_untracked(download_csv)>"Télécharger (CSV)"</button>
                <button type="button" class="bouton bouton-secondaire" disabled=move || stats.with(StandStats::is_empty)
                    on:click=move |_| set_confirming.set(true)>"Effacer les statistiques"</button>
            </p>
            {move || confirming.get().then(|| view! {
                <div class="alerte" role="alert">
                    <p>"Effacer toutes les statistiques de cet appareil ? Pensez à les télécharger avant."</p>
                    <p class="actions">
                        <button type="button" class="bouton" on:click=erase>"Oui, tout effacer"</button>
                        <button type="button" class="bouton bouton-secondaire" on:click=move |_| set_confirming.set(false)>"Annuler"</button>
                    </p>
                </div>
            })}
        </section>
    }
}
