//! The catalogue of profiles and diplomas as the app uses it: plain static data, compiled into
//! the app at build time (see `content::codegen`), queried here.

use crate::text;
use crate::vocab::{Interest, Licence, Public, Sector, SourceKind, StudyLength, Workplace};

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub slug: &'static str,
    pub title_masculine: &'static str,
    pub title_feminine: &'static str,
    pub summary: &'static str,
    pub sectors: &'static [Sector],
    pub publics: &'static [Public],
    pub workplaces: &'static [Workplace],
    pub diplomas: &'static [&'static str],
    pub open_without_diploma: bool,
    pub study: StudyLength,
    pub licence: Licence,
    pub riasec: &'static [Interest],
    pub rome: &'static [&'static str],
    pub related: &'static [&'static str],
    /// Its pictogram's name (content/pictos/), shown beside its name in lists and on its page.
    pub picto: Option<&'static str>,
    /// The oldest day one of the profile's sources was checked (`AAAA-MM-JJ`): the whole profile is
    /// at least that fresh. The sources themselves are listed in the fetched body, by citation number.
    pub checked_on: &'static str,
}

impl Profile {
    /// Both forms of the job name: « Aide-soignant ou aide-soignante ».
    pub fn title(&self) -> String {
        if self.title_masculine == self.title_feminine {
            return self.title_masculine.to_string();
        }
        let mut feminine = self.title_feminine.chars();
        let first = feminine.next().map(|c| c.to_lowercase().to_string()).unwrap_or_default();
        format!("{} ou {}{}", self.title_masculine, first, feminine.as_str())
    }

    fn search_text(&self) -> String {
        text::fold(&format!("{} {} {}", self.title_masculine, self.title_feminine, self.summary))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Diploma {
    pub id: &'static str,
    pub acronym: &'static str,
    pub name: &'static str,
    /// Level in the French national qualifications framework (3 = CAP … 7 = master).
    pub level: Option<u8>,
    pub duration: Option<&'static str>,
    pub schools: Option<&'static str>,
    pub access: Option<&'static str>,
    /// National register number (« RNCP37675 »), where an official page gives it.
    pub rncp: Option<&'static str>,
    pub sources: &'static [Source],
    /// Where to look for training providers when no open list can name them (they change every
    /// year): official catalogues, each with what to type there.
    pub catalogues: &'static [Catalogue],
}

/// A pictogram as the app draws it: an `<svg>` with this viewBox and root attributes around the
/// symbol `name` of the pictogram sprite (see `content::pictos::Sprite`).
#[derive(Debug, Clone, PartialEq)]
pub struct Picto {
    pub name: &'static str,
    pub view_box: &'static str,
    pub fill: Option<&'static str>,
    pub stroke: Option<&'static str>,
    pub stroke_width: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    pub name: &'static str,
    pub url: &'static str,
    /// What to type in the catalogue's search box.
    pub query: &'static str,
}

/// A page a fact comes from, as a reader sees it in a list of sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub title: &'static str,
    pub site: &'static str,
    pub url: &'static str,
    pub kind: SourceKind,
    /// The date the page shows: `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`.
    pub date: &'static str,
    /// The day the fact was checked on that page, `AAAA-MM-JJ`.
    pub checked_on: &'static str,
}

#[derive(Debug, Clone, Copy)]
pub struct Catalog {
    pub profiles: &'static [Profile],
    pub diplomas: &'static [Diploma],
}

impl Catalog {
    pub fn profile(&self, slug: &str) -> Option<&'static Profile> {
        self.profiles.iter().find(|p| p.slug == slug)
    }

    pub fn diploma(&self, id: &str) -> Option<&'static Diploma> {
        self.diplomas.iter().find(|d| d.id == id)
    }

    /// The profiles a filter keeps, in catalogue order.
    pub fn filter(&self, filter: &ProfileFilter) -> Vec<&'static Profile> {
        let query = text::fold(&filter.query);
        self.profiles
            .iter()
            .filter(|p| filter.sector.is_none_or(|s| p.sectors.contains(&s)))
            .filter(|p| filter.public.is_none_or(|s| p.publics.contains(&s)))
            .filter(|p| filter.max_study.is_none_or(|s| p.study <= s))
            .filter(|p| !filter.without_diploma || p.open_without_diploma)
            .filter(|p| text::matches(&p.search_text(), &query))
            .collect()
    }
}

