//! Free text → node: each locale lists words and phrases per node (`intent-*` messages);
//! a message matches a phrase when every word of the phrase appears in it, ignoring case,
//! accents and small typos.
//!
//! Keywords are indexed once, so a message costs a few hash lookups per word instead of a
//! comparison with every keyword of every language: exact words and prefixes through one
//! map, typos through a map of deletion variants (the SymSpell idea: two words within
//! `k` edits share a string reachable from each by at most `k` deletions). Every candidate
//! the index proposes is then checked with the real distance, so the index decides only
//! how fast an answer comes, never what it is.

use std::collections::{HashMap, HashSet};

use crate::content::{Content, REFERENCE};
use crate::text::{keyword_list, normalize};

/// Only the start of a long message is read: what a person asks comes first, and a
/// 10,000-character paste must cost no more than a short question.
const MAX_WORDS: usize = 32;

/// The most typos a keyword ever tolerates (long keywords; see [`typos_allowed`]).
const MAX_TYPOS: usize = 2;

type KeywordId = usize;

#[derive(Debug, Clone)]
struct Keyword {
    text: String,
    chars: usize,
    locale: usize,
    /// The phrases this keyword is part of.
    phrases: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Phrase {
    keywords: Vec<KeywordId>,
    node: String,
    locale: usize,
}

/// Phrases of every shipped locale, built once from the content.
#[derive(Debug, Clone, Default)]
pub struct Matcher {
    locales: Vec<String>,
    keywords: Vec<Keyword>,
    phrases: Vec<Phrase>,
    /// Keyword text → the keywords spelled so (one per locale that uses the word).
    exact: HashMap<String, Vec<KeywordId>>,
    /// Deletion variant → the keywords it comes from, for keywords that tolerate typos.
    variants: HashMap<String, Vec<KeywordId>>,
    /// The longest keyword that tolerates typos, in characters: longer words skip the
    /// typo lookup.
    longest_typo_keyword: usize,
}

/// What free text matched: the node, and the locale whose words matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub node: String,
    pub locale: String,
    /// Other languages matched her words as well as `locale` did (Persian, Arabic and
    /// Urdu share many words): her words do not tell her language.
    pub ambiguous: bool,
}

impl Matcher {
    pub fn new(content: &Content) -> Self {
        let mut matcher = Matcher::default();
        let mut locales: Vec<_> = content.locales.shipped().collect();
        locales.sort_by(|a, b| a.code.cmp(&b.code));
        for locale in locales {
            let locale_index = matcher.locales.len();
            matcher.locales.push(locale.code.clone());
            for node in content.dialogues.nodes() {
                let Some(id) = &node.keywords else { continue };
                let Some(list) = locale.text(id) else {
                    continue;
                };
                for phrase in keyword_list(list) {
                    let words = normalize(phrase);
                    if !words.is_empty() {
                        matcher.add_phrase(locale_index, &node.id, words);
                    }
                }
            }
        }
        matcher
    }

    fn add_phrase(&mut self, locale: usize, node: &str, words: Vec<String>) {
        let phrase = self.phrases.len();
        let keywords = words
            .into_iter()
            .map(|word| self.keyword_id(locale, word))
            .collect();
        self.phrases.push(Phrase {
            keywords,
            node: node.to_string(),
            locale,
        });
        let Phrase { keywords, .. } = &self.phrases[phrase];
        for &id in keywords {
            let list = &mut self.keywords[id].phrases;
            if !list.contains(&phrase) {
                list.push(phrase);
            }
        }
    }

    /// The id of `word` in `locale`, indexing it the first time.
    fn keyword_id(&mut self, locale: usize, word: String) -> KeywordId {
        let same = self.exact.get(&word).into_iter().flatten();
        if let Some(&id) = same.clone().find(|&&id| self.keywords[id].locale == locale) {
            return id;
        }
        let id = self.keywords.len();
        let chars = word.chars().count();
        let allowed = typos_allowed(chars);
        if allowed > 0 {
            self.longest_typo_keyword = self.longest_typo_keyword.max(chars);
            for variant in deletions(&word, allowed) {
                self.variants.entry(variant).or_default().push(id);
            }
        }
        self.exact.entry(word.clone()).or_default().push(id);
        self.keywords.push(Keyword {
            text: word,
            chars,
            locale,
            phrases: Vec::new(),
        });
        id
    }

