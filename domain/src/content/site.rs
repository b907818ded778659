//! `site.toml`: what a département changes to brand its own deployment.

use super::{front_matter, ContentError};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// The site's name, shown in the header and in every page title.
    pub nom: String,
    /// One line under the name on the home page.
    pub accroche: String,
    /// The description search engines show.
    pub description: String,
    pub couleurs: Colours,
    /// The territory shown by default, e.g. "62-pas-de-calais".
    pub territoire: String,
    /// Where « Signaler une erreur » writes to; without it, the link is not shown.
    #[serde(default)]
    pub signalement: Option<String>,
    /// Forum-stand tablets: when to offer a fresh start to the next visitor.
    #[serde(default)]
    pub borne: Kiosk,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kiosk {
    /// Seconds without a touch before « Tu es toujours là ? ».
    pub veille_secondes: u32,
    /// Seconds that notice counts down before the app goes back home (20 at least: RGAA 13.1).
    pub compte_a_rebours_secondes: u32,
}

impl Default for Kiosk {
    fn default() -> Self {
        Kiosk { veille_secondes: 90, compte_a_rebours_secondes: 30 }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    /// Main colour: header, buttons. Must keep 4.5:1 contrast with white text.
    pub principale: String,
    /// Accent colour for highlights. Must keep 4.5:1 contrast with white text.
    pub accent: String,
}

impl SiteConfig {
    /// The theme as a stylesheet, so that colours need no inline style (strict CSP).
    pub fn theme_css(&self) -> String {
        format!(
            ":root{{--couleur-principale:{};--couleur-accent:{}}}\n",
            self.couleurs.principale, self.couleurs.accent
        )
    }
}

/// Relative luminance contrast of a `#rrggbb` colour against white (WCAG 2.1 formula).
pub fn contrast_with_white(hex: &str) -> Option<f64> {
    let hex = hex.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let channel = |i: usize| -> Option<f64> {
        let c = u8::from_str_radix(&hex[i..i + 2], 16).ok()? as f64 / 255.0;
        Some(if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) })
    };
    let l = 0.2126 * channel(0)? + 0.7152 * channel(2)? + 0.0722 * channel(4)?;
    Some(1.05 / (l + 0.05))
}

pub fn load(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<ContentError>) -> Option<SiteConfig> {
    let path = dir.join("site.toml");
    let text = super::read(&path, files, errors)?;
    let site: SiteConfig = front_matter::parse(&path, &text, 1).map_err(|e| errors.push(e)).ok()?;
    let before = errors.len();
    if let Some(address) = &site.signalement {
        let (user, domain) = address.split_once('@').unwrap_or_default();
        if user.is_empty()
            || !domain.contains('.')
            || address.chars().any(|c| c.is_whitespace() || "<>\"?&,;".contains(c))
        {
            errors.push(ContentError::new(
                &path,
                front_matter::line_of_key(&text, 1, "signalement"),
                Some("signalement"),
                format!("« {address} » n'est pas une adresse électronique (nom@domaine.fr)"),
            ));
        }
    }
    for (field, colour) in [("principale", &site.couleurs.principale), ("accent", &site.couleurs.accent)] {
        let line = front_matter::line_of_key(&text, 1, field);
        match contrast_with_white(colour) {
            None => errors.push(ContentError::new(
                &path,
                line,
                Some(field),
                format!("« {colour} » : couleur attendue au format #rrggbb"),
            )),
            Some(ratio) if ratio < 4.5 => errors.push(ContentError::new(
                &path,
                line,
                Some(field),
                format!("« {colour} » est trop clair : contraste de {ratio:.2}:1 avec le blanc, 4,5:1 au moins"),
            )),
            Some(_) => {}
        }
    }
    let kiosk_limits = [
        (
            "veille_secondes",
            site.borne.veille_secondes,
            crate::stand::MIN_IDLE_SECONDS,
            "20 secondes au moins, pour laisser le temps de lire",
        ),
        (
            "compte_a_rebours_secondes",
            site.borne.compte_a_rebours_secondes,
            crate::stand::MIN_COUNTDOWN_SECONDS,
            "20 secondes au moins, pour laisser le temps de réagir (RGAA 13.1)",
        ),
    ];
    for (field, value, min, why) in kiosk_limits {
        if value < min {
            let line = front_matter::line_of_key(&text, 1, field);
            errors.push(ContentError::new(&path, line, Some(field), format!("{value} : {why}")));
        }
    }
    (errors.len() == before).then_some(site)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_known_values() {
        assert!((contrast_with_white("#000000").unwrap() - 21.0).abs() < 0.01);
        assert!((contrast_with_white("#ffffff").unwrap() - 1.0).abs() < 0.01);
        assert!((contrast_with_white("#767676").unwrap() - 4.54).abs() < 0.02);
        assert_eq!(contrast_with_white("red"), None);
    }
}