/// The filters of the profile list. They live in the URL so that a teacher can share a list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileFilter {
    pub query: String,
    pub sector: Option<Sector>,
    pub public: Option<Public>,
    /// Keep the profiles one can enter after at most this much study.
    pub max_study: Option<StudyLength>,
    pub without_diploma: bool,
}

impl ProfileFilter {
    /// Reads URL query pairs; unknown keys and values are ignored rather than failing, so an old
    /// or hand-edited link still shows a list.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut filter = ProfileFilter::default();
        for (key, value) in pairs {
            match key {
                "q" => filter.query = value.to_string(),
                "secteur" => filter.sector = Sector::from_id(value),
                "public" => filter.public = Public::from_id(value),
                "etudes" => filter.max_study = StudyLength::from_id(value),
                "sans-diplome" => filter.without_diploma = value == "oui",
                _ => {}
            }
        }
        filter
    }

    /// The query pairs that describe this filter, in a stable order, empty ones left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.query.trim().is_empty() {
            pairs.push(("q", self.query.trim().to_string()));
        }
        if let Some(s) = self.sector {
            pairs.push(("secteur", s.id().to_string()));
        }
        if let Some(p) = self.public {
            pairs.push(("public", p.id().to_string()));
        }
        if let Some(s) = self.max_study {
            pairs.push(("etudes", s.id().to_string()));
        }
        if self.without_diploma {
            pairs.push(("sans-diplome", "oui".to_string()));
        }
        pairs
    }

    pub fn is_empty(&self) -> bool {
        self.to_pairs().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(slug: &'static str, m: &'static str, f: &'static str) -> Profile {
        Profile {
            slug,
            title_masculine: m,
            title_feminine: f,
            summary: "Un résumé.",
            sectors: &[Sector::Sante],
            publics: &[Public::Malades],
            workplaces: &[Workplace::Hopital],
            diplomas: &[],
            open_without_diploma: false,
            study: StudyLength::MoinsDUnAn,
            licence: Licence::Non,
            riasec: &[Interest::Social],
            rome: &[],
            related: &[],
            picto: None,
            checked_on: "2026-11-22",
        }
    }

    #[test]
    fn title_is_a_doublet() {
        assert_eq!(profile("a", "Aide-soignant", "Aide-soignante").title(), "Aide-soignant ou aide-soignante");
        assert_eq!(profile("e", "Éducateur", "Éducatrice").title(), "Éducateur ou éducatrice");
        assert_eq!(profile("b", "Ergothérapeute", "Ergothérapeute").title(), "Ergothérapeute");
    }

    #[test]
    fn filter_pairs_round_trip_and_ignore_unknowns() {
        let f = ProfileFilter {
            query: "aide".into(),
            sector: Some(Sector::GrandAge),
            public: None,
            max_study: Some(StudyLength::UnADeuxAns),
            without_diploma: true,
        };
        let pairs = f.to_pairs();
        let back = ProfileFilter::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, f);
        let odd = ProfileFilter::from_pairs([("secteur", "lune"), ("zzz", "1")]);
        assert!(odd.is_empty());
    }

    #[test]
    fn filter_search_is_accent_and_case_insensitive() {
        static PROFILES: std::sync::LazyLock<Vec<Profile>> = std::sync::LazyLock::new(|| {
            vec![
                profile("aide-soignant", "Aide-soignant", "Aide-soignante"),
                profile("infirmier", "Infirmier", "Infirmière"),
            ]
        });
        let catalog = Catalog { profiles: Box::leak(PROFILES.clone().into_boxed_slice()), diplomas: &[] };
        for q in ["aide soignant", "AIDE-SOIGNANTE", "aide soignante"] {
            let found = catalog.filter(&ProfileFilter { query: q.into(), ..Default::default() });
            assert_eq!(found.iter().map(|p| p.slug).collect::<Vec<_>>(), ["aide-soignant"], "{q}");
        }
        let found = catalog.filter(&ProfileFilter { query: "INFIRMIÈRE".into(), ..Default::default() });
        assert_eq!(found[0].slug, "infirmier");
    }
}