    /// The best match in `preferred` (her language), else in any language.
    pub fn find(&self, text: &str, preferred: Option<&str>) -> Option<Match> {
        let words: Vec<String> = normalize(text).into_iter().take(MAX_WORDS).collect();
        if words.is_empty() {
            return None;
        }
        // Other languages: typos are tolerated only before she has a language (her first
        // words); afterwards only exact words and prefixes, which keeps a long message
        // cheap.
        let typos_in = |locale: usize| match preferred {
            Some(code) if self.locales[locale] != code => Typos::Refused,
            _ => Typos::Tolerated,
        };
        let closest = self.closest_keywords(&words, typos_in);
        let best = self.best_per_locale(&closest);
        let preferred = preferred.and_then(|code| self.locales.iter().position(|l| l == code));
        if let Some(p) = preferred
            && let Some((_, found)) = &best[p]
        {
            return Some(self.found(found));
        }
        let scores: Vec<Option<Score>> = best.iter().map(|b| b.map(|(score, _)| score)).collect();
        let winner = self.tie_broken(&scores)?;
        let mut found = best[winner].map(|(_, phrase)| self.found(&phrase))?;
        found.ambiguous = winner != self.reference() && tied(&scores, winner) > 1;
        Some(found)
    }

    fn reference(&self) -> usize {
        self.locales
            .iter()
            .position(|l| l == REFERENCE)
            .unwrap_or(usize::MAX)
    }

    /// The locale with the best score. Ties go to the reference language: English words
    /// ("hello", "police") also stand in other languages' lists, for women who type their
    /// language in Latin letters, and an English speaker's first words must not turn the
    /// bot into Urdu. Other ties go to the last locale in code order, as they always have.
    fn tie_broken(&self, scores: &[Option<Score>]) -> Option<usize> {
        let top = scores.iter().flatten().max()?;
        let reference = self.reference();
        Some(reference)
            .filter(|&r| scores.get(r).is_some_and(|s| s.as_ref() == Some(top)))
            .or_else(|| scores.iter().rposition(|s| s.as_ref() == Some(top)))
    }

    fn found(&self, phrase: &usize) -> Match {
        let phrase = &self.phrases[*phrase];
        Match {
            node: phrase.node.clone(),
            locale: self.locales[phrase.locale].clone(),
            ambiguous: false,
        }
    }

    /// For every keyword some word comes close to: the fewest edits from any word.
    fn closest_keywords(
        &self,
        words: &[String],
        typos_in: impl Fn(usize) -> Typos,
    ) -> HashMap<KeywordId, usize> {
        let mut closest: HashMap<KeywordId, usize> = HashMap::new();
        let mut note = |id: KeywordId, edits: usize| {
            closest
                .entry(id)
                .and_modify(|e| *e = (*e).min(edits))
                .or_insert(edits);
        };
        for word in words {
            let chars = word.chars().count();
            // The word itself, and every prefix of five letters or more: a keyword it
            // starts with ("hospitals" for "hospital").
            for (end, prefix_chars) in word
                .char_indices()
                .map(|(i, c)| i + c.len_utf8())
                .zip(1..)
                .filter(|&(_, n)| n >= 5 || n == chars)
            {
                for &id in self.exact.get(&word[..end]).into_iter().flatten() {
                    note(id, chars - prefix_chars);
                }
            }
            if chars > self.longest_typo_keyword + MAX_TYPOS {
                continue;
            }
            let letters: Vec<char> = word.chars().collect();
            let mut variant = String::with_capacity(word.len());
            for_each_deletion(
                &letters,
                depth_needed(chars),
                &mut variant,
                &mut |variant| {
                    for &id in self.variants.get(variant).into_iter().flatten() {
                        let keyword = &self.keywords[id];
                        if typos_in(keyword.locale) == Typos::Refused {
                            continue;
                        }
                        if let Some(edits) =
                            typo_distance(&keyword.text, keyword.chars, word, chars)
                        {
                            note(id, edits);
                        }
                    }
                },
            );
        }
        closest
    }

