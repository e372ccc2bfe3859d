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
            .and_then(|(code, phrases)| best(code, phrases, &words, Typos::Tolerated));
        if let Some((_, found)) = in_preferred {
            return Some(found);
        }
        // Other languages: typos are tolerated only before she has a language (her first
        // words); afterwards only exact words, which keeps a long message cheap.
        let typos = match preferred {
            None => Typos::Tolerated,
            Some(_) => Typos::Refused,
        };
        self.by_locale
            .iter()
            .filter_map(|(code, phrases)| best(code, phrases, &words, typos))
            .max_by_key(|(score, _)| *score)
            .map(|(_, found)| found)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typos {
    Tolerated,
    Refused,
}

/// The best phrase of one locale found in `words`, with its score: longer phrases first,
/// then more exact words, then fewer edits in total (so a typo goes to the keyword it is
/// closest to, not to whichever file came first).
fn best(code: &str, phrases: &[Phrase], words: &[String], typos: Typos) -> Option<(Score, Match)> {
    let mut best: Option<(Score, &Phrase)> = None;
    for phrase in phrases {
        let Some(score) = score(phrase, words, typos) else {
            continue;
        };
        if best.is_none_or(|(s, _)| score > s) {
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

/// (phrase length, exact words, minus the edits): greater is better.
type Score = (usize, usize, std::cmp::Reverse<usize>);

/// `None` unless every word of the phrase is in `words`; each keyword takes its closest word.
fn score(phrase: &Phrase, words: &[String], typos: Typos) -> Option<Score> {
    let mut exact = 0;
    let mut edits = 0;
    for want in &phrase.words {
        let closest = words
            .iter()
            .filter_map(|word| distance(want, word, typos))
            .min()?;
        if closest == 0 {
            exact += 1;
        }
        edits += closest;
    }
    Some((phrase.words.len(), exact, std::cmp::Reverse(edits)))
}

/// How far `word` is from `keyword`, when close enough to count: 0 for the same word,
/// the number of extra letters when the word starts with the keyword ("hospitals"), or the
/// number of typos (one, two for long words) when the keyword is long enough for a typo
/// not to make another word.
fn distance(keyword: &str, word: &str, typos: Typos) -> Option<usize> {
    if keyword == word {
        return Some(0);
    }
    if typos == Typos::Refused && !word.starts_with(keyword) {
        return None;
    }
    let len = keyword.chars().count();
    let other = word.chars().count();
    let allowed = match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    // Optimal string alignment: insertions, deletions, substitutions and swapped
    // neighbours, at a fraction of the cost of the unrestricted Damerau distance.
    let typos = if typos == Typos::Tolerated && allowed > 0 && other.abs_diff(len) <= allowed {
        Some(strsim::osa_distance(keyword, word)).filter(|&d| d <= allowed)
    } else {
        None
    };
    let prefix = (len >= 5 && word.starts_with(keyword)).then(|| other - len);
    match (typos, prefix) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
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
        let t = Typos::Tolerated;
        assert_eq!(distance("ayuda", "ayda", t), Some(1));
        assert_eq!(distance("hospital", "hosptial", t), Some(1));
        assert_eq!(distance("hospital", "hospitals", t), Some(1));
        assert_eq!(distance("sos", "sis", t), None);
        assert_eq!(distance("help", "hello", t), None);
        assert_eq!(distance("hospital", "hosptial", Typos::Refused), None);
        assert_eq!(distance("hospital", "hospitals", Typos::Refused), Some(1));
    }
}
