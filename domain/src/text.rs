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

/// True when every word of the query starts a word of the haystack (both already folded),
/// so « aide soi » finds « aide-soignante » while « soin » does not find « besoin ».
pub fn matches(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query.split(' ').filter(|w| !w.is_empty()).all(|w| folded_haystack.split(' ').any(|h| h.starts_with(w)))
}

#[cfg(test)]
mod tests {
    use super::*;

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
