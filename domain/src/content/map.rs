//! The map's data, prepared at build time: training centres of the territories
//! (`territoires/*/centres.toml`) and of the whole country (Parcoursup), communes, and the
//! département outlines projected and simplified into SVG paths.

use super::{front_matter, ContentError};
use crate::catalog::Diploma;
use crate::geo::{self, Bounds, Point};
use crate::training::{valid_postcode, Centre, Commune};
use crate::vocab::CentreKind;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

pub struct Departement {
    pub code: String,
    pub name: String,
    /// Lon/lat rings, for point-in-polygon checks.
    pub rings: Vec<Vec<(f64, f64)>>,
    /// Projected and simplified SVG path data.
    pub path: String,
    pub bounds: Bounds,
}

pub struct MapData {
    pub departements: Vec<Departement>,
    pub centres: Vec<Centre>,
    pub communes: Vec<Commune>,
}

impl MapData {
    /// The background map as SVG paths, one per département.
    pub fn outline_svg(&self) -> String {
        self.departements
            .iter()
            .map(|d| format!("<path class=\"dep\" data-dep=\"{}\" d=\"{}\"/>", d.code, d.path))
            .collect()
    }

    /// `code, name, min x, min y, max x, max y` per line, to frame a département.
    pub fn departements_tsv(&self) -> String {
        self.departements
            .iter()
            .map(|d| {
                format!(
                    "{}\t{}\t{:.1}\t{:.1}\t{:.1}\t{:.1}\n",
                    d.code, d.name, d.bounds.min.x, d.bounds.min.y, d.bounds.max.x, d.bounds.max.y
                )
            })
            .collect()
    }

    pub fn centres_tsv(&self) -> String {
        self.centres.iter().map(|c| c.to_line() + "\n").collect()
    }

    pub fn communes_tsv(&self) -> String {
        self.communes.iter().map(|c| c.to_line() + "\n").collect()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentres {
    centre: Vec<RawCentre>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCentre {
    id: String,
    nom: String,
    #[serde(rename = "type")]
    kind: String,
    diplomes: Vec<String>,
    adresse: Option<String>,
    code_postal: Option<String>,
    ville: Option<String>,
    #[serde(default)]
    ville_deduite: bool,
    lat: f64,
    lon: f64,
    #[serde(default)]
    position_approchee: bool,
    site: Option<String>,
    telephone: Option<String>,
    uai: Option<String>,
    source: String,
    licence: String,
}

/// Splits CSV text into rows of fields, with "quoted, fields".
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    field.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                ',' if !quoted => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        rows.push(fields);
    }
    rows
}

fn geojson_rings(geometry: &serde_json::Value) -> Vec<Vec<(f64, f64)>> {
    let ring = |r: &serde_json::Value| -> Vec<(f64, f64)> {
        r.as_array().into_iter().flatten().filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?))).collect()
    };
    let coords = &geometry["coordinates"];
    match geometry["type"].as_str() {
        Some("Polygon") => coords.as_array().into_iter().flatten().map(ring).collect(),
        Some("MultiPolygon") => coords
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|poly| poly.as_array().into_iter().flatten().map(ring))
            .collect(),
        _ => Vec::new(),
    }
}

