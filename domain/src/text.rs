//! Accent- and case-insensitive text matching for the search boxes.

/// Folds a French text to lowercase ASCII words: « AIDE-SOIGNANTE » and « aide soignante »
/// both become "aide soignante". Punctuation separates words.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let base = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ÿ' => 'y',
            'œ' => {
                out.push('o');
                'e'
            }
            'æ' => {
                out.push('a');
                'e'
            }
            c if c.is_ascii_alphanumeric() => c,
            _ => ' ',
        };
        if base == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(base);
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Percent-encodes a text for a URL's query (RFC 3986 unreserved characters kept).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The « Signaler une erreur » link: an e-mail to the deployment's address, with the page and the
/// day prefilled. The app sends nothing itself; the visitor's mail program does, if they choose.
pub fn error_report_mailto(address: &str, page_title: &str, page_url: &str, today: &str) -> String {
    let subject = format!("Erreur sur la fiche « {page_title} »");
    let body = format!(
        "Bonjour,\n\nJ'ai vu une information fausse ou dépassée sur cette page :\n{page_url}\n(consultée le {today})\n\nCe qui est faux :\n\nCe qui serait juste (avec un lien vers la source, si possible) :\n"
    );
    format!("mailto:{address}?subject={}&body={}", percent_encode(&subject), percent_encode(&body))
}

/// True when every word of the query starts a word of the haystack (both already folded),
/// so « aide soi » finds « aide-soignante » while « soin » does not find « besoin ».
pub fn matches(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query.split(' ').filter(|w| !w.is_empty()).all(|w| folded_haystack.split(' ').any(|h| h.starts_with(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_report_link_is_an_encoded_mailto() {
        let link = error_report_mailto(
            "contenu@exemple.fr",
            "Aide-soignant",
            "https://exemple.fr/metiers/aide-soignant",
            "1er décembre 2026",
        );
        assert!(
            link.starts_with(
                "mailto:contenu@exemple.fr?subject=Erreur%20sur%20la%20fiche%20%C2%AB%20Aide-soignant%20%C2%BB&body="
            ),
            "{link}"
        );
        assert!(link.contains("https%3A%2F%2Fexemple.fr%2Fmetiers%2Faide-soignant"), "{link}");
        assert!(link.contains("1er%20d%C3%A9cembre%202026"), "{link}");
        assert!(!link.contains(' ') && !link.contains('\n'));
    }

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(fold("AIDE-SOIGNANTE"), "aide soignante");
        assert_eq!(fold("  Éducatrice   de jeunes enfants "), "educatrice de jeunes enfants");
        assert_eq!(fold("Cœur, l'hôpital"), "coeur l hopital");
    }

    #[test]
    fn matches_word_prefixes_only() {
        let h = fold("Aide-soignant ou aide-soignante");
        assert!(matches(&h, &fold("aide soignant")));
        assert!(matches(&h, &fold("AIDE-SOIGNANTE")));
        assert!(matches(&h, &fold("soign")));
        assert!(!matches(&h, &fold("infirmier")));
        assert!(!matches(&fold("besoin"), &fold("soin")));
        assert!(matches(&h, ""));
    }
}
