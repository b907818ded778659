//! Sources and citations. A content file declares its sources once (`[[source]]` tables) and calls
//! them where a fact stands (`[^id]`). This module validates the declarations, recognises the
//! sentences that state a figure (and so need a citation), and renders the numbered list of sources
//! that ends a page.

use super::front_matter::{entry_lines, is_key};
use super::markdown::escape;
use super::ContentError;
use crate::catalog::Source;
use crate::territory::french_iso_date;
use crate::vocab::SourceKind;
use serde::Deserialize;
use std::path::Path;

/// A `[[source]]` table as written. Profiles and pages give it an `id` to call it by; a diploma's
/// sources stand next to it and need none.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Option<String>,
    pub titre: String,
    pub site: String,
    pub url: String,
    pub nature: String,
    pub date: Option<String>,
    pub consulte_le: Option<toml::value::Datetime>,
}

/// The sources a page may cite, in declaration order, with the line each one starts on.
#[derive(Debug, Default, Clone)]
pub struct Declared {
    pub sources: Vec<Source>,
    pub ids: Vec<String>,
    pub lines: Vec<Option<usize>>,
}

impl Declared {
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.ids.iter().position(|i| i == id)
    }

    /// The oldest check date among the sources, or `None` without sources.
    pub fn oldest_check(&self) -> Option<&'static str> {
        self.sources.iter().map(|s| s.checked_on).min()
    }
}

fn is_partial_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let in_range = |s: &str, max: u32| s.parse::<u32>().is_ok_and(|v| (1..=max).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 12),
        [y, m, d] => digits(y, 4) && digits(m, 2) && in_range(m, 12) && digits(d, 2) && in_range(d, 31),
        _ => false,
    }
}

/// True for a URL with nothing after its host: a home page proves nothing by itself.
fn is_home_page(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let after_host = rest.find(['/', '?', '#']).map_or("", |i| &rest[i..]);
    let (path, query) = after_host.split_once('?').unwrap_or((after_host, ""));
    let path = path.split('#').next().unwrap_or_default();
    path.trim_matches('/').is_empty() && query.is_empty()
}

/// Validates `[[source]]` tables found in `toml_text` (starting at `first_line` of `file`). `header`
/// is the table header as written (`[[source]]` or `[[diplome.source]]`), used to point at lines.
pub fn declare(
    file: &Path,
    toml_text: &str,
    first_line: usize,
    header: &str,
    raw: Vec<RawSource>,
    need_id: bool,
    errors: &mut Vec<ContentError>,
) -> Declared {
    let starts: Vec<usize> = entry_lines(toml_text, header).into_iter().map(|l| first_line + l - 1).collect();
    declare_at(file, toml_text, first_line, &starts, raw, need_id, errors)
}

