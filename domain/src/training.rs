//! Training centres and communes for the map: the records the app loads on the map page (a
//! compact tab-separated format written at build time), the filters, distances and the commune
//! search. No UI here.

use crate::geo;
use crate::text;
use crate::vocab::CentreKind;

#[derive(Debug, Clone, PartialEq)]
pub struct Centre {
    pub id: String,
    pub name: String,
    pub kind: CentreKind,
    pub diplomas: Vec<String>,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The city was deduced from the coordinates, not given by the source.
    pub city_derived: bool,
    pub departement: String,
    pub lat: f64,
    pub lon: f64,
    /// The position is the commune's, not the institute's own.
    pub approximate: bool,
    pub website: Option<String>,
    pub phone: Option<String>,
    pub source: String,
    pub licence: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Commune {
    pub insee: String,
    pub name: String,
    pub departement: String,
    pub postcodes: Vec<String>,
    pub population: u32,
    pub lat: f64,
    pub lon: f64,
}

/// A département as the map frames it: its code, name and projected bounds.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub code: String,
    pub name: String,
    pub bounds: geo::Bounds,
}

impl Area {
    fn from_line(line: &str) -> Result<Area, String> {
        let f: Vec<&str> = line.split('\t').collect();
        let n: Vec<f64> = f.iter().skip(2).filter_map(|v| v.parse().ok()).collect();
        match (f.len(), n.as_slice()) {
            (6, [x0, y0, x1, y1]) => Ok(Area {
                code: f[0].to_string(),
                name: f[1].to_string(),
                bounds: geo::Bounds { min: geo::Point { x: *x0, y: *y0 }, max: geo::Point { x: *x1, y: *y1 } },
            }),
            _ => Err("ligne de département invalide".into()),
        }
    }
}

pub fn parse_areas(text: &str) -> Result<Vec<Area>, ParseError> {
    parse_lines(text, Area::from_line)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn number(s: &str) -> Result<f64, String> {
    s.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or_else(|| format!("nombre invalide « {s} »"))
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

impl Centre {
    pub fn to_line(&self) -> String {
        let o = |v: &Option<String>| v.as_deref().map(clean).unwrap_or_default();
        [
            clean(&self.id),
            clean(&self.name),
            self.kind.id().to_string(),
            self.diplomas.join(","),
            o(&self.address),
            o(&self.postcode),
            o(&self.city),
            u8::from(self.city_derived).to_string(),
            clean(&self.departement),
            format!("{:.5}", self.lat),
            format!("{:.5}", self.lon),
            u8::from(self.approximate).to_string(),
            o(&self.website),
            o(&self.phone),
            clean(&self.source),
            clean(&self.licence),
        ]
        .join("\t")
    }

    fn from_line(line: &str) -> Result<Centre, String> {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 16 {
            return Err(format!("{} champs au lieu de 16", f.len()));
        }
        Ok(Centre {
            id: f[0].to_string(),
            name: f[1].to_string(),
            kind: CentreKind::from_id(f[2]).ok_or_else(|| format!("type inconnu « {} »", f[2]))?,
            diplomas: f[3].split(',').filter(|d| !d.is_empty()).map(str::to_string).collect(),
            address: opt(f[4]),
            postcode: opt(f[5]),
            city: opt(f[6]),
            city_derived: f[7] == "1",
            departement: f[8].to_string(),
            lat: number(f[9])?,
            lon: number(f[10])?,
            approximate: f[11] == "1",
            website: opt(f[12]),
            phone: opt(f[13]),
            source: f[14].to_string(),
            licence: f[15].to_string(),
        })
    }

    pub fn position(&self) -> geo::Point {
        geo::project(self.lon, self.lat)
    }
}

impl Commune {
    pub fn to_line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{:.5}\t{:.5}",
            self.insee,
            clean(&self.name),
            self.departement,
            self.postcodes.join(" "),
            self.population,
            self.lat,
            self.lon
        )
    }

    fn from_line(line: &str) -> Result<Commune, String> {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return Err(format!("{} champs au lieu de 7", f.len()));
        }
        Ok(Commune {
            insee: f[0].to_string(),
            name: f[1].to_string(),
            departement: f[2].to_string(),
            postcodes: f[3].split(' ').filter(|p| !p.is_empty()).map(str::to_string).collect(),
            population: f[4].parse().map_err(|_| format!("population invalide « {} »", f[4]))?,
            lat: number(f[5])?,
            lon: number(f[6])?,
        })
    }

    /// « Gap (05000) ».
    pub fn label(&self) -> String {
        match self.postcodes.first() {
            Some(cp) => format!("{} ({cp})", self.name),
            None => self.name.clone(),
        }
    }
}

fn parse_lines<T>(text: &str, parse: fn(&str) -> Result<T, String>) -> Result<Vec<T>, ParseError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| parse(l).map_err(|message| ParseError { line: i + 1, message }))
        .collect()
}

