//! Pictograms: SVG files in `content/pictos/` (copied from open icon sets, see PROVENANCE.md), and
//! `content/pictos.toml`, which gives one to every vocabulary value the app shows. Their shapes
//! go into one sprite file, fetched once and cached for good, rather than into the wasm, where they
//! weighed 62 KB that every first visit paid before anything ran; they are drawn in `currentColor`,
//! so class mode, forced colours and print keep them visible.

use super::{front_matter, read, ContentError};
use crate::catalog::Picto;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The elements a pictogram may hold: shapes only. Anything else (script, link, image, style,
/// event attribute) is refused, because the shapes are served as they are.
const SHAPES: &[&str] = &["path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "g"];
const ROOT_ATTRIBUTES: &[&str] = &["fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin"];

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.replace(['\n', '\t'], " ").find(&key)? + key.len();
    let rest = &tag[start..];
    Some(&rest[..rest.find('"')?])
}

/// Rounds the numbers of a path to 2 decimals: invisible at pictogram size, and a third lighter.
fn round_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        if c == '.' && out[..out.len() - 1].ends_with(|p: char| p.is_ascii_digit()) {
            let mut kept = 0;
            while let Some(d) = chars.peek().copied().filter(char::is_ascii_digit) {
                chars.next();
                if kept < 2 {
                    out.push(d);
                    kept += 1;
                }
            }
        }
    }
    out
}

/// A pictogram read from its file: how the app draws it, and its shapes for the sprite.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedPicto {
    pub picto: Picto,
    /// Shapes only (checked when the file is read).
    pub shapes: String,
}

/// Every pictogram the app draws, as `<symbol>`s of one SVG file. Its name carries a hash of its
/// text, so a browser may keep it for good and a changed pictogram gets a new name.
pub struct Sprite {
    pub file_name: String,
    pub svg: String,
}

impl Sprite {
    pub fn of(pictos: &[LoadedPicto]) -> Sprite {
        let mut svg = String::from(r#"<svg xmlns="http://www.w3.org/2000/svg">"#);
        for p in pictos {
            svg.push_str(&format!(
                r#"<symbol id="{}" viewBox="{}">{}</symbol>"#,
                p.picto.name, p.picto.view_box, p.shapes
            ));
        }
        svg.push_str("</svg>\n");
        // FNV-1a: a stable name for caching, not a security hash.
        let hash = svg.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3));
        Sprite { file_name: format!("pictos-{hash:016x}.svg"), svg }
    }
}

