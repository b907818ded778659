//! Profiles (`metiers/*.md`) and the diploma catalogue (`diplomes.toml`).

use super::citations::{self, Declared, RawSource};
use super::front_matter::{self, line_of_key};
use super::markdown::{render_markdown, CitedFact, Citing, LinkTargets};
use super::{leak, read, ContentError};
use crate::catalog::{Catalogue, Diploma, Profile};
use crate::vocab::{Interest, Licence, Public, Section, Sector, StudyLength, Workplace};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The app's own routes that Markdown may link to, besides the profiles.
pub const ROUTES: &[&str] = &[
    "/",
    "/metiers",
    "/quiz",
    "/quiz/classe",
    "/quiz/comment-ca-marche",
    "/carte",
    "/agenda",
    "/accompagnement",
    "/a-propos",
    "/vrai-ou-faux",
    "/vrai-ou-faux/classe",
    "/vrai-ou-faux/fiche",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiplomas {
    diplome: Vec<RawDiploma>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDiploma {
    id: String,
    sigle: String,
    nom: String,
    niveau: Option<u8>,
    duree: Option<String>,
    ecoles: Option<String>,
    acces: Option<String>,
    rncp: Option<String>,
    #[serde(default)]
    source: Vec<RawSource>,
    #[serde(default)]
    catalogue: Vec<RawCatalogue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalogue {
    nom: String,
    url: String,
    taper: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    titre_masculin: String,
    titre_feminin: String,
    resume: String,
    secteurs: Vec<String>,
    publics: Vec<String>,
    lieux: Vec<String>,
    diplomes: Vec<String>,
    sans_diplome: bool,
    etudes: String,
    permis: String,
    riasec: String,
    #[serde(default)]
    rome: Vec<String>,
    metiers_proches: Vec<String>,
    picto: Option<String>,
    fiche: RawActivitySheet,
    #[serde(default)]
    source: Vec<RawSource>,
}

/// The teacher's « fiche activité »: talking points and questions for a professional. No figures
/// here: they live in the profile, with their sources.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActivitySheet {
    a_discuter: Vec<String>,
    questions_pro: Vec<String>,
}

/// A profile as loaded: its catalogue entry, its body and its activity sheet rendered to HTML, and
/// what the content report lists (its sources and the facts that cite them).
pub struct LoadedProfile {
    pub profile: Profile,
    pub body: String,
    pub sheet: String,
    pub declared: Declared,
    pub facts: Vec<CitedFact>,
    sentences: Vec<(String, usize)>,
}

pub(super) fn is_id(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub fn load_diplomas(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Vec<Diploma> {
    let path = dir.join("diplomes.toml");
    let Some(text) = read(&path, files, errors) else { return Vec::new() };
    let raw: RawDiplomas = match front_matter::parse(&path, &text, 1) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    // Each entry's errors point at its `id = "…"` line; its sources are the `[[diplome.source]]`
    // tables that follow it.
    let entry_starts = front_matter::entry_lines(&text, "[[diplome]]");
    let source_starts = front_matter::entry_lines(&text, "[[diplome.source]]");
    let mut seen = BTreeSet::new();
    let mut diplomas = Vec::new();
    for (n, d) in raw.diplome.into_iter().enumerate() {
        let line = entry_starts.get(n).map(|start| start + 1);
        let next = entry_starts.get(n + 1).copied().unwrap_or(usize::MAX);
        let own: Vec<usize> = source_starts
            .iter()
            .copied()
            .filter(|&l| entry_starts.get(n).is_some_and(|&start| l > start) && l < next)
            .collect();
        if !is_id(&d.id) {
            errors.push(ContentError::new(
                &path,
                line,
                Some("id"),
                format!("« {} » : minuscules, chiffres et tirets seulement", d.id),
            ));
        }
        if !seen.insert(d.id.clone()) {
            errors.push(ContentError::new(&path, line, Some("id"), format!("« {} » est en double", d.id)));
        }
        if let Some(level) = d.niveau {
            if !(3..=8).contains(&level) {
                errors.push(ContentError::new(
                    &path,
                    line,
                    Some("niveau"),
                    format!("{level} n'est pas un niveau du cadre national (de 3, CAP, à 8, doctorat)"),
                ));
            }
        }
        if let Some(rncp) = &d.rncp {
            let digits = rncp.strip_prefix("RNCP").unwrap_or_default();
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(ContentError::new(
                    &path,
                    line,
                    Some("rncp"),
                    format!("« {rncp} » : écrire RNCP suivi du numéro de la fiche France Compétences, par exemple RNCP37675"),
                ));
            }
        }
        if d.source.is_empty() {
            errors.push(ContentError::new(
                &path,
                line,
                Some("source"),
                format!("« {} » : au moins une table [[diplome.source]] est obligatoire", d.id),
            ));
        }
        let declared = citations::declare_at(&path, &text, 1, &own, d.source, false, errors);
        for c in &d.catalogue {
            let url = c.url.trim();
            if !url.starts_with("https://") && !url.starts_with("http://") {
                errors.push(ContentError::new(
                    &path,
                    line,
                    Some("catalogue"),
                    format!("« {url} » n'est pas une adresse web (http ou https)"),
                ));
            }
            if c.nom.trim().is_empty() || c.taper.trim().is_empty() {
                errors.push(ContentError::new(
                    &path,
                    line,
                    Some("catalogue"),
                    "nom et taper ne doivent pas être vides",
                ));
            }
        }
        diplomas.push(Diploma {
            id: leak(d.id),
            acronym: leak(d.sigle),
            name: leak(d.nom),
            level: d.niveau,
            duration: d.duree.map(leak),
            schools: d.ecoles.map(leak),
            access: d.acces.map(leak),
            rncp: d.rncp.map(leak),
            sources: declared.sources.leak(),
            catalogues: d
                .catalogue
                .into_iter()
                .map(|c| Catalogue { name: leak(c.nom), url: leak(c.url.trim().to_string()), query: leak(c.taper) })
                .collect::<Vec<_>>()
                .leak(),
        });
    }
    diplomas
}

/// Parses a list of vocabulary ids, reporting each unknown one (and an empty list when `required`)
/// on the field's line.
#[allow(clippy::too_many_arguments)]
pub(super) fn vocab_list<T: Copy>(
    required: bool,
    ids: &[String],
    from_id: fn(&str) -> Option<T>,
    allowed: fn() -> String,
    field: &str,
    at: &dyn Fn(&str) -> Option<usize>,
    path: &Path,
    errors: &mut Vec<ContentError>,
) -> &'static [T] {
    if required && ids.is_empty() {
        errors.push(ContentError::new(path, at(field), Some(field), "au moins une valeur est obligatoire"));
    }
    let mut values = Vec::new();
    for id in ids {
        match from_id(id) {
            Some(v) => values.push(v),
            None => errors.push(ContentError::new(
                path,
                at(field),
                Some(field),
                format!("valeur inconnue « {id} » ; valeurs possibles : {}", allowed()),
            )),
        }
    }
    values.leak()
}

fn parse_riasec(code: &str) -> Option<Vec<Interest>> {
    let letters: Vec<Interest> = code.chars().map(|c| Interest::from_id(&c.to_string())).collect::<Option<_>>()?;
    let distinct: BTreeSet<_> = letters.iter().collect();
    ((2..=3).contains(&letters.len()) && distinct.len() == letters.len()).then_some(letters)
}

/// The app's pages a link may point at: its routes and one page per profile file.
pub fn link_targets(dir: &Path) -> LinkTargets {
    let mut targets = LinkTargets(ROUTES.iter().map(|r| r.to_string()).collect());
    if let Ok(entries) = std::fs::read_dir(dir.join("metiers")) {
        targets.0.extend(entries.filter_map(|e| {
            let path = e.ok()?.path();
            let slug = path.file_stem()?.to_str()?;
            (path.extension()? == "md").then(|| format!("/metiers/{slug}"))
        }));
    }
    targets
}

pub fn load_profiles(
    dir: &Path,
    diplomas: &[Diploma],
    library: &std::collections::BTreeMap<String, super::pictos::LoadedPicto>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<LoadedProfile> {
    let folder = dir.join("metiers");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect(),
        Err(e) => {
            errors.push(ContentError::new(&folder, None, None, format!("dossier illisible : {e}")));
            return Vec::new();
        }
    };
    paths.sort();
    files.push(folder.clone());

    let slugs: BTreeSet<String> = paths.iter().filter_map(|p| p.file_stem()?.to_str().map(str::to_string)).collect();
    let targets = link_targets(dir);

    let mut profiles: Vec<LoadedProfile> = Vec::new();
    // Folded sentences already seen, with their file and line: one sentence, one profile.
    let mut seen_sentences: std::collections::BTreeMap<String, (String, usize)> = Default::default();
    for path in paths {
        let Some(source) = read(&path, files, errors) else { continue };
        let slug = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        if !is_id(&slug) {
            errors.push(ContentError::new(
                &path,
                None,
                None,
                "nom de fichier : minuscules, chiffres et tirets seulement (il donne l'adresse de la fiche)",
            ));
        }
        if let Some(loaded) = load_profile(&path, &slug, &source, diplomas, library, &slugs, &targets, errors) {
            let title = loaded.profile.title_masculine;
            if let Some(twin) = profiles.iter().find(|p: &&LoadedProfile| p.profile.title_masculine == title) {
                errors.push(ContentError::new(
                    &path,
                    Some(2),
                    Some("titre_masculin"),
                    format!("même titre que la fiche « {} » : un métier n'a qu'une fiche", twin.profile.slug),
                ));
                continue;
            }
            for (sentence, line) in &loaded.sentences {
                match seen_sentences.get(sentence) {
                    Some((other, other_line)) => errors.push(ContentError::new(
                        &path,
                        Some(*line),
                        None,
                        format!(
                            "phrase recopiée de la fiche « {other} » (ligne {other_line}) : chaque fiche est écrite avec ses propres mots"
                        ),
                    )),
                    None => {
                        seen_sentences.insert(sentence.clone(), (loaded.profile.slug.to_string(), *line));
                    }
                }
            }
            profiles.push(loaded);
        }
    }
    profiles
}

#[allow(clippy::too_many_arguments)]
fn load_profile(
    path: &Path,
    slug: &str,
    source: &str,
    diplomas: &[Diploma],
    library: &std::collections::BTreeMap<String, super::pictos::LoadedPicto>,
    slugs: &BTreeSet<String>,
    targets: &LinkTargets,
    errors: &mut Vec<ContentError>,
) -> Option<LoadedProfile> {
    let split = front_matter::split(path, source).map_err(|e| errors.push(e)).ok()?;
    let raw: RawProfile = front_matter::parse(path, split.front, split.front_line).map_err(|e| errors.push(e)).ok()?;
    let at = |key: &str| line_of_key(split.front, split.front_line, key);
    let before = errors.len();

    for (field, value) in
        [("titre_masculin", &raw.titre_masculin), ("titre_feminin", &raw.titre_feminin), ("resume", &raw.resume)]
    {
        if value.trim().is_empty() {
            errors.push(ContentError::new(path, at(field), Some(field), "ne doit pas être vide"));
        }
    }
    if raw.titre_masculin.contains('·') || raw.titre_feminin.contains('·') {
        errors.push(ContentError::new(
            path,
            at("titre_masculin"),
            Some("titre_masculin"),
            "pas de point médian : écrire les deux formes dans deux champs",
        ));
    }
    let sectors = vocab_list(true, &raw.secteurs, Sector::from_id, Sector::ids, "secteurs", &at, path, errors);
    let publics = vocab_list(true, &raw.publics, Public::from_id, Public::ids, "publics", &at, path, errors);
    let workplaces = vocab_list(true, &raw.lieux, Workplace::from_id, Workplace::ids, "lieux", &at, path, errors);
    let study = StudyLength::from_id(&raw.etudes);
    if study.is_none() {
        errors.push(ContentError::new(
            path,
            at("etudes"),
            Some("etudes"),
            format!("valeur inconnue « {} » ; valeurs possibles : {}", raw.etudes, StudyLength::ids()),
        ));
    }
    let licence = Licence::from_id(&raw.permis);
    if licence.is_none() {
        errors.push(ContentError::new(
            path,
            at("permis"),
            Some("permis"),
            format!("valeur inconnue « {} » ; valeurs possibles : {}", raw.permis, Licence::ids()),
        ));
    }
    let riasec = parse_riasec(&raw.riasec);
    if riasec.is_none() {
        errors.push(ContentError::new(
            path,
            at("riasec"),
            Some("riasec"),
            format!("« {} » : 2 ou 3 lettres différentes parmi R, I, A, S, E, C", raw.riasec),
        ));
    }
    for id in &raw.diplomes {
        // An unreadable catalogue is reported once, in diplomes.toml, not here for each profile.
        if !diplomas.is_empty() && !diplomas.iter().any(|d| d.id == id) {
            errors.push(ContentError::new(
                path,
                at("diplomes"),
                Some("diplomes"),
                format!("diplôme inconnu « {id} » (voir content/diplomes.toml)"),
            ));
        }
    }
    for related in &raw.metiers_proches {
        if !slugs.contains(related) || related == slug {
            errors.push(ContentError::new(
                path,
                at("metiers_proches"),
                Some("metiers_proches"),
                format!("fiche inconnue « {related} » (nom d'un fichier de content/metiers sans .md)"),
            ));
        }
    }
    for code in &raw.rome {
        let valid =
            code.len() == 5 && code.as_bytes()[0].is_ascii_uppercase() && code[1..].bytes().all(|b| b.is_ascii_digit());
        if !valid {
            errors.push(ContentError::new(
                path,
                at("rome"),
                Some("rome"),
                format!("« {code} » n'est pas un code ROME (une lettre et quatre chiffres)"),
            ));
        }
    }
    if let Some(name) = &raw.picto {
        if !library.contains_key(name) {
            errors.push(ContentError::new(
                path,
                at("picto"),
                Some("picto"),
                format!("pictogramme inconnu « {name} » : aucun fichier content/pictos/{name}.svg"),
            ));
        }
    }
    let declared = citations::declare(path, split.front, split.front_line, "[[source]]", raw.source, true, errors);
    if declared.sources.is_empty() {
        errors.push(ContentError::new(
            path,
            Some(split.front_line),
            Some("source"),
            "au moins une source : une table [[source]] à la fin de l'en-tête (voir content/README.md)",
        ));
    }

    // `[fiche]` as a table names each field on its line; as an inline table, the line of `fiche`.
    check_sheet(path, &raw.fiche, &|field| at(field).or_else(|| at("fiche")), errors);

    let page = format!("metiers/{slug}");
    let rendered = render_markdown(split.body, split.body_line, targets, Citing { page: &page, declared: &declared });
    for (line, message) in &rendered.problems {
        errors.push(ContentError::new(path, Some(*line), None, message.clone()));
    }
    citations::report_unused(path, &declared, &rendered.numbering.order, errors);
    check_sections(path, &rendered.headings, split.body_line, errors);
    // The hard parts and the pay are where a reader most needs to check: each cites its sources.
    for (section, (heading, line)) in rendered.citations_per_part.iter().zip(&rendered.headings) {
        let must_cite = [Section::Conditions, Section::Salaire].iter().any(|s| s.label() == heading);
        if must_cite && *section == 0 {
            errors.push(ContentError::new(
                path,
                Some(*line),
                None,
                format!("la partie « {heading} » ne cite aucune source : horaires, charge et salaire se prouvent"),
            ));
        }
    }

    if errors.len() > before {
        return None;
    }
    let profile = Profile {
        slug: leak(slug.to_string()),
        title_masculine: leak(raw.titre_masculin),
        title_feminine: leak(raw.titre_feminin),
        summary: leak(raw.resume),
        sectors,
        publics,
        workplaces,
        diplomas: raw.diplomes.into_iter().map(leak).collect::<Vec<_>>().leak(),
        open_without_diploma: raw.sans_diplome,
        study: study?,
        licence: licence?,
        riasec: riasec?.leak(),
        rome: raw.rome.into_iter().map(leak).collect::<Vec<_>>().leak(),
        related: raw.metiers_proches.into_iter().map(leak).collect::<Vec<_>>().leak(),
        picto: raw.picto.map(leak),
        checked_on: declared.oldest_check().unwrap_or_default(),
    };
    let sheet = sheet_html(&raw.fiche);
    let body = rendered.html + &citations::sources_html(&page, &declared, &rendered.numbering);
    Some(LoadedProfile { profile, body, sheet, declared, facts: rendered.facts, sentences: rendered.sentences })
}

fn check_sheet(
    path: &Path,
    sheet: &RawActivitySheet,
    at: &dyn Fn(&str) -> Option<usize>,
    errors: &mut Vec<ContentError>,
) {
    for (field, items, count) in
        [("a_discuter", &sheet.a_discuter, 2..=5), ("questions_pro", &sheet.questions_pro, 3..=3)]
    {
        if !count.contains(&items.len()) {
            let expected = if count.start() == count.end() {
                format!("{} exactement", count.start())
            } else {
                format!("de {} à {}", count.start(), count.end())
            };
            errors.push(ContentError::new(
                path,
                at(field),
                Some(field),
                format!("{} élément(s) ; il en faut {expected}", items.len()),
            ));
        }
        for item in items.iter() {
            let problem = if item.trim().is_empty() {
                Some("un élément est vide".to_string())
            } else if item.contains('·') {
                Some(format!("« {item} » : pas de point médian, écrire les deux formes"))
            } else if item.chars().any(|c| c.is_ascii_digit()) {
                Some(format!("« {item} » : pas de chiffres ici, ils restent dans la fiche avec leurs sources"))
            } else {
                None
            };
            if let Some(message) = problem {
                errors.push(ContentError::new(path, at(field), Some(field), message));
            }
        }
    }
}

fn sheet_html(sheet: &RawActivitySheet) -> String {
    let list = |items: &[String]| {
        items.iter().map(|i| format!("<li>{}</li>", super::markdown::escape(i.trim()))).collect::<String>()
    };
    format!(
        "<h2>À discuter en classe</h2>\n<ol>{}</ol>\n<h2>Trois questions à poser à un ou une professionnelle</h2>\n<ol>{}</ol>\n",
        list(&sheet.a_discuter),
        list(&sheet.questions_pro)
    )
}

/// Every profile has the same eight sections, in the same order, so pages look alike.
fn check_sections(path: &Path, headings: &[(String, usize)], body_line: usize, errors: &mut Vec<ContentError>) {
    let mut found = headings.iter();
    for section in Section::ALL {
        match found.next() {
            Some((text, _)) if text == section.label() => {}
            Some((text, line)) => {
                errors.push(ContentError::new(
                    path,
                    Some(*line),
                    None,
                    format!(
                        "partie « {text} » trouvée là où « ## {} » est attendue (huit parties, dans l'ordre du guide)",
                        section.label()
                    ),
                ));
                return;
            }
            None => {
                errors.push(ContentError::new(
                    path,
                    Some(body_line),
                    None,
                    format!("partie obligatoire manquante : « ## {} »", section.label()),
                ));
                return;
            }
        }
    }
    if let Some((text, line)) = found.next() {
        errors.push(ContentError::new(
            path,
            Some(*line),
            None,
            format!("partie en trop « {text} » : les fiches ont exactement huit parties"),
        ));
    }
}
