//! Reading level, per language: the issue asks for CEFR A2 (short sentences, common
//! words), and what a program can measure of that is length. `carenet check` warns about
//! long sentences and long screens and refuses a screen nobody reads to the end.
//!
//! A screen is the text a node shows (its `text` message, rendered). Counting is kept
//! simple so that a translator can redo it by hand:
//! - a word is a run of text between spaces with at least one letter or digit in it, so
//!   bullets, emoji, flags and dashes are not words;
//! - a number written in groups ("800 290 290", "+34 600 000 016", "5 000") is one word;
//! - a sentence ends at a line break, or at `.` `!` `?` `;` and their forms in our
//!   scripts (Arabic `؟` `؛`, Urdu `۔`, Devanagari and Bengali `।` `॥`, Ethiopic `።` `፧`,
//!   Greek `;`) when no letter or digit follows at once, so that "isotita.gr", "5.000"
//!   and "art. 18" (followed by a space) behave as a reader expects: the first two are
//!   inside a sentence, the third ends one, which only makes sentences shorter.
//!
//! Scripts written without spaces between words (Chinese, Thai) would count one word per
//! line; none of our languages is one.
//!
//! English, the reference, decides how long a screen is: a screen over
//! [`MAX_SCREEN_WORDS_ALLOWED`] words in English is an error, to be split into steps, and
//! the translations follow. In a translation it is a warning, because languages spend
//! different numbers of words on the same text: on the content of November 2026, Urdu
//! used 23% more words than English, French 12% more, Arabic and Tigrinya 17% fewer, so
//! a faithful Urdu translation of a 189-word English screen had 246 words.

use std::collections::BTreeSet;

use super::diagnostics::Diagnostics;
use super::{Dialogues, Locales, REFERENCE};

/// Longer sentences get a warning.
pub const MAX_SENTENCE_WORDS: usize = 20;
/// Longer screens get a warning.
pub const MAX_SCREEN_WORDS: usize = 120;
/// Longer screens fail the check in English (a warning in translations, see above): on a
/// phone that is three screenfuls or more.
pub const MAX_SCREEN_WORDS_ALLOWED: usize = 200;

/// One language's counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadingLevel {
    pub code: String,
    /// Screens this language translates.
    pub screens: usize,
    /// Sentences over [`MAX_SENTENCE_WORDS`].
    pub long_sentences: usize,
    /// Screens over [`MAX_SCREEN_WORDS`] (those over the limit included).
    pub long_screens: usize,
    /// Screens over [`MAX_SCREEN_WORDS_ALLOWED`] (errors in English, warnings elsewhere).
    pub too_long_screens: usize,
}

/// The counts of every locale, reference first.
pub fn reading_level(dialogues: &Dialogues, locales: &Locales) -> Vec<ReadingLevel> {
    report(dialogues, locales, &mut Diagnostics::default())
}

/// The counts, with a located warning or error for each long sentence and screen.
pub(super) fn report(
    dialogues: &Dialogues,
    locales: &Locales,
    diagnostics: &mut Diagnostics,
) -> Vec<ReadingLevel> {
    // Two nodes may show the same text: one screen.
    let mut seen = BTreeSet::new();
    let screens: Vec<&str> = dialogues
        .nodes()
        .iter()
        .map(|node| node.text.as_str())
        .filter(|id| seen.insert(*id))
        .collect();
    let mut levels = Vec::new();
    for locale in locales.all() {
        let mut level = ReadingLevel {
            code: locale.code.clone(),
            screens: 0,
            long_sentences: 0,
            long_screens: 0,
            too_long_screens: 0,
        };
        for &id in &screens {
            // A missing message is reported by the coverage check; users see English.
            let (Some(text), Some(origin)) = (locale.text(id), locale.origin(id)) else {
                continue;
            };
            level.screens += 1;
            for sentence in sentences(text) {
                let count = words(sentence);
                if count > MAX_SENTENCE_WORDS {
                    level.long_sentences += 1;
                    diagnostics.warning_at(
                        origin,
                        format!(
                            "\"{id}\": a sentence of {count} words (aim at {MAX_SENTENCE_WORDS} at most): \"{}\"",
                            opening(sentence)
                        ),
                    );
                }
            }
            let count = words(text);
            if count > MAX_SCREEN_WORDS_ALLOWED {
                level.long_screens += 1;
                level.too_long_screens += 1;
                if locale.code == REFERENCE {
                    diagnostics.error_at(
                        origin,
                        format!(
                            "\"{id}\" is a screen of {count} words; at most {MAX_SCREEN_WORDS_ALLOWED} (split it into steps)"
                        ),
                    );
                } else {
                    diagnostics.warning_at(
                        origin,
                        format!(
                            "\"{id}\" is a screen of {count} words, over {MAX_SCREEN_WORDS_ALLOWED} (an error in English: shorten the translation)"
                        ),
                    );
                }
            } else if count > MAX_SCREEN_WORDS {
                level.long_screens += 1;
                diagnostics.warning_at(
                    origin,
                    format!(
                        "\"{id}\" is a screen of {count} words (aim at {MAX_SCREEN_WORDS} at most)"
                    ),
                );
            }
        }
        levels.push(level);
    }
    levels
}

