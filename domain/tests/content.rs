//! Content validation, as `zola check` does it: the real content folder must be valid, and each
//! kind of mistake an editor can make must be reported with file, line and field.

use guide_domain::content::{self, render_markdown, Citing, ContentError, Declared, LinkTargets};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

fn real_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

#[test]
fn the_real_content_folder_is_valid_and_complete() {
    let content = content::load(&real_content()).unwrap_or_else(|e| panic!("\n{}", content::report(&e)));
    assert!(content.catalog.profiles.len() >= 20, "{} fiches", content.catalog.profiles.len());
    for slug in ["aide-a-domicile", "aide-soignant", "infirmier", "accompagnant-eleves-handicap", "ambulancier"] {
        assert!(content.catalog.profile(slug).is_some(), "fiche manquante : {slug}");
    }
    for id in [
        "deas",
        "dei",
        "deaes",
        "deap",
        "detisf",
        "deme",
        "dees",
        "deeje",
        "deaf",
        "dea",
        "titre-advf",
        "bac-pro-assp",
        "bac-pro-aepa",
        "bac-pro-sapat",
        "cap-aepe",
        "cap-aaga",
        "bts-sp3s",
    ] {
        assert!(content.catalog.diploma(id).is_some(), "diplôme manquant : {id}");
    }
    let map = &content.map;
    assert_eq!(map.departements.len(), 96, "départements de métropole");
    assert!(map.communes.len() >= 1000, "{} communes", map.communes.len());
    let territory: Vec<_> = map.centres.iter().filter(|c| !c.id.starts_with("uai-")).collect();
    assert!(territory.len() >= 40, "{} centres des territoires", territory.len());
    assert!(map.centres.len() > 500, "{} centres en tout", map.centres.len());
    for c in &map.centres {
        assert!(!c.diplomas.is_empty() && !c.source.is_empty() && !c.licence.is_empty(), "{}", c.id);
        for d in &c.diplomas {
            assert!(content.catalog.diploma(d).is_some(), "{} : {d}", c.id);
        }
    }
    let mut ids: Vec<_> = map.centres.iter().map(|c| &c.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), map.centres.len(), "identifiants en double");
    assert!(content.territories.len() >= 2);
    for t in &content.territories {
        assert!(!t.contacts.is_empty() && !t.sources.is_empty(), "{}", t.id);
    }
    let events: Vec<_> = content.territories.iter().flat_map(|t| t.events).collect();
    assert!(events.len() >= 3, "les événements passés des deux territoires");
    for (slug, html) in &content.bodies {
        assert!(!html.contains("<script") && !html.contains("<h1"), "{slug}");
    }
    // « Vrai ou faux ? »: enough statements to mix every theme in a round, each answered and sourced.
    use guide_domain::vocab::{Theme, Verdict};
    assert!(content.myths.len() >= 30, "{} affirmations", content.myths.len());
    for theme in Theme::ALL {
        assert!(content.myths.iter().filter(|m| m.theme == *theme).count() >= 5, "thème {theme:?}");
    }
    for verdict in Verdict::ALL {
        assert!(content.myths.iter().any(|m| m.answer == *verdict), "{verdict:?}");
    }
    assert!(content.myths.iter().all(|m| !m.sources.is_empty()));
    // Every profile and every vocabulary value the app shows has its pictogram.
    for p in content.catalog.profiles {
        assert!(p.picto.is_some(), "{} sans pictogramme", p.slug);
    }
    assert!(content.picto_choices.len() >= 40, "{} choix de pictogrammes", content.picto_choices.len());
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

const DIPLOMAS: &str = r#"[[diplome]]
id = "deas"
sigle = "DEAS"
nom = "Diplôme d'État d'aide-soignant"
niveau = 4

[[diplome.source]]
titre = "Un texte"
site = "Exemple"
url = "https://example.org/deas"
nature = "texte-officiel"
date = "2021-06-10"
consulte_le = 2026-12-01

[[diplome]]
id = "dei"
sigle = "DEI"
nom = "Diplôme d'État d'infirmier"

[[diplome.source]]
titre = "Un texte"
site = "Exemple"
url = "https://example.org/dei"
nature = "texte-officiel"
date = "2021-06-10"
consulte_le = 2026-12-01
"#;

const SITE: &str = r##"nom = "Guide"
accroche = "Une accroche."
description = "Une description."
territoire = "05-hautes-alpes"

[couleurs]
principale = "#1d5c63"
accent = "#a3324a"
"##;

const QUIZ: &str = r#"[[activite]]
id = "lever"
texte = "Aider quelqu'un à se lever"
interet = "R"
publics = ["personnes-agees"]

[[activite]]
id = "dossier"
texte = "Remplir un dossier avec soin"
interet = "C"
lieux = ["hopital"]
"#;