/// Same as [`declare`], for sources whose table headers start at the given lines.
pub fn declare_at(
    file: &Path,
    toml_text: &str,
    first_line: usize,
    starts: &[usize],
    raw: Vec<RawSource>,
    need_id: bool,
    errors: &mut Vec<ContentError>,
) -> Declared {
    let lines: Vec<&str> = toml_text.lines().collect();
    // The line of `key = …` inside the n-th table, else the table's first line.
    let at = |start: Option<usize>, key: &str| -> Option<usize> {
        let start = start?;
        let from = start - first_line;
        let found = lines
            .iter()
            .enumerate()
            .skip(from + 1)
            .take_while(|(_, l)| !l.trim_start().starts_with('['))
            .find(|(_, l)| is_key(l, key))
            .map(|(i, _)| first_line + i);
        Some(found.unwrap_or(start))
    };
    let mut declared = Declared::default();
    for (n, source) in raw.into_iter().enumerate() {
        let start = starts.get(n).copied();
        let mut problem = |key: &str, message: String| {
            errors.push(ContentError::new(file, at(start, key), Some(key), message));
        };
        let id = source.id.clone().unwrap_or_default();
        if need_id {
            if source.id.is_none() {
                problem("id", "chaque source a un identifiant, celui qu'on appelle avec [^id] dans le texte".into());
            } else if !super::profiles::is_id(&id) {
                problem("id", format!("« {id} » : minuscules, chiffres et tirets seulement"));
            } else if declared.ids.contains(&id) {
                problem("id", format!("« {id} » est déclarée deux fois"));
            }
        }
        for (key, value) in [("titre", &source.titre), ("site", &source.site)] {
            if value.trim().is_empty() {
                problem(key, "ne doit pas être vide".into());
            }
        }
        let url = source.url.trim();
        if !url.starts_with("https://") && !url.starts_with("http://") {
            problem("url", format!("« {url} » n'est pas une adresse web (http ou https)"));
        } else if is_home_page(url) {
            problem(
                "url",
                format!(
                    "« {url} » est la page d'accueil d'un site : donner l'adresse exacte de la page qui dit le fait"
                ),
            );
        }
        let kind = SourceKind::from_id(&source.nature);
        if kind.is_none() {
            problem(
                "nature",
                format!("valeur inconnue « {} » ; valeurs possibles : {}", source.nature, SourceKind::ids()),
            );
        }
        let date = source.date.as_deref().map(str::trim).unwrap_or_default().to_string();
        if source.date.is_none() || date.is_empty() {
            problem(
                "date",
                "la date que montre la page est obligatoire (\"AAAA-MM-JJ\", \"AAAA-MM\" ou \"AAAA\") ; une page sans date ne peut pas être citée".into(),
            );
        } else if !is_partial_date(&date) {
            problem("date", format!("« {date} » : écrire \"AAAA-MM-JJ\", \"AAAA-MM\" ou \"AAAA\""));
        }
        let checked = match &source.consulte_le {
            Some(d) if d.date.is_some() && d.time.is_none() => d.to_string(),
            Some(_) => {
                problem("consulte_le", "une date seule est attendue, au format AAAA-MM-JJ".into());
                String::new()
            }
            None => {
                problem("consulte_le", "le jour de la vérification est obligatoire (AAAA-MM-JJ)".into());
                String::new()
            }
        };
        declared.sources.push(Source {
            title: super::leak(source.titre.trim().to_string()),
            site: super::leak(source.site.trim().to_string()),
            url: super::leak(url.to_string()),
            kind: kind.unwrap_or(SourceKind::Professionnel),
            date: super::leak(date),
            checked_on: super::leak(checked),
        });
        declared.ids.push(id);
        declared.lines.push(start);
    }
    declared
}

/// Reports the declared sources that nothing cites.
pub fn report_unused(file: &Path, declared: &Declared, cited: &[usize], errors: &mut Vec<ContentError>) {
    for (i, id) in declared.ids.iter().enumerate() {
        if !cited.contains(&i) {
            errors.push(ContentError::new(
                file,
                declared.lines[i],
                Some("source"),
                format!("la source « {id} » est déclarée mais aucun [^{id}] ne l'appelle : l'appeler ou la retirer"),
            ));
        }
    }
}

/// The words that, after a number, make it a figure a reader may want to check.
const UNITS: &[&str] = &[
    "€",
    "euro",
    "euros",
    "%",
    "h",
    "heure",
    "heures",
    "an",
    "ans",
    "mois",
    "semaine",
    "semaines",
    "jour",
    "jours",
    "nuit",
    "nuits",
    "place",
    "places",
    "km",
    "point",
    "points",
    "poste",
    "postes",
    "ects",
    "crédits",
    "personne",
    "personnes",
    "enfant",
    "enfants",
    "mineurs",
    "élèves",
    "étudiants",
    "étudiantes",
    "instituts",
    "écoles",
    "centres",
    "emplois",
    "salariés",
    "salariées",
    "professionnels",
    "professionnelles",
    "blocs",
    "épreuves",
    "modules",
    "stages",
    "échelons",
    "fois",
    "minutes",
    "m²",
    "kg",
    "diplômés",
    "diplômées",
];