pub fn parse_centres(text: &str) -> Result<Vec<Centre>, ParseError> {
    parse_lines(text, Centre::from_line)
}

pub fn parse_communes(text: &str) -> Result<Vec<Commune>, ParseError> {
    parse_lines(text, Commune::from_line)
}

/// A postcode is five digits; in metropolitan France it starts with the département's code
/// (Corsica's 2A/2B use 20).
pub fn valid_postcode(postcode: &str, departement: &str) -> bool {
    let prefix = if departement.starts_with('2') && departement.len() == 2 && !departement.ends_with(char::is_numeric) {
        "20"
    } else {
        departement
    };
    postcode.len() == 5
        && postcode.bytes().all(|b| b.is_ascii_digit())
        && postcode.starts_with(&prefix[..2.min(prefix.len())])
}

/// Communes matching what a visitor types: a postcode (or its start), or a name, ignoring case,
/// accents and dashes. Exact matches first, then names that start with the query, then the
/// others, larger communes first within each.
pub fn search_communes<'a>(communes: &'a [Commune], query: &str, limit: usize) -> Vec<&'a Commune> {
    let query = query.trim();
    if query.is_empty() {
        return Vec::new();
    }
    if query.bytes().all(|b| b.is_ascii_digit()) {
        let mut found: Vec<&Commune> =
            communes.iter().filter(|c| c.postcodes.iter().any(|p| p.starts_with(query))).collect();
        found.sort_by(|a, b| b.population.cmp(&a.population).then(a.name.cmp(&b.name)));
        found.truncate(limit);
        return found;
    }
    let q = text::fold(query);
    let mut found: Vec<(u8, &Commune)> = communes
        .iter()
        .filter_map(|c| {
            let name = text::fold(&c.name);
            let rank = if name == q {
                0
            } else if name.starts_with(&q) {
                1
            } else if text::matches(&name, &q) {
                2
            } else {
                return None;
            };
            Some((rank, c))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.population.cmp(&a.1.population)).then(a.1.name.cmp(&b.1.name)));
    found.into_iter().take(limit).map(|(_, c)| c).collect()
}

/// Which centres to show. Diplomas come from a profile (its diplomas) or a single diploma.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CentreFilter {
    pub diplomas: Option<Vec<String>>,
    pub kind: Option<CentreKind>,
    pub departement: Option<String>,
}

impl CentreFilter {
    fn keeps_training(&self, c: &Centre) -> bool {
        self.diplomas.as_ref().is_none_or(|ds| c.diplomas.iter().any(|d| ds.contains(d)))
            && self.kind.is_none_or(|k| c.kind == k)
    }

    pub fn keeps(&self, c: &Centre) -> bool {
        self.keeps_training(c) && self.departement.as_ref().is_none_or(|d| &c.departement == d)
    }
}

/// A centre in the results, with its distance when the visitor gave a position.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub index: usize,
    pub km: Option<f64>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    pub found: Vec<Found>,
    /// No centre matched in the chosen département: these are the nearest elsewhere.
    pub elsewhere: bool,
}

