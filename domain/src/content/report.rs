//! The yearly review's list: every cited fact with its source, oldest check first, so that an
//! editor re-checks what has waited longest.

use super::Content;
use crate::catalog::Source;
use crate::territory::french_iso_date;
use std::path::Path;

struct Row<'a> {
    source: &'a Source,
    place: String,
    fact: String,
}

fn cell(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "/");
    if flat.chars().count() > 120 {
        format!("{}…", flat.chars().take(119).collect::<String>())
    } else {
        flat
    }
}

/// A Markdown table, one row per (fact, source), sorted by check date, then file and line.
pub fn facts_table(content: &Content, root: &Path) -> String {
    let relative = |p: &Path| p.strip_prefix(root).unwrap_or(p).display().to_string();
    let mut rows: Vec<Row> = Vec::new();
    let pages = content
        .cited
        .iter()
        .map(|(path, declared, facts)| (path, declared, facts))
        .chain(content.support_pages.iter().map(|p| (&p.path, &p.declared, &p.facts)));
    for (path, declared, facts) in pages {
        for fact in facts {
            for &index in &fact.sources {
                rows.push(Row {
                    source: &declared.sources[index],
                    place: format!("{}:{}", relative(path), fact.line),
                    fact: fact.text.clone(),
                });
            }
        }
    }
    let catalogue = relative(&root.join("content/diplomes.toml"));
    for diploma in content.catalog.diplomas {
        let said: Vec<String> = [
            diploma.level.map(|l| format!("niveau {l}")),
            diploma.duration.map(str::to_string),
            diploma.access.map(str::to_string),
        ]
        .into_iter()
        .flatten()
        .collect();
        for source in diploma.sources {
            rows.push(Row {
                source,
                place: format!("{catalogue} ({})", diploma.id),
                fact: format!("{} : {}", diploma.acronym, said.join(" ; ")),
            });
        }
    }
    rows.sort_by(|a, b| (a.source.checked_on, &a.place).cmp(&(b.source.checked_on, &b.place)));
    let mut out =
        String::from("| vérifié le | date de la page | nature | source | où | fait |\n|---|---|---|---|---|---|\n");
    for row in &rows {
        out.push_str(&format!(
            "| {} | {} | {} | {} ({}) {} | {} | {} |\n",
            french_iso_date(row.source.checked_on),
            french_iso_date(row.source.date),
            row.source.kind.label(),
            cell(row.source.title),
            cell(row.source.site),
            row.source.url,
            row.place,
            cell(&row.fact)
        ));
    }
    out.push_str(&format!("\n{} faits cités, de {} sources.\n", rows.len(), {
        let mut urls: Vec<&str> = rows.iter().map(|r| r.source.url).collect();
        urls.sort_unstable();
        urls.dedup();
        urls.len()
    }));
    out
}