/// A number in French writing: digits with thousands separated by spaces, and a decimal comma.
struct Number {
    text: String,
    value: f64,
    grouped: bool,
    end: usize,
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

fn number_at(chars: &[char], start: usize) -> Option<Number> {
    if !chars.get(start)?.is_ascii_digit()
        || (start > 0 && (chars[start - 1].is_alphanumeric() || chars[start - 1] == ','))
    {
        return None;
    }
    let digit_at = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut i = start;
    while digit_at(i) {
        i += 1;
    }
    let mut digits: String = chars[start..i].iter().collect();
    let mut grouped = false;
    // « 1 540 », « 600 000 »: groups of exactly three digits after a space, if the first run is short.
    while digits.len() <= 3 || grouped {
        let group = chars.get(i).is_some_and(|&c| is_space(c)) && (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4);
        if !group {
            break;
        }
        digits.extend(&chars[i + 1..i + 4]);
        grouped = true;
        i += 4;
    }
    let mut value: f64 = digits.parse().ok()?;
    if chars.get(i) == Some(&',') && digit_at(i + 1) {
        let mut j = i + 1;
        while digit_at(j) {
            j += 1;
        }
        let decimals: String = chars[i + 1..j].iter().collect();
        value += format!("0.{decimals}").parse::<f64>().unwrap_or(0.0);
        i = j;
    }
    Some(Number { text: chars[start..i].iter().collect(), value, grouped, end: i })
}

fn word_at(chars: &[char], mut i: usize) -> String {
    while i < chars.len() && is_space(chars[i]) {
        i += 1;
    }
    if chars.get(i).is_some_and(|c| matches!(c, '€' | '%')) {
        return chars[i].to_string();
    }
    chars[i..].iter().take_while(|c| c.is_alphanumeric() || **c == '²').collect::<String>().to_lowercase()
}

fn word_before(chars: &[char], start: usize) -> String {
    let mut end = start;
    while end > 0 && is_space(chars[end - 1]) {
        end -= 1;
    }
    if end > 0 && chars[end - 1] == '+' {
        return "+".into();
    }
    let mut begin = end;
    while begin > 0 && chars[begin - 1].is_alphanumeric() {
        begin -= 1;
    }
    chars[begin..end].iter().collect::<String>().to_lowercase()
}

fn is_year(n: &Number) -> bool {
    !n.grouped && n.text.len() == 4 && (1900.0..=2100.0).contains(&n.value)
}

/// The first figure a text states (a number with a unit, a level, or a count of 1 000 or more that
/// is not a year), as written, or `None`.
pub fn first_figure(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let Some(n) = number_at(&chars, i) else {
            i += 1;
            continue;
        };
        let unit = word_at(&chars, n.end);
        let before = word_before(&chars, i);
        if UNITS.contains(&unit.as_str()) {
            return Some(format!("{} {unit}", n.text));
        }
        if before == "niveau" || before == "+" || before == "échelon" {
            return Some(format!("{before} {}", n.text));
        }
        if n.value >= 1000.0 && !is_year(&n) {
            return Some(n.text);
        }
        i = n.end.max(i + 1);
    }
    None
}

/// The sentences of `text` that give an amount in euros without naming a year (2000–2099).
pub fn euros_without_year(text: &str) -> Vec<String> {
    split_sentences(text)
        .into_iter()
        .filter(|s| {
            let lower = s.to_lowercase();
            let euros =
                lower.contains('€') || lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == "euros" || w == "euro");
            euros && !has_year(s)
        })
        .map(|s| s.trim().to_string())
        .collect()
}

fn has_year(sentence: &str) -> bool {
    let chars: Vec<char> = sentence.chars().collect();
    (0..chars.len()).any(|i| {
        number_at(&chars, i).is_some_and(|n| {
            is_year(&n) && (2000.0..2100.0).contains(&n.value) && !chars.get(n.end).is_some_and(|c| c.is_alphanumeric())
        })
    })
}

