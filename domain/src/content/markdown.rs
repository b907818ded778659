//! Markdown to HTML, safe by construction: raw HTML in the source never reaches the output, links
//! keep only allowed schemes, and internal links must point at a page that exists. Problems are
//! reported with their line so that the build can refuse the content, yet the HTML produced is
//! safe whatever the input.

use super::citations::{call_html, euros_without_year, first_figure, split_sentences, Declared, Numbering};
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// What a page's citations refer to: the page's own path (so that `#source-3` links stay on it under
/// any `<base>`) and the sources it declares.
#[derive(Debug, Clone, Copy)]
pub struct Citing<'a> {
    pub page: &'a str,
    pub declared: &'a Declared,
}

/// A paragraph or list item that cites sources, for the content report.
#[derive(Debug, Clone, PartialEq)]
pub struct CitedFact {
    pub line: usize,
    pub text: String,
    /// Declared indices of the sources it cites.
    pub sources: Vec<usize>,
}

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
    /// Citation numbers, by order of first call.
    pub numbering: Numbering,
    /// How many citations each level-2 part holds, aligned with `headings`.
    pub citations_per_part: Vec<usize>,
    /// Sentences of eight words or more, folded (lowercase, no accents), with their line: a sentence
    /// found in two pages was copied.
    pub sentences: Vec<(String, usize)>,
    pub facts: Vec<CitedFact>,
}

/// Placeholder for a citation while Markdown is parsed: private-use characters that Markdown treats
/// as plain text, around the call's index.
const CALL_OPEN: char = '\u{e000}';
const CALL_CLOSE: char = '\u{e001}';

/// Replaces each `[^id]` with a placeholder (same line), returning the ids in order.
fn mark_calls(source: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(source.len());
    let mut ids = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("[^") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let len = after.bytes().take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-').count();
        if len > 0 && after[len..].starts_with(']') {
            out.push(CALL_OPEN);
            out.push_str(&ids.len().to_string());
            out.push(CALL_CLOSE);
            ids.push(after[..len].to_string());
            rest = &after[len + 1..];
        } else {
            out.push_str("[^");
            rest = after;
        }
    }
    out.push_str(rest);
    (out, ids)
}

/// The paragraph or list item being read: its text (without internal links' text) and its calls.
struct Block {
    line: usize,
    text: String,
    cites: Vec<usize>,
}

enum LinkKind {
    /// Another website: marked as such and opened without referrer.
    External,
    /// A page of the app, an anchor, an e-mail address or a phone number.
    Internal,
    Dropped,
}