/// Reads one SVG file into its viewBox, root presentation attributes and safe inner shapes.
fn parse(name: &str, svg: &str) -> Result<LoadedPicto, String> {
    let open_end = svg.find('>').ok_or("pas de balise <svg>")?;
    let root = &svg[..open_end];
    if !root.trim_start().starts_with("<svg") {
        return Err("le fichier doit commencer par <svg".into());
    }
    let view_box = attribute(root, "viewBox").ok_or("attribut viewBox manquant")?.to_string();
    let close = svg.rfind("</svg>").ok_or("balise </svg> manquante")?;
    let mut inner = svg[open_end + 1..close].to_string();
    // Tabler's invisible bounding box.
    inner = inner.replace(r#"<path stroke="none" d="M0 0h24v24H0z" fill="none" />"#, "");
    let inner: String = inner.split_whitespace().collect::<Vec<_>>().join(" ").replace("> <", "><");
    let lower = inner.to_ascii_lowercase();
    for (i, _) in lower.match_indices('<') {
        let tag: String = lower[i + 1..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '/').collect();
        let tag = tag.trim_start_matches('/');
        if !SHAPES.contains(&tag) {
            return Err(format!("élément <{tag}> non permis : seulement des formes ({})", SHAPES.join(", ")));
        }
    }
    if lower.contains(" on") && lower.split_whitespace().any(|w| w.starts_with("on") && w.contains('='))
        || lower.contains("href")
        || lower.contains("url(")
    {
        return Err("attribut non permis (événement, lien ou url)".into());
    }
    let attributes = ROOT_ATTRIBUTES.iter().filter_map(|a| attribute(root, a).map(|v| (*a, v))).collect::<Vec<_>>();
    let picto = Picto {
        name: super::leak(name.to_string()),
        view_box: super::leak(view_box),
        fill: attributes.iter().find(|(a, _)| *a == "fill").map(|(_, v)| super::leak(v.to_string())),
        stroke: attributes.iter().find(|(a, _)| *a == "stroke").map(|(_, v)| super::leak(v.to_string())),
        stroke_width: attributes.iter().find(|(a, _)| *a == "stroke-width").map(|(_, v)| super::leak(v.to_string())),
    };
    Ok(LoadedPicto { picto, shapes: round_numbers(&inner) })
}

/// Every pictogram of `content/pictos/`, by name (the file name without `.svg`).
pub fn load_library(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> BTreeMap<String, LoadedPicto> {
    let folder = dir.join("pictos");
    let mut library = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(&folder) else { return library };
    files.push(folder.clone());
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .collect();
    paths.sort();
    for path in paths {
        let Some(svg) = read(&path, files, errors) else { continue };
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        match parse(&name, &svg) {
            Ok(picto) => {
                library.insert(name, picto);
            }
            Err(message) => errors.push(ContentError::new(&path, Some(1), None, message)),
        }
    }
    library
}

/// `pictos.toml`: for each vocabulary, every value's pictogram. Returns (vocabulary, value,
/// pictogram) triples.
pub fn load_choices(
    dir: &Path,
    vocabularies: &[(&'static str, Vec<&'static str>)],
    library: &BTreeMap<String, LoadedPicto>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<ContentError>,
) -> Vec<(&'static str, &'static str, String)> {
    let path = dir.join("pictos.toml");
    if !path.exists() {
        return Vec::new();
    }
    let Some(text) = read(&path, files, errors) else { return Vec::new() };
    let raw: BTreeMap<String, BTreeMap<String, String>> = match front_matter::parse(&path, &text, 1) {
        Ok(raw) => raw,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let line_in = |section: &str, key: &str| -> Option<usize> {
        let header = format!("[{section}]");
        let start = text.lines().position(|l| l.trim() == header)?;
        text.lines()
            .enumerate()
            .skip(start + 1)
            .take_while(|(_, l)| !l.trim_start().starts_with('['))
            .find(|(_, l)| front_matter::is_key(l, key) || front_matter::is_key(l, &format!("\"{key}\"")))
            .map(|(i, _)| i + 1)
            .or(Some(start + 1))
    };
    let mut choices = Vec::new();
    for section in raw.keys() {
        if !vocabularies.iter().any(|(name, _)| name == section) {
            errors.push(ContentError::new(
                &path,
                line_in(section, ""),
                Some(section),
                format!(
                    "partie inconnue ; parties possibles : {}",
                    vocabularies.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
    }
    for (section, ids) in vocabularies {
        let given = raw.get(*section);
        for id in ids {
            match given.and_then(|g| g.get(*id)) {
                Some(name) if library.contains_key(name) => choices.push((*section, *id, name.clone())),
                Some(name) => errors.push(ContentError::new(
                    &path,
                    line_in(section, id),
                    Some(id),
                    format!("pictogramme inconnu « {name} » : aucun fichier content/pictos/{name}.svg"),
                )),
                None => errors.push(ContentError::new(
                    &path,
                    line_in(section, "").or(Some(1)),
                    Some(section),
                    format!("« {id} » n'a pas de pictogramme : ajouter {id} = \"…\" dans [{section}]"),
                )),
            }
        }
        for key in given.into_iter().flat_map(|g| g.keys()) {
            if !ids.contains(&key.as_str()) {
                errors.push(ContentError::new(
                    &path,
                    line_in(section, key),
                    Some(key),
                    format!("valeur inconnue dans [{section}] ; valeurs possibles : {}", ids.join(", ")),
                ));
            }
        }
    }
    choices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sprite_holds_each_pictogram_as_a_symbol_and_its_name_follows_its_text() {
        let a = parse("a", "<svg viewBox=\"0 0 24 24\" stroke=\"currentColor\"><path d=\"M1 1\"/></svg>").unwrap();
        let b = parse("b", "<svg viewBox=\"0 0 48 48\"><circle r=\"2\"/></svg>").unwrap();
        let sprite = Sprite::of(&[a.clone(), b.clone()]);
        assert!(
            sprite.svg.contains(r#"<symbol id="a" viewBox="0 0 24 24"><path d="M1 1"/></symbol>"#),
            "{}",
            sprite.svg
        );
        assert!(sprite.svg.contains(r#"<symbol id="b" viewBox="0 0 48 48"><circle r="2"/></symbol>"#));
        assert!(sprite.file_name.starts_with("pictos-") && sprite.file_name.ends_with(".svg"));
        assert_eq!(sprite.file_name.len(), "pictos-".len() + 16 + ".svg".len());
        assert_eq!(Sprite::of(&[a.clone(), b.clone()]).file_name, sprite.file_name);
        assert_ne!(Sprite::of(&[a]).file_name, sprite.file_name);
    }

    #[test]
    fn an_svg_is_reduced_to_safe_shapes_in_current_colour() {
        let svg = "<svg\n  width=\"24\" viewBox=\"0 0 24 24\"\n  fill=\"none\"\n  stroke=\"currentColor\"\n  stroke-width=\"2\"\n>\n  <path stroke=\"none\" d=\"M0 0h24v24H0z\" fill=\"none\" />\n  <path d=\"M1.23456 2.5\" />\n</svg>\n";
        let loaded = parse("x", svg).unwrap();
        let p = &loaded.picto;
        assert_eq!(p.view_box, "0 0 24 24");
        assert_eq!((p.fill, p.stroke, p.stroke_width), (Some("none"), Some("currentColor"), Some("2")));
        assert_eq!(loaded.shapes, "<path d=\"M1.23 2.5\" />");
        for bad in [
            "<svg viewBox=\"0 0 1 1\"><script>alert(1)</script></svg>",
            "<svg viewBox=\"0 0 1 1\"><path onclick=\"x()\" d=\"M0 0\"/></svg>",
            "<svg viewBox=\"0 0 1 1\"><image href=\"https://x\"/></svg>",
            "<svg viewBox=\"0 0 1 1\"><path style=\"fill:url(https://x)\"/></svg>",
            "<svg><path d=\"M0 0\"/></svg>",
        ] {
            assert!(parse("x", bad).is_err(), "{bad}");
        }
    }
}