/// Splits at sentence ends (`.`, `!`, `?` followed by a space or the end), never inside a number.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        if matches!(c, '.' | '!' | '?') {
            let next = bytes.get(k + 1).map(|&(_, n)| n);
            if next.is_none_or(char::is_whitespace) {
                let end = i + c.len_utf8();
                if !text[start..end].trim().is_empty() {
                    out.push(&text[start..end]);
                }
                start = end;
            }
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// How each cited source is shown: its number (order of first citation) and how many calls it has.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Numbering {
    /// Declared index of the source numbered `n + 1`.
    pub order: Vec<usize>,
    /// Number of calls of the source numbered `n + 1`.
    pub calls: Vec<usize>,
}

impl Numbering {
    /// Numbers a call of the declared source `index`: (its number, the call's rank for that source),
    /// both from 1.
    pub fn call(&mut self, index: usize) -> (usize, usize) {
        let n = match self.order.iter().position(|&i| i == index) {
            Some(n) => n,
            None => {
                self.order.push(index);
                self.calls.push(0);
                self.order.len() - 1
            }
        };
        self.calls[n] += 1;
        (n + 1, self.calls[n])
    }
}

/// The superscript link that follows a claim.
pub fn call_html(page: &str, number: usize, rank: usize) -> String {
    format!(
        "<sup class=\"appel\"><a href=\"{page}#source-{number}\" id=\"appel-{number}-{rank}\" class=\"lien-appel\"><span class=\"visually-hidden\">source </span>{number}</a></sup>",
        page = escape(page)
    )
}

/// The one-line description of a source: « Légifrance, texte officiel, page datée de mars 2024,
/// vérifiée le 1er décembre 2026 ».
pub fn describe(source: &Source) -> String {
    format!(
        "{}, {}, {}, vérifiée le {}",
        source.site,
        source.kind.label(),
        page_date(source.date),
        french_iso_date(source.checked_on)
    )
}

fn page_date(date: &str) -> String {
    match date.len() {
        4 => format!("page datée de {date}"),
        7 => {
            let shown = french_iso_date(date);
            let elided = if shown.starts_with(['a', 'o']) { "d'" } else { "de " };
            format!("page datée {elided}{shown}")
        }
        _ => format!("page datée du {}", french_iso_date(date)),
    }
}