fn profile(title: &str, diploma: &str, related: &str, body_extra: &str) -> String {
    format!(
        r#"+++
titre_masculin = "{title}"
titre_feminin = "{title}e"
resume = "Un résumé."
secteurs = ["sante"]
publics = ["malades"]
lieux = ["hopital"]
diplomes = ["{diploma}"]
sans_diplome = false
etudes = "moins-d-un-an"
permis = "non"
riasec = "SRC"
metiers_proches = ["{related}"]
fiche = {{ a_discuter = ["Un sujet.", "Un autre sujet."], questions_pro = ["Une question ?", "Une autre ?", "Une dernière ?"] }}

[[source]]
id = "texte"
titre = "Un texte officiel"
site = "Exemple"
url = "https://example.org/source"
nature = "texte-officiel"
date = "2024-03"
consulte_le = 2026-12-01
+++
## En bref

Texte.{body_extra}

## Au quotidien

Texte.

## Les qualités utiles

Texte.

## Les conditions de travail

Des nuits de 10 heures[^texte].

## Se former

Texte.

## Où travailler

Texte.

## Le salaire

En 2025, 1 800 € brut par mois[^texte].

## Et après ?

Voir [l'autre fiche](/metiers/{related}).
"#
    )
}

/// A small valid content folder in a fresh temporary directory.
fn fixture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "guide-fixture-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("metiers")).unwrap();
    std::fs::write(dir.join("site.toml"), SITE).unwrap();
    std::fs::write(dir.join("diplomes.toml"), DIPLOMAS).unwrap();
    std::fs::write(dir.join("quiz.toml"), QUIZ).unwrap();
    std::fs::write(dir.join("metiers/aide-soignant.md"), profile("Aide-soignant", "deas", "infirmier", "")).unwrap();
    std::fs::write(dir.join("metiers/infirmier.md"), profile("Infirmier", "dei", "aide-soignant", "")).unwrap();
    dir
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "fixture sans « {from} »");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn errors_of(dir: &Path) -> Vec<ContentError> {
    match content::load(dir) {
        Ok(_) => panic!("le contenu aurait dû être refusé"),
        Err(errors) => errors,
    }
}

/// Asserts exactly one error, in `file`, at `line`, about `field`, whose message contains `words`.
fn assert_one(errors: &[ContentError], file: &str, line: Option<usize>, field: Option<&str>, words: &str) {
    assert_eq!(errors.len(), 1, "{}", content::report(errors));
    let e = &errors[0];
    assert!(e.file.ends_with(file), "{e}");
    assert_eq!(e.line, line, "{e}");
    assert_eq!(e.field.as_deref(), field, "{e}");
    assert!(e.message.contains(words), "{e}");
}

#[test]
fn valid_fixture_loads_without_any_error() {
    let content = content::load(&fixture()).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert_eq!(content.catalog.profiles.len(), 2);
    assert_eq!(content.bodies.len(), 2);
    assert_eq!(content.sheets.len(), 2);
}

#[test]
fn activity_sheet_needs_three_questions_and_no_figures() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "\"Une dernière ?\"", "\"Une dernière ?\", \"Une de trop ?\"");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(14), Some("questions_pro"), "il en faut 3 exactement");
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Un sujet.", "Gagner 2 000 euros.");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(14), Some("a_discuter"), "pas de chiffres");
}

#[test]
fn activity_sheet_text_is_escaped() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Un sujet.", "<b>Gras</b> & co.");
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    let (_, html) = content.sheets.iter().find(|(slug, _)| slug == "infirmier").unwrap();
    assert!(html.contains("<li>&lt;b&gt;Gras&lt;/b&gt; &amp; co.</li>"), "{html}");
    assert!(html.contains("<h2>À discuter en classe</h2>"), "{html}");
}

#[test]
fn unknown_field_is_named_with_its_line() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "resume =", "salaire_moyen = 3\nresume =");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(4), Some("salaire_moyen"), "champ inconnu");
}

#[test]
fn missing_required_field_is_named() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "resume = \"Un résumé.\"\n", "");
    let errors = errors_of(&dir);
    assert_one(&errors, "metiers/infirmier.md", errors[0].line, Some("resume"), "obligatoire");
}

#[test]
fn missing_section_is_reported() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "## Le salaire\n\nEn 2025, 1 800 € brut par mois[^texte].\n\n", "");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(49), None, "« ## Le salaire » est attendue");
}

#[test]
fn unknown_diploma_id_is_reported_on_its_line() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "[\"dei\"]", "[\"dea5\"]");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(8), Some("diplomes"), "diplôme inconnu « dea5 »");
}

#[test]
fn unknown_related_slug_is_reported() {
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "metiers_proches = [\"aide-soignant\"]",
        "metiers_proches = [\"aide-soignant\", \"pompier\"]",
    );
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(13),
        Some("metiers_proches"),
        "fiche inconnue « pompier »",
    );
}