/// The centres the filter keeps, nearest first from `from` (lat, lon), else by département and
/// name. When a département is chosen and has none, the nearest matching centres elsewhere
/// (from `from`, or from the département's own centres) stand in, flagged as such.
pub fn find(centres: &[Centre], filter: &CentreFilter, from: Option<(f64, f64)>, elsewhere_count: usize) -> Results {
    let rank = |indices: Vec<usize>, from: Option<(f64, f64)>| -> Vec<Found> {
        let mut found: Vec<Found> = indices
            .into_iter()
            .map(|i| Found {
                index: i,
                km: from.map(|(la, lo)| geo::distance_km(la, lo, centres[i].lat, centres[i].lon)),
            })
            .collect();
        found.sort_by(|a, b| match (a.km, b.km) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            _ => (&centres[a.index].departement, &centres[a.index].name)
                .cmp(&(&centres[b.index].departement, &centres[b.index].name)),
        });
        found
    };
    let kept: Vec<usize> = (0..centres.len()).filter(|&i| filter.keeps(&centres[i])).collect();
    if !kept.is_empty() || filter.departement.is_none() {
        return Results { found: rank(kept, from), elsewhere: false };
    }
    // Nothing in this département: measure from the visitor, or from the département's centres.
    let dep = filter.departement.as_deref().unwrap_or_default();
    let anchor = from.or_else(|| {
        let local: Vec<&Centre> = centres.iter().filter(|c| c.departement == dep).collect();
        (!local.is_empty()).then(|| {
            let n = local.len() as f64;
            (local.iter().map(|c| c.lat).sum::<f64>() / n, local.iter().map(|c| c.lon).sum::<f64>() / n)
        })
    });
    let others: Vec<usize> = (0..centres.len()).filter(|&i| filter.keeps_training(&centres[i])).collect();
    let mut found = rank(others, anchor);
    found.truncate(elsewhere_count);
    Results { found, elsewhere: true }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn centre(id: &str, dep: &str, diplomas: &[&str], lat: f64, lon: f64) -> Centre {
        Centre {
            id: id.into(),
            name: format!("Centre {id}"),
            kind: CentreKind::Ifsi,
            diplomas: diplomas.iter().map(|d| d.to_string()).collect(),
            address: None,
            postcode: None,
            city: Some("Gap".into()),
            city_derived: true,
            departement: dep.into(),
            lat,
            lon,
            approximate: false,
            website: Some("https://exemple.fr".into()),
            phone: None,
            source: "MESR – Parcoursup 2025".into(),
            licence: "Licence Ouverte".into(),
        }
    }

    #[test]
    fn lines_round_trip() {
        let c = centre("a", "05", &["dei", "deas"], 44.56, 6.08);
        assert_eq!(parse_centres(&c.to_line()).unwrap(), vec![c]);
        let commune = Commune {
            insee: "05061".into(),
            name: "Gap".into(),
            departement: "05".into(),
            postcodes: vec!["05000".into()],
            population: 40000,
            lat: 44.56,
            lon: 6.08,
        };
        assert_eq!(parse_communes(&commune.to_line()).unwrap(), vec![commune]);
    }

    #[test]
    fn broken_lines_name_their_line() {
        let good = centre("a", "05", &["dei"], 44.0, 6.0).to_line();
        let e = parse_centres(&format!("{good}\nun\tdeux")).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(parse_centres(&good.replace("44.00000", "nord")).is_err());
    }

    #[test]
    fn areas_parse() {
        let a = parse_areas("05\tHautes-Alpes\t1.0\t2.0\t3.0\t4.5\n").unwrap();
        assert_eq!(a[0].name, "Hautes-Alpes");
        assert_eq!(a[0].bounds.max.y, 4.5);
        assert!(parse_areas("05\tHautes-Alpes\t1.0").is_err());
    }

    #[test]
    fn postcodes_are_checked() {
        assert!(valid_postcode("05000", "05"));
        assert!(valid_postcode("62100", "62"));
        assert!(!valid_postcode("5000", "05"));
        assert!(!valid_postcode("62100", "05"));
        assert!(!valid_postcode("0500A", "05"));
    }

    #[test]
    fn commune_search_by_name_and_postcode() {
        let c = |name: &str, cp: &str, pop| Commune {
            insee: cp.into(),
            name: name.into(),
            departement: cp[..2].into(),
            postcodes: vec![cp.into()],
            population: pop,
            lat: 0.0,
            lon: 0.0,
        };
        let communes = vec![
            c("Saint-Omer", "62500", 14000),
            c("Gap", "05000", 40000),
            c("Gapençais", "05001", 10),
            c("Saint-Étienne-au-Mont", "62360", 5000),
        ];
        let names = |q: &str| search_communes(&communes, q, 5).iter().map(|c| c.name.clone()).collect::<Vec<_>>();
        assert_eq!(names("gap"), ["Gap", "Gapençais"]);
        assert_eq!(names("SAINT ETIENNE"), ["Saint-Étienne-au-Mont"]);
        assert_eq!(names("saint omer"), ["Saint-Omer"]);
        assert_eq!(names("62"), ["Saint-Omer", "Saint-Étienne-au-Mont"]);
        assert_eq!(names("05000"), ["Gap"]);
        assert!(names("").is_empty());
    }

    #[test]
    fn find_sorts_by_distance_and_falls_back_elsewhere() {
        let centres = vec![
            centre("arras", "62", &["dei"], 50.29, 2.78),
            centre("gap", "05", &["dei", "deas"], 44.56, 6.08),
            centre("briancon", "05", &["dei"], 44.90, 6.64),
        ];
        let near_gap = find(&centres, &CentreFilter::default(), Some((44.56, 6.08)), 3);
        assert_eq!(
            near_gap.found.iter().map(|f| centres[f.index].id.as_str()).collect::<Vec<_>>(),
            ["gap", "briancon", "arras"]
        );
        assert!(near_gap.found[0].km.unwrap() < 1.0);

        let deas_62 = CentreFilter { diplomas: Some(vec!["deas".into()]), kind: None, departement: Some("62".into()) };
        let r = find(&centres, &deas_62, None, 3);
        assert!(r.elsewhere);
        assert_eq!(r.found.iter().map(|f| centres[f.index].id.as_str()).collect::<Vec<_>>(), ["gap"]);

        let dei_05 = CentreFilter { diplomas: Some(vec!["dei".into()]), kind: None, departement: Some("05".into()) };
        let r = find(&centres, &dei_05, None, 3);
        assert!(!r.elsewhere);
        assert_eq!(r.found.len(), 2);
    }
}