    /// The best phrase of each locale whose every keyword is in `closest`, with its score.
    fn best_per_locale(&self, closest: &HashMap<KeywordId, usize>) -> Vec<Option<(Score, usize)>> {
        let mut best: Vec<Option<(Score, usize)>> = vec![None; self.locales.len()];
        let mut candidates: Vec<usize> = closest
            .keys()
            .flat_map(|&id| self.keywords[id].phrases.iter().copied())
            .collect();
        // Phrase order decides ties, as in the content files.
        candidates.sort_unstable();
        candidates.dedup();
        for phrase_id in candidates {
            let phrase = &self.phrases[phrase_id];
            let Some(score) = score(phrase, closest) else {
                continue;
            };
            let slot = &mut best[phrase.locale];
            if slot.is_none_or(|(s, _)| score > s) {
                *slot = Some((score, phrase_id));
            }
        }
        best
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typos {
    Tolerated,
    Refused,
}

/// How many locales score as well as `winner`.
fn tied(scores: &[Option<Score>], winner: usize) -> usize {
    scores.iter().filter(|s| **s == scores[winner]).count()
}

/// (phrase length, exact words, minus the edits): greater is better, so longer phrases
/// win, then more exact words, then fewer edits in total (a typo goes to the keyword it is
/// closest to, not to whichever file came first).
type Score = (usize, usize, std::cmp::Reverse<usize>);

/// `None` unless every keyword of the phrase has a close word.
fn score(phrase: &Phrase, closest: &HashMap<KeywordId, usize>) -> Option<Score> {
    let mut exact = 0;
    let mut edits = 0;
    for id in &phrase.keywords {
        let edits_here = *closest.get(id)?;
        if edits_here == 0 {
            exact += 1;
        }
        edits += edits_here;
    }
    Some((phrase.keywords.len(), exact, std::cmp::Reverse(edits)))
}

/// How many typos a keyword of `chars` letters tolerates: none when short, as one typo
/// would make another word ("sos", "sis").
fn typos_allowed(chars: usize) -> usize {
    match chars {
        0..=3 => 0,
        4..=7 => 1,
        _ => MAX_TYPOS,
    }
}

/// The typos between `keyword` and `word`, when few enough for the keyword to tolerate.
/// Optimal string alignment: insertions, deletions, substitutions and swapped
/// neighbours, at a fraction of the cost of the unrestricted Damerau distance.
fn typo_distance(keyword: &str, keyword_chars: usize, word: &str, chars: usize) -> Option<usize> {
    let allowed = typos_allowed(keyword_chars);
    if allowed == 0 || chars.abs_diff(keyword_chars) > allowed {
        return None;
    }
    Some(strsim::osa_distance(keyword, word)).filter(|&d| d <= allowed)
}

/// How many deletions from a word of `chars` letters can reach a keyword it may be a
/// typo of: two typos only for keywords of eight letters or more, which a word shorter
/// than six letters is too far from.
fn depth_needed(chars: usize) -> usize {
    if chars >= 6 { MAX_TYPOS } else { 1 }
}

/// Calls `visit` with `letters` and every string made from them by deleting one or (with
/// `depth` 2) two letters, built in `scratch` so that a message allocates nothing per
/// variant. A variant may come more than once (a doubled letter); lookups do not mind.
fn for_each_deletion(
    letters: &[char],
    depth: usize,
    scratch: &mut String,
    visit: &mut impl FnMut(&str),
) {
    let build = |skip: &[usize], scratch: &mut String| {
        scratch.clear();
        scratch.extend(
            letters
                .iter()
                .enumerate()
                .filter(|(i, _)| !skip.contains(i))
                .map(|(_, c)| c),
        );
    };
    build(&[], scratch);
    visit(scratch);
    for i in 0..letters.len() {
        build(&[i], scratch);
        visit(scratch);
        if depth >= 2 {
            for j in i + 1..letters.len() {
                build(&[i, j], scratch);
                visit(scratch);
            }
        }
    }
}

/// `word` and every string made from it by deleting up to `depth` letters.
fn deletions(word: &str, depth: usize) -> HashSet<String> {
    let mut all = HashSet::from([word.to_string()]);
    let mut frontier = vec![word.to_string()];
    for _ in 0..depth {
        let mut next = Vec::new();
        for item in &frontier {
            for (i, c) in item.char_indices() {
                let mut shorter = String::with_capacity(item.len());
                shorter.push_str(&item[..i]);
                shorter.push_str(&item[i + c.len_utf8()..]);
                if all.insert(shorter.clone()) {
                    next.push(shorter);
                }
            }
        }
        frontier = next;
    }
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::path::Path;
    use std::sync::LazyLock;

    #[test]
    fn tolerates_small_typos_only_in_longer_words() {
        assert_eq!(typo_distance("ayuda", 5, "ayda", 4), Some(1));
        assert_eq!(typo_distance("hospital", 8, "hosptial", 8), Some(1));
        assert_eq!(typo_distance("sos", 3, "sis", 3), None);
        assert_eq!(typo_distance("help", 4, "hello", 5), None);
    }

    #[test]
    fn deletions_reach_every_shorter_spelling() {
        let all = deletions("abc", 2);
        let expected = ["abc", "ab", "ac", "bc", "a", "b", "c"];
        assert_eq!(all.len(), expected.len());
        assert!(expected.iter().all(|e| all.contains(*e)));
        assert!(deletions("μέρα", 1).contains("μρα"));
    }

    #[test]
    fn deletions_for_a_message_are_the_deletions_of_the_index() {
        for word in ["hospital", "aiuto", "βοήθεια", "ll", ""] {
            let letters: Vec<char> = word.chars().collect();
            for depth in 1..=MAX_TYPOS {
                let mut seen = HashSet::new();
                let mut scratch = String::new();
                for_each_deletion(&letters, depth, &mut scratch, &mut |v| {
                    seen.insert(v.to_string());
                });
                assert_eq!(seen, deletions(word, depth), "{word} depth {depth}");
            }
        }
    }

    static CONTENT: LazyLock<Content> = LazyLock::new(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        Content::load(&root.join("dialogues"), &root.join("locales")).expect("content loads")
    });
    static MATCHER: LazyLock<Matcher> = LazyLock::new(|| Matcher::new(&CONTENT));

    /// The matcher without an index: every phrase of every locale compared with every
    /// word. Slow and obviously right; the index must agree with it on every input.
    fn find_by_comparing_everything(text: &str, preferred: Option<&str>) -> Option<Match> {
        let m = &*MATCHER;
        let words: Vec<String> = normalize(text).into_iter().take(MAX_WORDS).collect();
        if words.is_empty() {
            return None;
        }
        let distance = |keyword: &str, word: &str, typos: Typos| -> Option<usize> {
            if keyword == word {
                return Some(0);
            }
            let (len, other) = (keyword.chars().count(), word.chars().count());
            let typo = match typos {
                Typos::Tolerated => typo_distance(keyword, len, word, other),
                Typos::Refused => None,
            };
            let prefix = (len >= 5 && word.starts_with(keyword)).then(|| other - len);
            typo.into_iter().chain(prefix).min()
        };
        let best_in = |locale: usize, typos: Typos| -> Option<(Score, usize)> {
            let mut best: Option<(Score, usize)> = None;
            for (id, phrase) in m.phrases.iter().enumerate() {
                if phrase.locale != locale {
                    continue;
                }
                let closest: Option<HashMap<KeywordId, usize>> = phrase
                    .keywords
                    .iter()
                    .map(|&k| {
                        let keyword = &m.keywords[k].text;
                        let d = words
                            .iter()
                            .filter_map(|w| distance(keyword, w, typos))
                            .min();
                        d.map(|d| (k, d))
                    })
                    .collect();
                let Some(score) = closest.and_then(|c| score(phrase, &c)) else {
                    continue;
                };
                if best.is_none_or(|(s, _)| score > s) {
                    best = Some((score, id));
                }
            }
            best
        };
        let all = 0..m.locales.len();
        if let Some(p) = preferred.and_then(|c| m.locales.iter().position(|l| l == c))
            && let Some((_, id)) = best_in(p, Typos::Tolerated)
        {
            return Some(m.found(&id));
        }
        let typos = if preferred.is_none() {
            Typos::Tolerated
        } else {
            Typos::Refused
        };
        let best: Vec<Option<(Score, usize)>> = all.map(|l| best_in(l, typos)).collect();
        let top = best.iter().flatten().map(|(s, _)| *s).max()?;
        let english = m.locales.iter().position(|l| l == "en").unwrap();
        let winner = match best[english] {
            Some((s, _)) if s == top => english,
            _ => best
                .iter()
                .rposition(|b| b.is_some_and(|(s, _)| s == top))
                .unwrap(),
        };
        let at_top = best
            .iter()
            .filter(|b| b.is_some_and(|(s, _)| s == top))
            .count();
        best[winner].map(|(_, id)| Match {
            ambiguous: winner != english && at_top > 1,
            ..m.found(&id)
        })
    }

    #[test]
    fn words_that_several_languages_share_do_not_choose_her_language() {
        // Persian, Arabic and Urdu all greet with "salam".
        let found = MATCHER.find("سلام", None).expect("a match");
        assert!(found.ambiguous, "{found:?}");
        // Her language known: her words are read in it.
        let found = MATCHER.find("سلام", Some("fa")).expect("a match");
        assert_eq!((found.locale.as_str(), found.ambiguous), ("fa", false));
        // Words of one language only.
        let found = MATCHER.find("مساعدة", None).expect("a match");
        assert_eq!((found.locale.as_str(), found.ambiguous), ("ar", false));
    }

    #[test]
    fn an_english_word_that_other_languages_also_list_is_english() {
        // "hello" and "police" are also in lists of languages typed in Latin letters.
        for text in ["hello", "police", "Hello everyone"] {
            let found = MATCHER.find(text, None).expect("a match");
            assert_eq!(found.locale, "en", "{text}");
        }
    }

    /// Text built from real keywords, misspelt a little, among other words.
    fn text_near_keywords() -> impl Strategy<Value = String> {
        let keywords: Vec<String> = MATCHER.keywords.iter().map(|k| k.text.clone()).collect();
        let word = prop_oneof![
            3 => proptest::sample::select(keywords),
            1 => proptest::collection::vec(
                proptest::sample::select("abeilmnorsαεηιοστодрвх".chars().collect::<Vec<_>>()),
                1..9,
            )
            .prop_map(|cs| cs.into_iter().collect::<String>()),
        ];
        let edit = (word, 0usize..4, 0usize..12, proptest::char::range('a', 'z')).prop_map(
            |(w, kind, at, c)| {
                let mut chars: Vec<char> = w.chars().collect();
                let at = at.min(chars.len().saturating_sub(1));
                match kind {
                    0 if !chars.is_empty() => {
                        chars.remove(at);
                    }
                    1 => chars.insert(at, c),
                    2 if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
                chars.into_iter().collect::<String>()
            },
        );
        proptest::collection::vec(edit, 1..5).prop_map(|words| words.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_index_finds_what_comparing_everything_finds(
            text in text_near_keywords(),
            preferred in proptest::option::of(proptest::sample::select(
                CONTENT.locales.all().iter().map(|l| l.code.as_str()).collect::<Vec<_>>(),
            )),
        ) {
            prop_assert_eq!(
                MATCHER.find(&text, preferred),
                find_by_comparing_everything(&text, preferred)
            );
        }
    }
}