#[test]
fn invalid_riasec_code_is_reported() {
    for bad in ["SS", "X", "SRCA", "s"] {
        let dir = fixture();
        edit(&dir, "metiers/infirmier.md", "riasec = \"SRC\"", &format!("riasec = \"{bad}\""));
        assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(12), Some("riasec"), "2 ou 3 lettres");
    }
}

#[test]
fn broken_internal_link_is_reported_with_its_line() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Texte.\n\n## Au quotidien", "Voir [ici](/metiers/pompier).\n\n## Au quotidien");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(27), None, "lien interne cassé");
}

#[test]
fn duplicate_diploma_id_is_reported() {
    let dir = fixture();
    edit(&dir, "diplomes.toml", "id = \"dei\"", "id = \"deas\"");
    edit(&dir, "metiers/infirmier.md", "[\"dei\"]", "[\"deas\"]");
    assert_one(&errors_of(&dir), "diplomes.toml", Some(16), Some("id"), "en double");
}

#[test]
fn duplicate_profile_is_reported() {
    let dir = fixture();
    std::fs::write(dir.join("metiers/soignant.md"), profile("Aide-soignant", "deas", "infirmier", "")).unwrap();
    assert_one(&errors_of(&dir), "metiers/soignant.md", Some(2), Some("titre_masculin"), "même titre");
}

#[test]
fn malformed_front_matter_names_the_line() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "sans_diplome = false", "sans_diplome = peut-être");
    let errors = errors_of(&dir);
    assert_one(&errors, "metiers/infirmier.md", Some(9), errors[0].field.as_deref(), "TOML invalide");
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "+++\ntitre", "titre");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(1), None, "+++");
}

#[test]
fn unknown_vocabulary_value_lists_the_allowed_ones() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "[\"malades\"]", "[\"malades\", \"chats\"]");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(6), Some("publics"), "personnes-agees, enfants");
}

#[test]
fn raw_html_in_content_is_refused() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Texte.\n\n## Au quotidien", "<script>alert(1)</script>\n\n## Au quotidien");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(27), None, "HTML brut");
}

#[test]
fn a_malformed_error_report_address_is_refused() {
    let dir = fixture();
    edit(&dir, "site.toml", "territoire =", "signalement = \"guide at exemple.fr\"\nterritoire =");
    assert_one(&errors_of(&dir), "site.toml", Some(4), Some("signalement"), "n'est pas une adresse électronique");
    let dir = fixture();
    edit(&dir, "site.toml", "territoire =", "signalement = \"guide@exemple.fr\"\nterritoire =");
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert!(
        content::catalog_source(&content).contains("ERROR_REPORT_ADDRESS: Option<&str> = Some(\"guide@exemple.fr\")")
    );
}

#[test]
fn too_light_a_colour_is_refused() {
    let dir = fixture();
    edit(&dir, "site.toml", "#a3324a", "#ffcc00");
    assert_one(&errors_of(&dir), "site.toml", Some(8), Some("accent"), "trop clair");
}

#[test]
fn quiz_unknown_interest_is_reported_on_its_line() {
    let dir = fixture();
    edit(&dir, "quiz.toml", "interet = \"C\"", "interet = \"Z\"");
    assert_one(&errors_of(&dir), "quiz.toml", Some(10), Some("interet"), "intérêt inconnu « Z »");
}

#[test]
fn quiz_unknown_facet_is_reported_on_its_line() {
    let dir = fixture();
    edit(&dir, "quiz.toml", "[\"hopital\"]", "[\"piscine\"]");
    assert_one(&errors_of(&dir), "quiz.toml", Some(11), Some("lieux"), "valeur inconnue « piscine »");
}

#[test]
fn quiz_duplicate_id_is_reported() {
    let dir = fixture();
    edit(&dir, "quiz.toml", "id = \"dossier\"", "id = \"lever\"");
    assert_one(&errors_of(&dir), "quiz.toml", Some(8), Some("id"), "en double");
}

#[test]
fn quiz_unknown_field_is_reported() {
    let dir = fixture();
    edit(&dir, "quiz.toml", "interet = \"R\"", "interet = \"R\"\nmetier = \"infirmier\"");
    assert_one(&errors_of(&dir), "quiz.toml", Some(5), Some("metier"), "champ inconnu");
}

