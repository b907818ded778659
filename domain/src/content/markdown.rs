//! Markdown to HTML, safe by construction: raw HTML in the source never reaches the output, links
//! keep only allowed schemes, and internal links must point at a page that exists. Problems are
//! reported with their line so that the build can refuse the content, yet the HTML produced is
//! safe whatever the input.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// The internal paths a link may point at (e.g. "/metiers/infirmier", "/quiz").
#[derive(Debug, Default, Clone)]
pub struct LinkTargets(pub BTreeSet<String>);

#[derive(Debug, Default, PartialEq)]
pub struct Rendered {
    pub html: String,
    /// Level-2 headings in order: (text, 1-based line).
    pub headings: Vec<(String, usize)>,
    /// (1-based line, French message) for each thing that was dropped or is broken.
    pub problems: Vec<(usize, String)>,
}

enum LinkKind {
    /// Another website: marked as such and opened without referrer.
    External,
    /// A page of the app, an anchor, an e-mail address or a phone number.
    Internal,
    Dropped,
}

pub fn render_markdown(source: &str, first_line: usize, targets: &LinkTargets) -> Rendered {
    let line_starts: Vec<usize> = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: usize| first_line + line_starts.partition_point(|&s| s <= offset) - 1;

    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(source, options).into_offset_iter().collect();

    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut rendered = Rendered::default();
    let mut links: Vec<LinkKind> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        let line = line_of(range.start);
        match event {
            Event::Html(html) | Event::InlineHtml(html) => {
                if !html.trim().is_empty() {
                    rendered.problems.push((line, "le HTML brut n'est pas permis ; il a été retiré".into()));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => {
                // Collect the heading's inline events to name its anchor from its text.
                let end = events[i..]
                    .iter()
                    .position(|(e, _)| matches!(e, Event::End(TagEnd::Heading(_))))
                    .map_or(events.len(), |p| i + p);
                let text: String = events[i + 1..end]
                    .iter()
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let tag = match level {
                    HeadingLevel::H1 => {
                        rendered.problems.push((
                            line,
                            "pas de titre de niveau 1 (`# `) : le titre de la fiche est affiché par l'application"
                                .into(),
                        ));
                        "h2"
                    }
                    HeadingLevel::H2 => "h2",
                    HeadingLevel::H3 => "h3",
                    _ => "h4",
                };
                if *level <= HeadingLevel::H2 {
                    rendered.headings.push((text.trim().to_string(), line));
                }
                let id = crate::text::fold(&text).replace(' ', "-");
                out.push(Event::Html(format!("<{tag} id=\"{}\">", escape(&id)).into()));
                for (inner, inner_range) in &events[i + 1..end] {
                    match inner {
                        Event::Html(_) | Event::InlineHtml(_) => rendered.problems.push((
                            line_of(inner_range.start),
                            "le HTML brut n'est pas permis ; il a été retiré".into(),
                        )),
                        Event::Start(Tag::Link { .. } | Tag::Image { .. })
                        | Event::End(TagEnd::Link | TagEnd::Image) => {}
                        other => out.push(other.clone()),
                    }
                }
                out.push(Event::Html(format!("</{tag}>").into()));
                i = end + 1;
                continue;
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let kind = classify(dest_url, targets).unwrap_or_else(|message| {
                    rendered.problems.push((line, message));
                    LinkKind::Dropped
                });
                match kind {
                    LinkKind::External => out.push(Event::Html(
                        format!(
                            "<a href=\"{}\" rel=\"noopener noreferrer\" class=\"lien-externe\">",
                            escape(dest_url.trim())
                        )
                        .into(),
                    )),
                    // App paths become relative to the document's <base>, so that a deployment under a
                    // sub-path keeps working.
                    LinkKind::Internal => {
                        let target = dest_url.trim();
                        let target = target.strip_prefix('/').unwrap_or(target);
                        out.push(Event::Html(format!("<a href=\"{}\">", escape(target)).into()))
                    }
                    LinkKind::Dropped => {}
                }
                links.push(kind);
            }
            Event::End(TagEnd::Link) => match links.pop() {
                Some(LinkKind::External) => {
                    out.push(Event::Html("<span class=\"visually-hidden\"> (site externe)</span></a>".into()))
                }
                Some(LinkKind::Internal) => out.push(Event::Html("</a>".into())),
                _ => {}
            },
            Event::Start(Tag::Image { .. }) => {
                rendered.problems.push((
                    line,
                    "les images ne sont pas prises en charge ; seul le texte alternatif est gardé".into(),
                ));
            }
            Event::End(TagEnd::Image) => {}
            other => out.push(other.clone()),
        }
        i += 1;
    }
    pulldown_cmark::html::push_html(&mut rendered.html, out.into_iter());
    rendered
}

/// Decides what a link may become. Control characters and spaces are stripped before looking at
/// the scheme, because browsers ignore them too (« java\tscript: » is still javascript:).
fn classify(dest: &CowStr, targets: &LinkTargets) -> Result<LinkKind, String> {
    let cleaned: String = dest.chars().filter(|c| !c.is_control() && !c.is_whitespace()).collect();
    let lower = cleaned.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Ok(LinkKind::External);
    }
    if lower.starts_with("mailto:") || lower.starts_with("tel:") {
        return Ok(LinkKind::Internal);
    }
    if lower.starts_with("//") || lower.starts_with("\\\\") || lower.starts_with("/\\") {
        return Err(format!("lien « {dest} » refusé : adresse sans protocole"));
    }
    if let Some(colon) = lower.find(':') {
        if !lower[..colon].contains(['/', '?', '#']) {
            return Err(format!("lien « {dest} » refusé : seuls http, https, mailto et tel sont permis"));
        }
    }
    if lower.starts_with('#') {
        return Ok(LinkKind::Internal);
    }
    let path = cleaned.split(['#', '?']).next().unwrap_or_default().trim_end_matches('/');
    let path = if path.is_empty() { "/" } else { path };
    if targets.0.contains(path) {
        Ok(LinkKind::Internal)
    } else {
        Err(format!("lien interne cassé : « {dest} » ne mène à aucune page"))
    }
}

pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets() -> LinkTargets {
        LinkTargets(["/", "/metiers/infirmier", "/quiz"].iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn renders_sections_and_links() {
        let r = render_markdown(
            "## En bref\n\nVoir [infirmier](/metiers/infirmier) et [le site](https://example.org).\n",
            5,
            &targets(),
        );
        assert_eq!(r.headings, vec![("En bref".to_string(), 5)]);
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("<h2 id=\"en-bref\">En bref</h2>"), "{}", r.html);
        assert!(r.html.contains("<a href=\"metiers/infirmier\">infirmier</a>"));
        assert!(r.html.contains(
            "<a href=\"https://example.org\" rel=\"noopener noreferrer\" class=\"lien-externe\">le site<span class=\"visually-hidden\"> (site externe)</span></a>"
        ));
    }

    #[test]
    fn broken_internal_link_is_reported_with_its_line() {
        let r = render_markdown("Texte.\n\n[x](/metiers/inconnu)\n", 10, &targets());
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].0, 12);
        assert!(r.problems[0].1.contains("lien interne cassé"));
        assert!(!r.html.contains("href"));
    }
}
