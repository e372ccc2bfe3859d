//! Free text → node: each locale lists words and phrases per node (`intent-*` messages);
//! a message matches a phrase when every word of the phrase appears in it, ignoring case,
//! accents and small typos.

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::content::Content;

/// Only the start of a long message is read: what a person asks comes first, and a
/// 10,000-character paste must cost no more than a short question.
const MAX_WORDS: usize = 32;

#[derive(Debug, Clone)]
struct Phrase {
    words: Vec<String>,
    node: String,
}

/// Phrases of every shipped locale, built once from the content.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    by_locale: Vec<(String, Vec<Phrase>)>,
}

/// What free text matched: the node, and the locale whose words matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub node: String,
    pub locale: String,
}

impl Matcher {
    pub fn new(content: &Content) -> Self {
        let mut by_locale: HashMap<String, Vec<Phrase>> = HashMap::new();
        for locale in content.locales.shipped() {
            let phrases = by_locale.entry(locale.code.clone()).or_default();
            for node in content.dialogues.nodes() {
                let Some(id) = &node.keywords else { continue };
                let Some(list) = locale.text(id) else {
                    continue;
                };
                for phrase in keyword_list(list) {
                    let words = normalize(phrase);
                    if !words.is_empty() {
                        phrases.push(Phrase {
                            words,
                            node: node.id.clone(),
                        });
                    }
                }
            }
        }
        let mut by_locale: Vec<_> = by_locale.into_iter().collect();
        by_locale.sort_by(|a, b| a.0.cmp(&b.0));
        Matcher { by_locale }
    }

    /// The best match in `preferred` (her language), else in any language.
    pub fn find(&self, text: &str, preferred: Option<&str>) -> Option<Match> {
        let words: Vec<String> = normalize(text).into_iter().take(MAX_WORDS).collect();
        if words.is_empty() {
            return None;
        }
        let in_preferred = self
            .by_locale
            .iter()
            .find(|(code, _)| Some(code.as_str()) == preferred)
            .and_then(|(code, phrases)| best(code, phrases, &words));
        if let Some((_, found)) = in_preferred {
            return Some(found);
        }
        self.by_locale
            .iter()
            .filter_map(|(code, phrases)| best(code, phrases, &words))
            .max_by_key(|(score, _)| *score)
            .map(|(_, found)| found)
    }
}

/// The longest phrase of one locale found in `words`, with its score (its length, and how
/// many of its words matched exactly).
fn best(code: &str, phrases: &[Phrase], words: &[String]) -> Option<((usize, usize), Match)> {
    let mut best: Option<((usize, usize), &Phrase)> = None;
    for phrase in phrases {
        let mut exact = 0;
        let all_found = phrase.words.iter().all(|want| {
            words.iter().any(|word| match similarity(want, word) {
                Similarity::Exact => {
                    exact += 1;
                    true
                }
                Similarity::Close => true,
                Similarity::Different => false,
            })
        });
        let score = (phrase.words.len(), exact);
        if all_found && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, phrase));
        }
    }
    best.map(|(score, phrase)| {
        let found = Match {
            node: phrase.node.clone(),
            locale: code.to_string(),
        };
        (score, found)
    })
}

enum Similarity {
    Exact,
    Close,
    Different,
}

/// A keyword matches a word exactly, or by its start ("hospital" in "hospitals"), or with
/// one typo (two for long words) when it is long enough for that not to be a different word.
fn similarity(keyword: &str, word: &str) -> Similarity {
    if keyword == word {
        return Similarity::Exact;
    }
    let len = keyword.chars().count();
    if len >= 5 && word.starts_with(keyword) {
        return Similarity::Close;
    }
    let allowed = match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    let other = word.chars().count();
    if allowed == 0 || other.abs_diff(len) > allowed {
        return Similarity::Different;
    }
    if strsim::damerau_levenshtein(keyword, word) <= allowed {
        Similarity::Close
    } else {
        Similarity::Different
    }
}

/// Splits an `intent-*` message into its phrases. Arabic and Persian commas count too.
pub fn keyword_list(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '،', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Lower case, no accents or vowel marks, one spelling per letter where scripts have
/// several (Arabic/Persian yeh and kaf, Greek final sigma), words split on anything that
/// is not a letter or digit.
pub fn normalize(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'ة' => 'ه',
            'ς' => 'σ',
            'ـ' => continue,
            c => c,
        };
        if c.is_alphanumeric() {
            cleaned.extend(c.to_lowercase());
        } else {
            cleaned.push(' ');
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_accents_and_scripts() {
        assert_eq!(normalize("Βοήθεια!"), vec!["βοηθεια"]);
        assert_eq!(normalize("AYÚDA me"), vec!["ayuda", "me"]);
        assert_eq!(normalize("كمك"), normalize("کمک"));
        assert_eq!(normalize("مُساعَدة"), normalize("مساعده"));
        assert_eq!(normalize("Допомога"), vec!["допомога"]);
    }

    #[test]
    fn tolerates_small_typos_only_in_longer_words() {
        assert!(matches!(similarity("ayuda", "ayda"), Similarity::Close));
        assert!(matches!(
            similarity("hospital", "hosptial"),
            Similarity::Close
        ));
        assert!(matches!(similarity("sos", "sis"), Similarity::Different));
        assert!(matches!(similarity("help", "hello"), Similarity::Different));
    }
}