/// Golden file: the hostile fixture renders to exactly the expected safe HTML.
#[test]
fn hostile_markdown_renders_to_safe_html() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let source = std::fs::read_to_string(fixtures.join("hostile.md")).unwrap();
    let targets = LinkTargets(["/metiers/infirmier".to_string()].into_iter().collect());
    let rendered = render_markdown(&source, 1, &targets, Citing { page: "metiers/x", declared: &Declared::default() });
    let html = rendered.html.to_lowercase();
    for forbidden in [
        "<script",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "data:",
        "vbscript:",
        "<iframe",
        "<svg",
        "<!--",
        "<img",
        "<b ",
        "//evil",
    ] {
        assert!(!html.contains(forbidden), "« {forbidden} » dans :\n{}", rendered.html);
    }
    assert!(rendered.html.contains(
        "<a href=\"https://example.org/page?a=1&amp;b=2\" rel=\"noopener noreferrer\" class=\"lien-externe\">"
    ));
    assert!(rendered.html.contains("<a href=\"mailto:contact@example.org\">courriel</a>"));
    assert!(rendered.html.contains("<a href=\"tel:+33100000000\">téléphone</a>"));
    assert!(rendered.html.contains("<a href=\"metiers/infirmier\">fiche</a>"));
    // Every dropped piece is reported, so that real content never ships with any of it.
    assert!(rendered.problems.len() >= 10, "{:?}", rendered.problems);
    let expected_path = fixtures.join("hostile.html");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &rendered.html).unwrap();
    }
    let expected =
        std::fs::read_to_string(&expected_path).expect("tests/fixtures/hostile.html (UPDATE_GOLDEN=1 pour le créer)");
    assert_eq!(rendered.html, expected);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// A fixture with the real map sources and one territory file of our own.
fn fixture_with_centre(centre: &str) -> PathBuf {
    let dir = fixture();
    copy_dir(&real_content().join("carte"), &dir.join("carte"));
    let folder = dir.join("territoires/05-hautes-alpes");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("centres.toml"), centre).unwrap();
    std::fs::write(folder.join("territoire.toml"), TERRITORY).unwrap();
    std::fs::write(folder.join("evenements.toml"), "").unwrap();
    std::fs::write(folder.join("accompagnement.md"), "## Qui contacter\n\nVoir [le quiz](/quiz).\n").unwrap();
    dir
}

const GAP_CENTRE: &str = r#"[[centre]]
id = "ifas-gap"
nom = "Institut de Gap"
type = "ifas"
diplomes = ["deas"]
code_postal = "05000"
lat = 44.5594
lon = 6.0786
source = "https://example.org"
licence = "Faits tirés de la page citée"
"#;

#[test]
fn a_valid_centre_is_placed_on_the_map() {
    let content = content::load(&fixture_with_centre(GAP_CENTRE)).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert!(content.map.centres.iter().any(|c| c.id == "ifas-gap" && c.departement == "05"));
}

#[test]
fn a_centre_outside_its_departement_is_refused() {
    let paris = GAP_CENTRE.replace("lat = 44.5594", "lat = 48.8566").replace("lon = 6.0786", "lon = 2.3522");
    assert_one(
        &errors_of(&fixture_with_centre(&paris)),
        "05-hautes-alpes/centres.toml",
        Some(7),
        Some("lat"),
        "hors du département 05",
    );
    // Unless its position is flagged as approximate.
    let approximate = paris.replace("lon = 2.3522", "lon = 2.3522\nposition_approchee = true");
    assert!(content::load(&fixture_with_centre(&approximate)).is_ok());
}

#[test]
fn a_centre_with_an_unknown_diploma_a_bad_postcode_or_no_source_is_refused() {
    let dir = fixture_with_centre(&GAP_CENTRE.replace("[\"deas\"]", "[\"deas\", \"pilote\"]"));
    assert_one(
        &errors_of(&dir),
        "05-hautes-alpes/centres.toml",
        Some(5),
        Some("diplomes"),
        "diplôme inconnu « pilote »",
    );
    let dir = fixture_with_centre(&GAP_CENTRE.replace("05000", "62000"));
    assert_one(
        &errors_of(&dir),
        "05-hautes-alpes/centres.toml",
        Some(6),
        Some("code_postal"),
        "n'est pas un code postal du 05",
    );
    let dir = fixture_with_centre(&GAP_CENTRE.replace("source = \"https://example.org\"", "source = \" \""));
    assert_one(&errors_of(&dir), "05-hautes-alpes/centres.toml", Some(9), Some("source"), "obligatoire");
    let twice = format!("{GAP_CENTRE}\n{GAP_CENTRE}");
    assert_one(
        &errors_of(&fixture_with_centre(&twice)),
        "05-hautes-alpes/centres.toml",
        Some(18),
        Some("id"),
        "en double",
    );
}

const TERRITORY: &str = r#"nom = "Hautes-Alpes"
code = "05"
introduction = "Une introduction."
sources = ["https://example.org"]

[[contact]]
nom = "Plateforme"
role = "Elle aide."
source = "https://example.org"
"#;

const EVENTS: &str = r#"[[evenement]]
id = "forum-2024"
titre = "Forum"
type = "forum"
debut = 2024-12-03T09:00:00
fin = 2024-12-03T17:00:00
lieu = "Gap"
public = ["tout-public"]
description = "Un forum."
source = "https://example.org"
"#;

