//! Splits a `+++`-delimited TOML front matter from a Markdown body (the Zola convention) and
//! turns TOML errors into content errors with a line and a field.

use super::ContentError;
use serde::de::DeserializeOwned;
use std::path::Path;

pub struct Split<'a> {
    pub front: &'a str,
    /// 1-based line in the file where the TOML starts.
    pub front_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

pub fn split<'a>(file: &Path, source: &'a str) -> Result<Split<'a>, ContentError> {
    let missing = || {
        ContentError::new(
            file,
            Some(1),
            None,
            "l'en-tête doit commencer à la première ligne par `+++` et finir par une ligne `+++`",
        )
    };
    let rest = source.strip_prefix("+++").ok_or_else(missing)?;
    let rest = rest.strip_prefix("\r\n").or_else(|| rest.strip_prefix('\n')).ok_or_else(missing)?;
    let end = rest.find("\n+++").ok_or_else(missing)?;
    let front = &rest[..=end];
    let after = &rest[end + 4..];
    let body = after.strip_prefix("\r\n").or_else(|| after.strip_prefix('\n')).unwrap_or(after);
    let front_lines = front.matches('\n').count();
    Ok(Split { front, front_line: 2, body, body_line: front_lines + 3 })
}

/// Parses TOML into `T`, reporting the line of the error and the field the message names.
pub fn parse<T: DeserializeOwned>(file: &Path, toml_text: &str, first_line: usize) -> Result<T, ContentError> {
    toml::from_str(toml_text).map_err(|e| {
        let line = e.span().map(|s| first_line + toml_text[..s.start.min(toml_text.len())].matches('\n').count());
        let message = e.message().trim().to_string();
        let field = backticked(&message);
        let message = translate(&message);
        ContentError::new(file, line, field.as_deref(), message)
    })
}

/// True when a TOML line sets `key`.
pub fn is_key(line: &str, key: &str) -> bool {
    line.trim_start().strip_prefix(key).is_some_and(|r| r.trim_start().starts_with('='))
}

/// The 1-based line of `key = …` inside a TOML text, to point at a field that parsed but is invalid.
pub fn line_of_key(toml_text: &str, first_line: usize, key: &str) -> Option<usize> {
    toml_text.lines().position(|l| is_key(l, key)).map(|i| first_line + i)
}

/// The 1-based lines where each `[[table]]` entry of an array of tables starts, so that an error in
/// the n-th entry points into it.
pub fn entry_lines(toml_text: &str, header: &str) -> Vec<usize> {
    toml_text.lines().enumerate().filter(|(_, l)| l.trim() == header).map(|(i, _)| i + 1).collect()
}

fn backticked(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_string())
}

/// serde's messages are in English; content editors read French.
fn translate(message: &str) -> String {
    if message.starts_with("unknown field") {
        let expected = message.split_once("expected").map(|(_, e)| e.trim()).unwrap_or("");
        format!("champ inconnu ; champs possibles : {}", expected.trim_start_matches("one of ").replace('`', ""))
    } else if message.starts_with("missing field") {
        "champ obligatoire manquant".to_string()
    } else if message.starts_with("invalid type") {
        format!("type de valeur incorrect ({message})")
    } else {
        format!("TOML invalide : {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_counts_lines() {
        let s = split(Path::new("x.md"), "+++\na = 1\nb = 2\n+++\n## Titre\n").unwrap();
        assert_eq!(s.front, "a = 1\nb = 2\n");
        assert_eq!(s.body, "## Titre\n");
        assert_eq!(s.body_line, 5);
        assert_eq!(line_of_key(s.front, s.front_line, "b"), Some(3));
    }

    #[test]
    fn missing_delimiters_are_reported_on_line_one() {
        let e = split(Path::new("x.md"), "a = 1\n").err().unwrap();
        assert_eq!(e.line, Some(1));
        assert!(split(Path::new("x.md"), "+++\na = 1\n").is_err());
    }
}