fn read_json(path: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Option<serde_json::Value> {
    files.push(path.to_path_buf());
    let text = std::fs::read_to_string(path)
        .map_err(|e| errors.push(ContentError::new(path, None, None, format!("lecture impossible : {e}"))))
        .ok()?;
    serde_json::from_str(&text)
        .map_err(|e| errors.push(ContentError::new(path, Some(e.line()), None, format!("GeoJSON invalide : {e}"))))
        .ok()
}

/// National outlines, with the detailed outline of each territory that ships one.
fn load_departements(
    dir: &Path,
    detailed: &[String],
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<Departement> {
    let sources = dir.join("carte/sources");
    let Some(national) = read_json(&sources.join("departements-metropole-simplifie.geojson"), files, errors) else {
        return Vec::new();
    };
    let mut departements = Vec::new();
    for feature in national["features"].as_array().into_iter().flatten() {
        let code = feature["properties"]["code"].as_str().unwrap_or_default().to_string();
        let name = feature["properties"]["nom"].as_str().unwrap_or_default().to_string();
        let (rings, tolerance) = match detailed.contains(&code) {
            true => match read_json(&sources.join(format!("departement-{code}.geojson")), files, errors) {
                Some(detail) => (geojson_rings(&detail["geometry"]), 0.2),
                None => continue,
            },
            false => (geojson_rings(&feature["geometry"]), 0.8),
        };
        let projected: Vec<Vec<Point>> = rings
            .iter()
            .map(|r| {
                let points: Vec<(f64, f64)> =
                    r.iter().map(|(lon, lat)| geo::project(*lon, *lat)).map(|p| (p.x, p.y)).collect();
                geo::simplify(&points, tolerance).into_iter().map(|(x, y)| Point { x, y }).collect()
            })
            .collect();
        let Some(bounds) = Bounds::of(projected.iter().flatten().copied()) else { continue };
        departements.push(Departement { code, name, path: geo::svg_path(&projected), rings, bounds });
    }
    departements
}

fn territory_centres(
    dir: &Path,
    diplomas: &[Diploma],
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<(Centre, Option<String>, PathBuf, Option<usize>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir.join("territoires")) else { return out };
    let mut folders: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
    folders.sort();
    for folder in folders {
        let path = folder.join("centres.toml");
        if !path.exists() {
            continue;
        }
        files.push(path.clone());
        let departement = folder
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.split('-').next())
            .unwrap_or_default()
            .to_string();
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let raw: RawCentres = match front_matter::parse(&path, &text, 1) {
            Ok(raw) => raw,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let starts = front_matter::entry_lines(&text, "[[centre]]");
        for (n, c) in raw.centre.into_iter().enumerate() {
            let line = starts.get(n).copied();
            let at = |key: &str| {
                let start = line.unwrap_or(1);
                text.lines()
                    .enumerate()
                    .skip(start)
                    .take_while(|(_, l)| l.trim() != "[[centre]]")
                    .find(|(_, l)| front_matter::is_key(l, key))
                    .map(|(i, _)| i + 1)
                    .or(line)
            };
            let before = errors.len();
            let kind = CentreKind::from_id(&c.kind);
            if kind.is_none() {
                errors.push(ContentError::new(
                    &path,
                    at("type"),
                    Some("type"),
                    format!("type inconnu « {} » ; valeurs possibles : {}", c.kind, CentreKind::ids()),
                ));
            }
            if c.diplomes.is_empty() {
                errors.push(ContentError::new(&path, at("diplomes"), Some("diplomes"), "au moins un diplôme"));
            }
            for d in &c.diplomes {
                // An unreadable catalogue is reported once, in diplomes.toml, not here for each centre.
                if !diplomas.is_empty() && !diplomas.iter().any(|x| x.id == d) {
                    errors.push(ContentError::new(
                        &path,
                        at("diplomes"),
                        Some("diplomes"),
                        format!("diplôme inconnu « {d} » (voir content/diplomes.toml)"),
                    ));
                }
            }
            if c.source.trim().is_empty() {
                errors.push(ContentError::new(&path, at("source"), Some("source"), "la source est obligatoire"));
            }
            if let Some(cp) = &c.code_postal {
                if !valid_postcode(cp, &departement) {
                    errors.push(ContentError::new(
                        &path,
                        at("code_postal"),
                        Some("code_postal"),
                        format!("« {cp} » n'est pas un code postal du {departement}"),
                    ));
                }
            }
            if errors.len() > before {
                continue;
            }
            let centre = Centre {
                id: c.id,
                name: c.nom,
                kind: kind.unwrap_or(CentreKind::Autre),
                diplomas: c.diplomes,
                address: c.adresse,
                postcode: c.code_postal,
                city: c.ville,
                city_derived: c.ville_deduite,
                departement: departement.clone(),
                lat: c.lat,
                lon: c.lon,
                approximate: c.position_approchee,
                website: c.site,
                phone: c.telephone,
                source: c.source,
                licence: c.licence,
            };
            out.push((centre, c.uai, path.clone(), at("lat")));
        }
    }
    out
}

/// Parcoursup's programme labels → diploma ids.
fn national_diploma(filiere: &str) -> Option<&'static str> {
    let f = filiere.to_lowercase();
    Some(match () {
        _ if f.starts_with("d.e infirmier") => "dei",
        _ if f.starts_with("d.e assistant de service social") => "deass",
        _ if f.starts_with("d.e educateur specialise") => "dees",
        _ if f.starts_with("d.e educateur technique specialise") => "dets",
        _ if f.starts_with("d.e educateur de jeunes enfants") => "deeje",
        _ if f.starts_with("d.e ergotherapeute") => "de-ergotherapeute",
        _ if f.starts_with("d.e psychomotricien") => "de-psychomotricien",
        _ if f.contains("services et prestations des secteurs sanitaire et social") => "bts-sp3s",
        _ if f.contains("economie sociale familiale") => "bts-esf",
        _ if f.starts_with("but - carrieres sociales") => "but-carrieres-sociales",
        _ => return None,
    })
}

fn national_kind(diploma: &str) -> CentreKind {
    match diploma {
        "dei" => CentreKind::Ifsi,
        "deass" | "dees" | "dets" | "deeje" => CentreKind::Efts,
        "de-ergotherapeute" => CentreKind::InstitutErgotherapie,
        "de-psychomotricien" => CentreKind::InstitutPsychomotricite,
        "but-carrieres-sociales" => CentreKind::Iut,
        _ => CentreKind::Lycee,
    }
}

/// Programmes of the whole country, one centre per establishment (UAI), those already described
/// by a territory left out.
fn national_centres(
    dir: &Path,
    known_uai: &BTreeSet<String>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<Centre> {
    let path = dir.join("carte/sources/parcoursup2025-soin-social.csv");
    files.push(path.clone());
    let Ok(text) = std::fs::read_to_string(&path) else {
        errors.push(ContentError::new(&path, None, None, "lecture impossible"));
        return Vec::new();
    };
    let mut by_uai: BTreeMap<String, Centre> = BTreeMap::new();
    for (i, row) in csv_rows(&text).into_iter().enumerate().skip(1) {
        let [uai, dep, name, _statut, _region, filiere, lat, lon] = row.as_slice() else {
            errors.push(ContentError::new(&path, Some(i + 1), None, format!("{} colonnes au lieu de 8", row.len())));
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else { continue };
        // Metropolitan France only: the map draws no overseas département.
        if dep.len() != 2 || known_uai.contains(uai) || !(41.0..52.0).contains(&lat) || !(-5.5..10.0).contains(&lon) {
            continue;
        }
        let Some(diploma) = national_diploma(filiere) else { continue };
        let centre = by_uai.entry(uai.clone()).or_insert_with(|| Centre {
            id: format!("uai-{}", uai.to_lowercase()),
            name: name.clone(),
            kind: national_kind(diploma),
            diplomas: Vec::new(),
            address: None,
            postcode: None,
            city: None,
            city_derived: false,
            departement: dep.clone(),
            lat,
            lon,
            approximate: false,
            website: None,
            phone: None,
            source: "MESR – Parcoursup 2025".into(),
            licence: "Licence Ouverte / Etalab 2.0".into(),
        });
        if !centre.diplomas.iter().any(|d| d == diploma) {
            centre.diplomas.push(diploma.to_string());
        }
    }
    by_uai.into_values().collect()
}

fn load_communes(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Vec<Commune> {
    let path = dir.join("carte/sources/communes-05-62.csv");
    files.push(path.clone());
    let Ok(text) = std::fs::read_to_string(&path) else {
        errors.push(ContentError::new(&path, None, None, "lecture impossible"));
        return Vec::new();
    };
    let mut communes = Vec::new();
    for (i, row) in csv_rows(&text).into_iter().enumerate().skip(1) {
        let line = Some(i + 1);
        let [insee, name, dep, postcodes, population, lat, lon] = row.as_slice() else {
            errors.push(ContentError::new(&path, line, None, format!("{} colonnes au lieu de 7", row.len())));
            continue;
        };
        let postcodes: Vec<String> = postcodes.split(' ').filter(|p| !p.is_empty()).map(str::to_string).collect();
        if postcodes.is_empty() || postcodes.iter().any(|p| !valid_postcode(p, dep)) {
            errors.push(ContentError::new(
                &path,
                line,
                Some("codes_postaux"),
                format!("code postal invalide pour {name} ({dep})"),
            ));
            continue;
        }
        match (population.parse(), lat.parse(), lon.parse()) {
            (Ok(population), Ok(lat), Ok(lon)) => communes.push(Commune {
                insee: insee.clone(),
                name: name.clone(),
                departement: dep.clone(),
                postcodes,
                population,
                lat,
                lon,
            }),
            _ => errors.push(ContentError::new(&path, line, None, "population ou coordonnées invalides")),
        }
    }
    communes
}

/// A content folder without `carte/` (a test fixture) has no map; the real content's tests check
/// that it has one.
pub fn load(dir: &Path, diplomas: &[Diploma], files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> MapData {
    if !dir.join("carte").exists() {
        return MapData { departements: Vec::new(), centres: Vec::new(), communes: Vec::new() };
    }
    let territory = territory_centres(dir, diplomas, files, errors);
    let detailed: Vec<String> =
        territory.iter().map(|(c, ..)| c.departement.clone()).collect::<BTreeSet<_>>().into_iter().collect();
    let departements = load_departements(dir, &detailed, files, errors);

    let mut ids = BTreeSet::new();
    let mut known_uai = BTreeSet::new();
    let mut centres = Vec::new();
    for (centre, uai, path, line) in territory {
        if !ids.insert(centre.id.clone()) {
            errors.push(ContentError::new(&path, line, Some("id"), format!("« {} » est en double", centre.id)));
            continue;
        }
        let inside = departements
            .iter()
            .find(|d| d.code == centre.departement)
            .is_some_and(|d| geo::point_in_polygon(centre.lon, centre.lat, &d.rings));
        if !inside && !centre.approximate {
            errors.push(ContentError::new(
                &path,
                line,
                Some("lat"),
                format!(
                    "« {} » : la position ({}, {}) est hors du département {}",
                    centre.id, centre.lat, centre.lon, centre.departement
                ),
            ));
        }
        known_uai.extend(uai);
        centres.push(centre);
    }
    centres.extend(national_centres(dir, &known_uai, files, errors));
    let communes = load_communes(dir, files, errors);
    MapData { departements, centres, communes }
}