fn fixture_with_territory(events: &str) -> PathBuf {
    let dir = fixture_with_centre(GAP_CENTRE);
    std::fs::write(dir.join("territoires/05-hautes-alpes/evenements.toml"), events).unwrap();
    dir
}

#[test]
fn a_valid_territory_pack_loads() {
    let content = content::load(&fixture_with_territory(EVENTS)).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    let t = &content.territories[0];
    assert_eq!((t.id, t.code, t.events.len(), t.contacts.len()), ("05-hautes-alpes", "05", 1, 1));
    assert!(content.support_pages[0].html.contains("<a href=\"quiz\">le quiz</a>"));
}

#[test]
fn bad_events_are_refused_with_file_line_and_field() {
    let file = "05-hautes-alpes/evenements.toml";
    let ends_before = EVENTS.replace("fin = 2024-12-03T17:00:00", "fin = 2024-12-02T17:00:00");
    assert_one(&errors_of(&fixture_with_territory(&ends_before)), file, Some(6), Some("fin"), "avant le début");
    let unknown_kind = EVENTS.replace("type = \"forum\"", "type = \"concert\"");
    assert_one(
        &errors_of(&fixture_with_territory(&unknown_kind)),
        file,
        Some(4),
        Some("type"),
        "type inconnu « concert »",
    );
    let bad_date = EVENTS.replace("debut = 2024-12-03T09:00:00", "debut = 2024-02-30");
    let errors = errors_of(&fixture_with_territory(&bad_date));
    assert_eq!(errors.len(), 1, "{}", content::report(&errors));
    assert!(errors[0].file.ends_with(file) && errors[0].line == Some(5), "{}", errors[0]);
    let with_offset = EVENTS.replace("debut = 2024-12-03T09:00:00", "debut = 2024-12-03T09:00:00Z");
    assert_one(&errors_of(&fixture_with_territory(&with_offset)), file, Some(5), Some("debut"), "date invalide");
    let unknown_public = EVENTS.replace("[\"tout-public\"]", "[\"retraites\"]");
    assert_one(&errors_of(&fixture_with_territory(&unknown_public)), file, Some(8), Some("public"), "public inconnu");
}

#[test]
fn a_territory_folder_must_match_its_code() {
    let dir = fixture_with_territory(EVENTS);
    edit(&dir, "territoires/05-hautes-alpes/territoire.toml", "code = \"05\"", "code = \"62\"");
    let errors = errors_of(&dir);
    assert!(
        errors.iter().any(|e| e.field.as_deref() == Some("code") && e.line == Some(2)),
        "{}",
        content::report(&errors)
    );
}

// --- Citations and sources -------------------------------------------------------------------

/// The line of the first occurrence of `needle` in a fixture file.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).unwrap();
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1).unwrap_or_else(|| panic!("« {needle} » absent"))
}

#[test]
fn a_figure_without_citation_is_refused_with_its_line() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Texte.\n\n## Au quotidien", "La formation dure 3 ans.\n\n## Au quotidien");
    let line = line_of(&dir, "metiers/infirmier.md", "dure 3 ans");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), None, "chiffre sans source : « 3 ans »");
    // Cited, it passes; a link to another profile is no figure.
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "Texte.\n\n## Au quotidien",
        "La formation dure 3 ans[^texte].\n\n## Au quotidien",
    );
    edit(&dir, "metiers/infirmier.md", "Voir [l'autre fiche]", "Voir [les 1 000 métiers]");
    content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
}

#[test]
fn a_list_item_with_a_figure_needs_its_own_citation() {
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "Texte.\n\n## Au quotidien",
        "- Dès 17 ans[^texte].\n- Niveau 6 ensuite.\n\n## Au quotidien",
    );
    let line = line_of(&dir, "metiers/infirmier.md", "Niveau 6");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), None, "« niveau 6 »");
}

#[test]
fn a_call_to_an_undeclared_source_is_refused() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "10 heures[^texte]", "10 heures[^texte][^onisep]");
    let line = line_of(&dir, "metiers/infirmier.md", "[^onisep]");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), None, "source inconnue « onisep »");
}

#[test]
fn a_declared_source_nobody_cites_is_reported() {
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "+++\n## En bref",
        "\n[[source]]\nid = \"oubliee\"\ntitre = \"T\"\nsite = \"S\"\nurl = \"https://example.org/x\"\nnature = \"presse\"\ndate = \"2025\"\nconsulte_le = 2026-12-01\n+++\n## En bref",
    );
    let line = line_of(&dir, "metiers/infirmier.md", "[[source]]") + 9;
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(line),
        Some("source"),
        "« oubliee » est déclarée mais aucun",
    );
}

#[test]
fn an_amount_in_euros_must_name_its_year() {
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "En 2025, 1 800 € brut par mois[^texte].",
        "On gagne 1 800 € brut par mois[^texte].",
    );
    let line = line_of(&dir, "metiers/infirmier.md", "1 800 €");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), None, "montant en euros sans année");
}