pub fn render_markdown(source: &str, first_line: usize, targets: &LinkTargets, citing: Citing) -> Rendered {
    let (source, call_ids) = mark_calls(source);
    let source = source.as_str();
    let line_starts: Vec<usize> = std::iter::once(0).chain(source.match_indices('\n').map(|(i, _)| i + 1)).collect();
    let line_of = |offset: usize| first_line + line_starts.partition_point(|&s| s <= offset) - 1;

    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Adjacent text events are merged so that a placeholder is never cut in two.
    let mut events: Vec<(Event, std::ops::Range<usize>)> = Vec::new();
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match (events.last_mut(), event) {
            (Some((Event::Text(previous), previous_range)), Event::Text(text)) => {
                *previous = format!("{previous}{text}").into();
                previous_range.end = range.end;
            }
            (_, event) => events.push((event, range)),
        }
    }

    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut rendered = Rendered::default();
    let mut links: Vec<LinkKind> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let (event, range) = &events[i];
        let line = line_of(range.start);
        match event {
            Event::Text(text) => {
                let in_internal_link = links.iter().any(|l| matches!(l, LinkKind::Internal));
                let mut rest = text.as_ref();
                while !rest.is_empty() {
                    let (plain, call) = match rest.find(CALL_OPEN) {
                        Some(open) => {
                            let close = rest[open..].find(CALL_CLOSE).map_or(rest.len(), |c| open + c);
                            let index: usize = rest[open + CALL_OPEN.len_utf8()..close].parse().unwrap_or(usize::MAX);
                            let after = (close + CALL_CLOSE.len_utf8()).min(rest.len());
                            let plain = &rest[..open];
                            let call = call_ids.get(index);
                            let this = (plain, call);
                            rest = &rest[after..];
                            this
                        }
                        None => {
                            let this = (rest, None);
                            rest = "";
                            this
                        }
                    };
                    if !plain.is_empty() {
                        if plain.contains("[^") {
                            rendered.problems.push((
                                line,
                                "appel de source mal écrit : `[^` suivi de minuscules, chiffres et tirets, puis `]`"
                                    .into(),
                            ));
                        }
                        out.push(Event::Text(plain.to_string().into()));
                        if let (Some(block), false) = (blocks.last_mut(), in_internal_link) {
                            block.text.push_str(plain);
                        }
                    }
                    let Some(id) = call else { continue };
                    match citing.declared.index_of(id) {
                        Some(index) => {
                            let (number, rank) = rendered.numbering.call(index);
                            out.push(Event::Html(call_html(citing.page, number, rank).into()));
                            if let Some(count) = rendered.citations_per_part.last_mut() {
                                *count += 1;
                            }
                            if let Some(block) = blocks.last_mut() {
                                block.cites.push(index);
                            } else {
                                rendered.problems.push((line, format!("l'appel [^{id}] doit suivre un fait, dans un paragraphe ou une liste")));
                            }
                        }
                        None => rendered.problems.push((
                            line,
                            format!("source inconnue « {id} » : la déclarer dans une table [[source]] de l'en-tête, avec id = \"{id}\""),
                        )),
                    }
                }
            }
            Event::Code(text) => {
                if let Some(block) = blocks.last_mut() {
                    block.text.push_str(text);
                }
                out.push(event.clone());
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(block) = blocks.last_mut() {
                    block.text.push(' ');
                }
                out.push(event.clone());
            }
            Event::Start(Tag::Paragraph | Tag::Item) => {
                blocks.push(Block { line, text: String::new(), cites: Vec::new() });
                out.push(event.clone());
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                if let Some(block) = blocks.pop() {
                    check_block(&block, &mut rendered);
                }
                out.push(event.clone());
            }
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
                if text.contains(CALL_OPEN) {
                    rendered.problems.push((
                        line,
                        "pas d'appel de source dans un titre : le mettre après le fait, dans le texte".into(),
                    ));
                }
                let text: String = strip_calls(&text);
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
                    rendered.citations_per_part.push(0);
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
                        Event::Text(t) => out.push(Event::Text(strip_calls(t).into())),
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

/// A plain text with citations (a « Vrai ou faux ? » explanation): the text without its `[^id]`
/// calls, and the ids called, in order.
pub fn split_calls(text: &str) -> (String, Vec<String>) {
    let (marked, ids) = mark_calls(text);
    (strip_calls(&marked), ids)
}

fn strip_calls(text: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for c in text.chars() {
        match c {
            CALL_OPEN => inside = true,
            CALL_CLOSE => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// A paragraph or list item that states a figure must cite a source, and an amount in euros must
/// say which year it applies to.
fn check_block(block: &Block, rendered: &mut Rendered) {
    let text = block.text.trim();
    if block.cites.is_empty() {
        if let Some(figure) = first_figure(text) {
            rendered.problems.push((
                block.line,
                format!("chiffre sans source : « {figure} » ; ajouter l'appel [^id] de sa source juste après"),
            ));
        }
    }
    for sentence in euros_without_year(text) {
        rendered.problems.push((
            block.line,
            format!("montant en euros sans année : dire l'année où il s'applique (« en 2025 ») dans la phrase « {sentence} »"),
        ));
    }
    for sentence in split_sentences(text) {
        let folded = crate::text::fold(sentence);
        if folded.split_whitespace().count() >= 8 {
            rendered.sentences.push((folded.split_whitespace().collect::<Vec<_>>().join(" "), block.line));
        }
    }
    if !block.cites.is_empty() {
        let mut sources = block.cites.clone();
        sources.dedup();
        rendered.facts.push(CitedFact { line: block.line, text: text.to_string(), sources });
    }
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

    fn render(source: &str, first_line: usize) -> Rendered {
        render_markdown(source, first_line, &targets(), Citing { page: "metiers/x", declared: &Declared::default() })
    }

    #[test]
    fn renders_sections_and_links() {
        let r = render("## En bref\n\nVoir [infirmier](/metiers/infirmier) et [le site](https://example.org).\n", 5);
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
        let r = render("Texte.\n\n[x](/metiers/inconnu)\n", 10);
        assert_eq!(r.problems.len(), 1);
        assert_eq!(r.problems[0].0, 12);
        assert!(r.problems[0].1.contains("lien interne cassé"));
        assert!(!r.html.contains("href"));
    }
}