/// The numbered « Sources » list that ends a page, each entry linking back to its calls.
pub fn sources_html(page: &str, declared: &Declared, numbering: &Numbering) -> String {
    if numbering.order.is_empty() {
        return String::new();
    }
    let page = escape(page);
    let mut out = String::from(
        "<section class=\"sources\" aria-labelledby=\"sources-titre\">\n<h2 id=\"sources-titre\">Sources</h2>\n<ol class=\"liste-sources\">\n",
    );
    for (n, (&index, &calls)) in numbering.order.iter().zip(&numbering.calls).enumerate() {
        let number = n + 1;
        let source = &declared.sources[index];
        let back = |rank: usize, label: String| {
            format!("<a href=\"{page}#appel-{number}-{rank}\" class=\"retour-appel\">{label}</a>")
        };
        let backs = if calls == 1 {
            back(1, format!("Retour au texte<span class=\"visually-hidden\"> depuis la source {number}</span>"))
        } else {
            let links: Vec<String> = (1..=calls)
                .map(|rank| {
                    back(
                        rank,
                        format!("<span class=\"visually-hidden\">appel </span>{rank}<span class=\"visually-hidden\"> de la source {number}</span>"),
                    )
                })
                .collect();
            format!("Retour au texte : {}", links.join(" "))
        };
        out.push_str(&format!(
            "<li id=\"source-{number}\" tabindex=\"-1\"><a href=\"{url}\" rel=\"noopener noreferrer\" class=\"lien-externe\">{title}<span class=\"visually-hidden\"> (site externe)</span></a>. {description}. <span class=\"retours\">{backs}</span></li>\n",
            url = escape(source.url),
            title = escape(source.title),
            description = escape(&describe(source)),
        ));
    }
    out.push_str("</ol>\n</section>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_recognised() {
        for (text, figure) in [
            ("La formation dure 1 540 heures.", "1 540 heures"),
            ("Il gagne 1 826,35 € brut.", "1 826,35 €"),
            ("Dès 17 ans.", "17 ans"),
            ("Un diplôme de niveau 4.", "niveau 4"),
            ("Environ 600 000 postes à pourvoir.", "600 000 postes"),
            ("Les nuits durent 10h.", "10 h"),
            ("Après un bac + 3.", "+ 3"),
            ("Il y a 136 000 accompagnants.", "136 000"),
            ("68 % des accidents.", "68 %"),
        ] {
            assert_eq!(first_figure(text).as_deref(), Some(figure), "{text}");
        }
        for text in [
            "Depuis une réforme de 2021, c'est une profession de santé.",
            "En 3e, on peut faire un stage.",
            "Le 1er janvier, tout change.",
            "Devenir infirmier ou infirmière.",
            "Le bac pro ASSP aide.",
        ] {
            assert_eq!(first_figure(text), None, "{text}");
        }
    }

    #[test]
    fn euro_amounts_need_a_year_in_their_sentence() {
        assert!(euros_without_year("En 2025, il gagne 1 800 € brut.").is_empty());
        assert!(euros_without_year("Il gagne 1 800 € brut depuis janvier 2024.").is_empty());
        assert_eq!(
            euros_without_year("Le salaire monte. Il gagne 1 800 € brut. En 2025 aussi."),
            vec!["Il gagne 1 800 € brut."]
        );
        assert_eq!(euros_without_year("Cela fait 300 euros par mois.").len(), 1);
        assert!(euros_without_year("Aucun montant ici, en 2025.").is_empty());
    }

    #[test]
    fn sentences_split_at_ends_not_inside_numbers() {
        assert_eq!(
            split_sentences("Il gagne 1 826,35 €. Puis plus ! Fin"),
            vec!["Il gagne 1 826,35 €.", " Puis plus !", " Fin"]
        );
    }

    #[test]
    fn partial_dates_and_home_pages() {
        for ok in ["2024", "2024-03", "2024-03-21"] {
            assert!(is_partial_date(ok), "{ok}");
        }
        for bad in ["24", "2024-3", "2024-13", "2024-03-32", "mars 2024", ""] {
            assert!(!is_partial_date(bad), "{bad}");
        }
        assert!(is_home_page("https://www.onisep.fr"));
        assert!(is_home_page("https://www.onisep.fr/"));
        assert!(is_home_page("https://www.onisep.fr/#haut"));
        assert!(!is_home_page("https://www.onisep.fr/metier/aide-soignant"));
        assert!(!is_home_page("https://fondationalia.fr/?p=4344"));
    }

    #[test]
    fn numbering_follows_first_citation() {
        let mut n = Numbering::default();
        assert_eq!(n.call(4), (1, 1));
        assert_eq!(n.call(2), (2, 1));
        assert_eq!(n.call(4), (1, 2));
        assert_eq!(n.order, vec![4, 2]);
        assert_eq!(n.calls, vec![2, 1]);
    }

    #[test]
    fn source_descriptions_read_in_french() {
        let s = Source {
            title: "T",
            site: "ONISEP",
            url: "https://www.onisep.fr/x",
            kind: SourceKind::OrganismePublic,
            date: "2024-04",
            checked_on: "2026-12-01",
        };
        assert_eq!(describe(&s), "ONISEP, organisme public, page datée d'avril 2024, vérifiée le 1er décembre 2026");
        assert_eq!(page_date("2021-06-10"), "page datée du 10 juin 2021");
        assert_eq!(page_date("2023"), "page datée de 2023");
    }
}