#[test]
fn a_source_without_date_or_with_a_bad_one_is_refused() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "date = \"2024-03\"\n", "");
    let line = line_of(&dir, "metiers/infirmier.md", "[[source]]");
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(line),
        Some("date"),
        "une page sans date ne peut pas être citée",
    );
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "date = \"2024-03\"", "date = \"mars 2024\"");
    let line = line_of(&dir, "metiers/infirmier.md", "date = ");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), Some("date"), "« mars 2024 »");
}

#[test]
fn a_home_page_or_an_unknown_kind_is_refused() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "url = \"https://example.org/source\"", "url = \"https://www.onisep.fr/\"");
    let line = line_of(&dir, "metiers/infirmier.md", "url = ");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(line), Some("url"), "page d'accueil");
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "nature = \"texte-officiel\"", "nature = \"blog\"");
    let line = line_of(&dir, "metiers/infirmier.md", "nature = ");
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(line),
        Some("nature"),
        "texte-officiel, organisme-public",
    );
}

#[test]
fn the_hard_parts_and_the_pay_must_cite_a_source() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "Des nuits de 10 heures[^texte].", "Des nuits, parfois.");
    let line = line_of(&dir, "metiers/infirmier.md", "## Les conditions de travail");
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(line),
        None,
        "« Les conditions de travail » ne cite aucune source",
    );
}

#[test]
fn a_sentence_copied_from_another_profile_is_refused() {
    let dir = fixture();
    let copied = "On ne choisit pas ce métier pour l'argent, disent des professionnels.";
    edit(&dir, "metiers/aide-soignant.md", "Texte.\n\n## Au quotidien", &format!("{copied}\n\n## Au quotidien"));
    edit(&dir, "metiers/infirmier.md", "Texte.\n\n## Au quotidien", &format!("Bref. {copied}\n\n## Au quotidien"));
    let line = line_of(&dir, "metiers/infirmier.md", copied);
    assert_one(
        &errors_of(&dir),
        "metiers/infirmier.md",
        Some(line),
        None,
        "phrase recopiée de la fiche « aide-soignant »",
    );
}

#[test]
fn a_byte_order_mark_is_accepted_and_a_non_utf8_file_is_explained() {
    let dir = fixture();
    let path = dir.join("metiers/infirmier.md");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("\u{feff}{text}")).unwrap();
    content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    // « é » in Latin-1, as an old editor would save it, on line 4.
    let latin1: Vec<u8> =
        text.replacen("Un résumé.", "Un r\u{0}sum\u{0}.", 1).bytes().map(|b| if b == 0 { 0xe9 } else { b }).collect();
    std::fs::write(&path, latin1).unwrap();
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(4), None, "n'est pas enregistré en UTF-8");
}

#[test]
fn a_broken_profile_is_reported_once_not_in_every_page_that_links_to_it() {
    let dir = fixture_with_territory(EVENTS);
    std::fs::write(
        dir.join("territoires/05-hautes-alpes/accompagnement.md"),
        "Lire la fiche [infirmier](/metiers/infirmier) et celle d'[aide-soignant](/metiers/aide-soignant).\n",
    )
    .unwrap();
    edit(&dir, "metiers/infirmier.md", "riasec = \"SRC\"", "riasec = \"SS\"");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(12), Some("riasec"), "2 ou 3 lettres");
}

#[test]
fn a_diploma_needs_a_dated_source_and_a_well_formed_rncp_number() {
    let dir = fixture();
    edit(&dir, "diplomes.toml", "niveau = 4\n", "niveau = 4\nrncp = \"37675\"\n");
    assert_one(&errors_of(&dir), "diplomes.toml", Some(2), Some("rncp"), "RNCP suivi du numéro");
    let dir = fixture();
    edit(&dir, "diplomes.toml", "url = \"https://example.org/deas\"", "url = \"https://example.org\"");
    assert_one(&errors_of(&dir), "diplomes.toml", Some(10), Some("url"), "page d'accueil");
}