/// The words of `text`, counted as the module comment says.
pub fn words(text: &str) -> usize {
    let mut count = 0;
    let mut in_number = false;
    for token in text.split_whitespace() {
        if !token.chars().any(char::is_alphanumeric) {
            // A bullet or an emoji between two numbers still separates them.
            in_number = false;
            continue;
        }
        let numeric = token.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, '+' | '-' | '/' | '.' | ',' | ':') || is_mark(c)
        });
        if !(numeric && in_number) {
            count += 1;
        }
        in_number = numeric;
    }
    count
}

/// The sentences of `text`, as the module comment says (empty ones left out).
pub fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends = c == '\n' || (is_terminator(c) && !next.is_some_and(char::is_alphanumeric));
        if ends {
            let end = at + c.len_utf8();
            sentences.push(&text[start..end]);
            start = end;
        }
    }
    sentences.push(&text[start..]);
    sentences.retain(|s| words(s) > 0);
    sentences
}

fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | '…' | '؟' | '؛' | '۔' | '।' | '॥' | '።' | '፧' | '\u{037E}'
    )
}

/// Direction marks that right-to-left texts carry around numbers (see `locales`).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
}

/// The first words of a sentence, to find it in the file.
fn opening(sentence: &str) -> String {
    let mut words = sentence.split_whitespace();
    let shown: Vec<&str> = words.by_ref().take(6).collect();
    let more = if words.next().is_some() { "…" } else { "" };
    format!("{}{more}", shown.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_leave_out_bullets_and_emoji_and_join_grouped_numbers() {
        assert_eq!(words("Call the police."), 3);
        assert_eq!(words("• 🇮🇹 Italy — 1522"), 2);
        assert_eq!(words("Call 800 290 290 or +34 600 000 016 now"), 5);
        assert_eq!(words("from 5 000 to 10 000 euro"), 5);
        assert_eq!(words("112 • 1522"), 2, "a bullet separates two numbers");
        assert_eq!(words("اتصلي \u{2066}800 290 290\u{2069} الآن"), 3);
        assert_eq!(words("article 18-bis"), 2);
        assert_eq!(words(""), 0);
    }

    #[test]
    fn sentences_end_at_stops_of_every_script_and_at_line_breaks() {
        assert_eq!(
            sentences("One. Two! Three? Four; five\nsix"),
            ["One.", " Two!", " Three?", " Four;", " five\n", "six"]
        );
        assert_eq!(sentences("هل أنت بأمان؟ اتصلي").len(), 2);
        assert_eq!(sentences("آپ محفوظ ہیں۔ کال کریں").len(), 2);
        assert_eq!(sentences("আপনি নিরাপদ। কল করুন").len(), 2);
        assert_eq!(sentences("ድሕንቲ ኣለኺ። ደውሊ").len(), 2);
        assert_eq!(sentences("Είσαι ασφαλής\u{037E} Κάλεσε").len(), 2);
        assert_eq!(sentences("\n\n• \n"), Vec::<&str>::new());
    }

    #[test]
    fn addresses_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            sentences("Write to sos15900@isotita.gr or see www.isotita.gr today. Pay 5.000 euro."),
            [
                "Write to sos15900@isotita.gr or see www.isotita.gr today.",
                " Pay 5.000 euro."
            ]
        );
    }
}