/// Golden file: citations render as numbered links, and the page ends with its numbered sources,
/// each linking back to its calls.
#[test]
fn citations_and_sources_list_render_as_expected() {
    let dir = fixture();
    edit(
        &dir,
        "metiers/infirmier.md",
        "Texte.\n\n## Au quotidien",
        "Il faut 3 ans[^texte]. Le diplôme est de niveau 6[^deux][^texte].\n\n## Au quotidien",
    );
    edit(
        &dir,
        "metiers/infirmier.md",
        "+++\n## En bref",
        "\n[[source]]\nid = \"deux\"\ntitre = \"Une page <publique>\"\nsite = \"ONISEP\"\nurl = \"https://example.org/p?a=1&b=2\"\nnature = \"organisme-public\"\ndate = \"2025-04\"\nconsulte_le = 2026-11-30\n+++\n## En bref",
    );
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    let (_, html) = content.bodies.iter().find(|(slug, _)| slug == "infirmier").unwrap();
    let profile = content.catalog.profile("infirmier").unwrap();
    assert_eq!(profile.checked_on, "2026-11-30", "la plus ancienne vérification");
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/citations.html");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, html).unwrap();
    }
    let expected =
        std::fs::read_to_string(&expected_path).expect("tests/fixtures/citations.html (UPDATE_GOLDEN=1 pour le créer)");
    assert_eq!(html, &expected);
    assert!(html.contains("<a href=\"metiers/infirmier#source-1\" id=\"appel-1-1\" class=\"lien-appel\"><span class=\"visually-hidden\">source </span>1</a>"));
    assert!(html.contains("<li id=\"source-2\" tabindex=\"-1\">"));
    assert!(html.contains("Une page &lt;publique&gt;"));
    assert!(html.contains("ONISEP, organisme public, page datée d&#39;avril 2025, vérifiée le 30 novembre 2026"));
}

#[test]
fn the_content_report_lists_every_cited_fact_oldest_check_first() {
    let dir = fixture();
    edit(&dir, "metiers/infirmier.md", "consulte_le = 2026-12-01", "consulte_le = 2025-01-15");
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    let table = content::facts_table(&content, &dir);
    let rows: Vec<&str> = table.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| vérifié")).collect();
    assert!(rows[0].starts_with("| 15 janvier 2025 |"), "{table}");
    assert!(rows[0].contains("metiers/infirmier.md:"), "{table}");
    // Two facts per profile (hours, pay), plus one source per diploma.
    assert_eq!(rows.len(), 2 + 2 + 2, "{table}");
    assert!(table.contains("texte officiel"));
}

// --- « Vrai ou faux ? » -------------------------------------------------------------------------

const MYTHS: &str = r#"[[affirmation]]
id = "bac"
texte = "Il faut le bac pour devenir aide-soignant ou aide-soignante."
reponse = "faux"
explication = "On entre en formation sans diplôme, dès 17 ans[^texte]."
theme = "acces"
public = "tous"
metiers = ["aide-soignant"]
question = "Pourquoi le croit-on ?"

[[affirmation]]
id = "nuits"
texte = "On travaille souvent la nuit à l'hôpital."
reponse = "vrai"
explication = "Les soins continuent jour et nuit[^texte]."
theme = "conditions"
public = "college-lycee"
metiers = ["infirmier", "aide-soignant"]
question = "Qu'est-ce que cela change ?"

[[source]]
id = "texte"
titre = "Un texte"
site = "Exemple"
url = "https://example.org/vrai-ou-faux"
nature = "organisme-public"
date = "2025"
consulte_le = 2026-12-01
"#;

fn fixture_with_myths() -> PathBuf {
    let dir = fixture();
    std::fs::write(dir.join("vrai-ou-faux.toml"), MYTHS).unwrap();
    dir
}

#[test]
fn valid_statements_load_with_their_sources() {
    let content = content::load(&fixture_with_myths()).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert_eq!(content.myths.len(), 2);
    let bac = &content.myths[0];
    assert_eq!(bac.explanation, "On entre en formation sans diplôme, dès 17 ans.");
    assert_eq!(bac.sources.len(), 1);
    assert_eq!(bac.sources[0].site, "Exemple");
}

#[test]
fn a_statement_without_source_is_refused() {
    let dir = fixture_with_myths();
    edit(&dir, "vrai-ou-faux.toml", "dès 17 ans[^texte].", "dès 17 ans.");
    let errors = errors_of(&dir);
    assert_eq!(errors.len(), 1, "{}", content::report(&errors));
    assert_eq!((errors[0].line, errors[0].field.as_deref()), (Some(5), Some("explication")));
    assert!(errors[0].message.contains("cite au moins une source"), "{}", errors[0]);
}

#[test]
fn a_statement_about_an_unknown_profile_is_refused() {
    let dir = fixture_with_myths();
    edit(&dir, "vrai-ou-faux.toml", "metiers = [\"infirmier\", \"aide-soignant\"]", "metiers = [\"pompier\"]");
    assert_one(&errors_of(&dir), "vrai-ou-faux.toml", Some(18), Some("metiers"), "fiche inconnue « pompier »");
}

#[test]
fn a_bad_answer_value_lists_the_allowed_ones() {
    let dir = fixture_with_myths();
    edit(&dir, "vrai-ou-faux.toml", "reponse = \"vrai\"", "reponse = \"plutot vrai\"");
    assert_one(&errors_of(&dir), "vrai-ou-faux.toml", Some(14), Some("reponse"), "vrai, faux, ca-depend");
}

#[test]
fn a_duplicate_statement_id_is_refused() {
    let dir = fixture_with_myths();
    edit(&dir, "vrai-ou-faux.toml", "id = \"nuits\"", "id = \"bac\"");
    assert_one(&errors_of(&dir), "vrai-ou-faux.toml", Some(12), Some("id"), "« bac » est en double");
}

#[test]
fn a_long_statement_or_an_unused_source_is_refused() {
    let dir = fixture_with_myths();
    edit(
        &dir,
        "vrai-ou-faux.toml",
        "On travaille souvent la nuit à l'hôpital.",
        "On travaille la nuit. Et le week-end aussi.",
    );
    assert_one(&errors_of(&dir), "vrai-ou-faux.toml", Some(13), Some("texte"), "une seule phrase courte");
    let dir = fixture_with_myths();
    edit(&dir, "vrai-ou-faux.toml", "jour et nuit[^texte].", "jour et nuit[^autre].");
    edit(&dir, "vrai-ou-faux.toml", "dès 17 ans[^texte].", "dès 17 ans[^autre].");
    let errors = errors_of(&dir);
    assert!(errors.iter().any(|e| e.message.contains("source inconnue « autre »")), "{}", content::report(&errors));
    assert!(
        errors.iter().any(|e| e.message.contains("« texte » est déclarée mais aucun")),
        "{}",
        content::report(&errors)
    );
}

// --- Pictograms ---------------------------------------------------------------------------------

fn fixture_with_pictos() -> PathBuf {
    let dir = fixture();
    std::fs::create_dir_all(dir.join("pictos")).unwrap();
    let svg = std::fs::read_to_string(real_content().join("pictos/soignant.svg")).unwrap();
    std::fs::write(dir.join("pictos/soignant.svg"), svg).unwrap();
    edit(
        &dir,
        "metiers/infirmier.md",
        "metiers_proches = [\"aide-soignant\"]",
        "metiers_proches = [\"aide-soignant\"]\npicto = \"soignant\"",
    );
    dir
}

#[test]
fn a_profile_pictogram_must_exist() {
    let dir = fixture_with_pictos();
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert_eq!(content.catalog.profile("infirmier").unwrap().picto, Some("soignant"));
    assert_eq!(content.pictos.len(), 1);
    edit(&dir, "metiers/infirmier.md", "picto = \"soignant\"", "picto = \"licorne\"");
    assert_one(&errors_of(&dir), "metiers/infirmier.md", Some(14), Some("picto"), "pictogramme inconnu « licorne »");
}

#[test]
fn a_pictogram_file_with_a_script_is_refused() {
    let dir = fixture_with_pictos();
    std::fs::write(dir.join("pictos/piege.svg"), "<svg viewBox=\"0 0 1 1\"><script>alert(1)</script></svg>").unwrap();
    assert_one(&errors_of(&dir), "pictos/piege.svg", Some(1), None, "élément <script> non permis");
}

#[test]
fn pictos_toml_names_every_value_and_only_known_pictograms() {
    let dir = fixture_with_pictos();
    let mut toml = String::new();
    for (section, ids) in [
        ("secteurs", guide_domain::vocab::Sector::ids()),
        ("publics", guide_domain::vocab::Public::ids()),
        ("lieux", guide_domain::vocab::Workplace::ids()),
        ("reponses", "adore, pourquoi-pas, pas-pour-moi, ne-sait-pas".to_string()),
        ("accueil", "metiers, quiz, vrai-ou-faux, carte".to_string()),
        ("centres", guide_domain::vocab::CentreKind::ids()),
    ] {
        toml.push_str(&format!("[{section}]\n"));
        for id in ids.split(", ") {
            toml.push_str(&format!("{id} = \"soignant\"\n"));
        }
    }
    std::fs::write(dir.join("pictos.toml"), &toml).unwrap();
    let content = content::load(&dir).unwrap_or_else(|e| panic!("{}", content::report(&e)));
    assert!(content
        .picto_choices
        .iter()
        .any(|(v, id, name)| (*v, *id, name.as_str()) == ("lieux", "bureau", "soignant")));
    std::fs::write(dir.join("pictos.toml"), toml.replacen("bureau = \"soignant\"", "bureau = \"valise\"", 1)).unwrap();
    let errors = errors_of(&dir);
    assert_eq!(errors.len(), 1, "{}", content::report(&errors));
    assert_eq!(errors[0].field.as_deref(), Some("bureau"));
    assert!(errors[0].message.contains("pictogramme inconnu « valise »"), "{}", errors[0]);
    let line = toml.lines().position(|l| l.starts_with("bureau")).unwrap() + 1;
    assert_eq!(errors[0].line, Some(line));
    std::fs::write(dir.join("pictos.toml"), toml.replacen("bureau = \"soignant\"\n", "", 1)).unwrap();
    let errors = errors_of(&dir);
    assert!(errors[0].message.contains("« bureau » n'a pas de pictogramme"), "{}", content::report(&errors));
}
