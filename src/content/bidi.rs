//! Right-to-left text with left-to-right pieces in it: phone numbers, addresses, legal
//! references. The Unicode bidirectional algorithm shows "800 290 290" as "290 290 800"
//! and "18-bis" as "bis-18" in Arabic text unless each piece is isolated, whole.

/// Left-to-right isolate … pop directional isolate: wrapped around numbers in
/// right-to-left text, so that "800 290 290" is not shown as "290 290 800".
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Wraps each number ("112", "800 290 290", "4/2000", "+34 600") in left-to-right
/// isolation marks, so that right-to-left text shows its digits in the order they are
/// dialled. Telegram's clients honour the Unicode isolates.
///
/// A mark inside a token breaks it: with isolates written `[` `]`, "[18]-bis" is shown
/// as "bis-18" and "LO [1/2004]" as "1/2004 LO". So a few tokens are isolated whole,
/// never cut:
/// - e-mail addresses and web addresses (`sos15900@isotita.gr`, `https://…`, `www.…`,
///   `opengov.gr/path`);
/// - numbers with letters joined to them (`18-bis`, `2012/29/EU`, `24h`);
/// - a number with the Latin, Greek or Cyrillic words right before it (`art. 18-bis`,
///   `LO 1/2004`, `L. 3500/2006`, `Ley Orgánica 1/2004`), which read left to right as
///   one phrase.
///
/// Text already inside a left-to-right isolate is left as it is (the engine runs this
/// again on texts that hold rendered messages). Fluent's first-strong isolates around
/// placeables may hold right-to-left text: their numbers are isolated like any other.
pub fn isolate_numbers(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        if let Some(end) = isolated_end(&chars, i) {
            out.extend(&chars[i..end]);
            i = end;
            continue;
        }
        let whole = link_end(&chars, i)
            .or_else(|| phrase_end(&chars, i))
            .or_else(|| number_end(&chars, i));
        match whole {
            Some(end) => {
                out.push(LRI);
                out.extend(&chars[i..end]);
                out.push(PDI);
                i = end;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

/// Characters of e-mail and web addresses, besides ASCII letters and digits.
const LINK_PUNCTUATION: &str = "._%+-@/:?=&#~";

/// Whether a word, an address or a number can start at `i` (not in the middle of one).
fn starts_token(chars: &[char], i: usize) -> bool {
    i == 0 || {
        let before = chars[i - 1];
        !before.is_alphanumeric() && !LINK_PUNCTUATION.contains(before)
    }
}

/// The end of a left-to-right isolate (LRI … PDI) that starts at `i`.
fn isolated_end(chars: &[char], i: usize) -> Option<usize> {
    let opens = |c: char| matches!(c, '\u{2066}'..='\u{2068}');
    if chars[i] != LRI {
        return None;
    }
    let mut depth = 0;
    for (at, &c) in chars.iter().enumerate().skip(i) {
        match c {
            c if opens(c) => depth += 1,
            PDI => depth -= 1,
            _ => {}
        }
        if depth == 0 {
            return Some(at + 1);
        }
    }
    // Unclosed: not an isolate we can keep whole.
    None
}

/// The end of an e-mail or web address that starts at `i`, without the punctuation of
/// the sentence after it ("… sos15900@isotita.gr.").
fn link_end(chars: &[char], i: usize) -> Option<usize> {
    if !starts_token(chars, i) {
        return None;
    }
    let mut end = i;
    while chars
        .get(end)
        .is_some_and(|&c| c.is_ascii_alphanumeric() || LINK_PUNCTUATION.contains(c))
    {
        end += 1;
    }
    while end > i && matches!(chars[end - 1], '.' | ',' | ':' | ';' | '?' | '!' | '-') {
        end -= 1;
    }
    let token: String = chars[i..end]
        .iter()
        .collect::<String>()
        .to_ascii_lowercase();
    let is_link = match token.split_once('@') {
        Some((user, domain)) => !user.is_empty() && is_host(domain),
        None if token.starts_with("http://") || token.starts_with("https://") => {
            token.len() > "https://".len()
        }
        // Written in lower case: "D.Lgs" is not a web address.
        None => {
            is_host(token.split('/').next().unwrap_or_default())
                && chars[i..end].iter().all(|c| !c.is_ascii_uppercase())
        }
    };
    is_link.then_some(end)
}

/// "isotita.gr", "www.igualdad.gob.es": dotted labels ending in a top-level domain.
fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    let valid = |label: &&str| {
        !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    };
    let top = labels.last().copied().unwrap_or_default();
    labels.len() >= 2
        && labels.iter().all(valid)
        && top.len() >= 2
        && top.chars().all(|c| c.is_ascii_alphabetic())
}

/// The end of left-to-right words followed by a number (`art. 18-bis`, `LO 1/2004`),
/// when such a phrase starts at `i`.
fn phrase_end(chars: &[char], i: usize) -> Option<usize> {
    if !starts_token(chars, i) || !is_ltr_letter(chars[i]) {
        return None;
    }
    let mut at = i;
    loop {
        while chars.get(at).is_some_and(|&c| is_ltr_letter(c) || c == '.') {
            at += 1;
        }
        // One space, then another word or the number.
        if chars.get(at) != Some(&' ') {
            return None;
        }
        match chars.get(at + 1) {
            Some(&c) if is_ltr_letter(c) => at += 1,
            Some(_) => return number_end(chars, at + 1),
            None => return None,
        }
    }
}

/// Letters of scripts written left to right (Latin, Greek, Cyrillic, Armenian): those
/// before Hebrew and Arabic in Unicode.
fn is_ltr_letter(c: char) -> bool {
    c.is_alphabetic() && c < '\u{0590}'
}

/// The end of a number that starts at `i`: digits and what joins them. Digits inside a
/// Latin word ("mosa3ada": Arabic written in Latin letters) are part of that word, which
/// reads left to right as it is.
fn number_end(chars: &[char], i: usize) -> Option<usize> {
    let digit_at = |at: usize| chars.get(at).is_some_and(char::is_ascii_digit);
    let starts = digit_at(i) || (chars[i] == '+' && digit_at(i + 1));
    let in_word = i > 0 && is_ltr_letter(chars[i - 1]);
    if !starts || in_word {
        return None;
    }
    let mut end = i + 1;
    while let Some(&c) = chars.get(end) {
        // Phone numbers ("800 290 290", "+34 600-000"), dates, times and their ranges
        // ("08:00–14:00"), thousands ("5,000") read left to right as one piece; so do
        // the letters of a legal reference ("18-bis", "2012/29/EU").
        let next = chars.get(end + 1);
        let joins_digits = matches!(c, ' ' | '-' | '–' | '/' | '.' | ':' | ',')
            && next.is_some_and(char::is_ascii_digit);
        let joins_letters = matches!(c, '-' | '/') && next.is_some_and(char::is_ascii_alphabetic);
        if c.is_ascii_alphanumeric() || joins_digits || joins_letters {
            end += 1;
        } else {
            break;
        }
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::{Diagnostics, Direction, Facts, Locale, Locales};

    #[test]
    fn isolates_phone_numbers_whole() {
        assert_eq!(
            isolate_numbers("اتصلي 800 290 290 الآن"),
            "اتصلي \u{2066}800 290 290\u{2069} الآن"
        );
        assert_eq!(isolate_numbers("+34 600"), "\u{2066}+34 600\u{2069}");
        assert_eq!(isolate_numbers("no digits"), "no digits");
        assert_eq!(
            isolate_numbers("السبت 08:00–14:00"),
            "السبت \u{2066}08:00–14:00\u{2069}"
        );
    }

    /// `text` with each `[`…`]` written as an isolate: tests read better so.
    fn marked(text: &str) -> String {
        text.replace('[', "\u{2066}").replace(']', "\u{2069}")
    }

    #[test]
    fn addresses_are_isolated_whole() {
        for (text, expected) in [
            (
                "اكتبي إلى sos15900@isotita.gr.",
                "اكتبي إلى [sos15900@isotita.gr].",
            ),
            (
                "016-online@igualdad.gob.es،",
                "[016-online@igualdad.gob.es]،",
            ),
            ("trata@policia.es: 24/7", "[trata@policia.es]: [24/7]"),
            (
                "https://www.isotita.gr/en/ (15900)",
                "[https://www.isotita.gr/en/] ([15900])",
            ),
            ("www.policia.es/trata", "[www.policia.es/trata]"),
            ("موقع (opengov.gr)", "موقع ([opengov.gr])"),
            ("isotita.gr/path?id=42 و", "[isotita.gr/path?id=42] و"),
        ] {
            assert_eq!(isolate_numbers(text), marked(expected), "{text}");
        }
    }

    #[test]
    fn legal_references_are_isolated_whole() {
        for (text, expected) in [
            ("المادة 18-bis)", "المادة [18-bis])"),
            ("(ماده 10-bis قانون", "(ماده [10-bis] قانون"),
            ("art. 18-bis", "[art. 18-bis]"),
            ("قانون LO 1/2004 في", "قانون [LO 1/2004] في"),
            ("L. 3500/2006", "[L. 3500/2006]"),
            ("التوجيه 2012/29/EU", "التوجيه [2012/29/EU]"),
            ("Ley Orgánica 1/2004", "[Ley Orgánica 1/2004]"),
            ("D.Lgs. 286/1998", "[D.Lgs. 286/1998]"),
            ("Ν. 3500/2006", "[Ν. 3500/2006]"),
            ("قانون 5038/2023 على", "قانون [5038/2023] على"),
            ("5,000 سے 10,000", "[5,000] سے [10,000]"),
        ] {
            assert_eq!(isolate_numbers(text), marked(expected), "{text}");
        }
        // Digits inside a Latin word ("mosa3ada", Arabic in Latin letters) stay in it.
        assert_eq!(
            isolate_numbers("mosa3ada, 3ayez"),
            marked("mosa3ada, [3ayez]")
        );
        // Words not before a number, and abbreviations, are not addresses.
        assert_eq!(
            isolate_numbers("D.Lgs. e.g. Questore"),
            "D.Lgs. e.g. Questore"
        );
    }

    #[test]
    fn isolating_twice_changes_nothing() {
        for text in [
            "اتصلي 800 290 290 أو sos15900@isotita.gr (المادة 18-bis، LO 1/2004)",
            "\u{2068}6\u{2069} أشهر",
        ] {
            let once = isolate_numbers(text);
            assert_eq!(isolate_numbers(&once), once);
        }
    }

    proptest::proptest! {
        #[test]
        fn isolation_only_adds_marks_and_never_cuts_a_token(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "اتصلي", "المادة", "sos15900@isotita.gr", "www.isotita.gr", "18-bis",
                "art.", "LO", "1/2004", "800 290 290", "+34", "(", ")", ".", "،", "\n",
                "2012/29/EU", "https://x.gr/a", "Questore", "5,000",
            ]), 0..12),
        ) {
            let text = pieces.join(" ");
            let isolated = isolate_numbers(&text);
            let unmarked: String = isolated
                .chars()
                .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                .collect();
            proptest::prop_assert_eq!(&unmarked, &text);
            for token in ["sos15900@isotita.gr", "www.isotita.gr", "18-bis", "2012/29/EU"] {
                if text.contains(token) {
                    proptest::prop_assert!(isolated.contains(token), "{isolated:?}");
                }
            }
        }
    }

    /// Every message of every right-to-left locale we ship, as users get it: no direction
    /// mark inside an e-mail or web address or a legal reference, nor between a legal
    /// reference and the Latin words that name it ("LO 1/2004").
    #[test]
    fn real_right_to_left_messages_keep_addresses_and_references_whole() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut diagnostics = Diagnostics::default();
        let locales = Locales::load(&dir, &Facts::default(), &mut diagnostics);
        let rtl: Vec<&Locale> = locales
            .all()
            .iter()
            .filter(|l| l.meta.direction == Direction::Rtl)
            .collect();
        for code in ["ar", "fa"] {
            assert!(
                rtl.iter().any(|l| l.code == code),
                "{code} is right to left"
            );
        }
        let mut checked = 0;
        for locale in rtl {
            for id in locale.message_ids() {
                let text = locale.text(id).unwrap_or_default();
                let tokens: Vec<&str> = text.split_whitespace().collect();
                for (n, token) in tokens.iter().enumerate() {
                    let core = token.trim_matches(|c: char| is_mark(c) || is_outer_punctuation(c));
                    if is_sensitive(core) {
                        checked += 1;
                        assert!(
                            !core.chars().any(is_mark),
                            "{}: {id}: a mark inside {core:?}",
                            locale.code
                        );
                    }
                    let next = tokens.get(n + 1).copied().unwrap_or_default();
                    let next_core =
                        next.trim_matches(|c: char| is_mark(c) || is_outer_punctuation(c));
                    let names_next = core.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
                        && !core.is_empty()
                        && next_core.starts_with(|c: char| c.is_ascii_digit())
                        && is_sensitive(next_core);
                    if names_next {
                        assert!(
                            !token.ends_with(is_mark) && !next.starts_with(is_mark),
                            "{}: {id}: a mark between {token:?} and {next:?}",
                            locale.code
                        );
                    }
                }
            }
        }
        assert!(
            checked > 0,
            "the content has addresses and references to check"
        );
    }

    fn is_mark(c: char) -> bool {
        matches!(c, '\u{200E}' | '\u{200F}' | '\u{2066}'..='\u{2069}')
    }

    fn is_outer_punctuation(c: char) -> bool {
        "()[]«»\"'.,:;!?،؛۔".contains(c)
    }

    /// An address ("@", "://", "www.", "isotita.gr") or a number with letters or slashes
    /// ("18-bis", "5038/2023", "2012/29/EU").
    fn is_sensitive(core: &str) -> bool {
        let plain: String = core.chars().filter(|&c| !is_mark(c)).collect();
        let domain = plain.rsplit_once('.').is_some_and(|(name, top)| {
            !name.is_empty() && top.len() >= 2 && top.chars().all(|c| c.is_ascii_lowercase())
        });
        let reference = plain.chars().any(|c| c.is_ascii_digit())
            && plain.chars().any(|c| c.is_ascii_alphabetic() || c == '/');
        plain.contains('@')
            || plain.contains("://")
            || plain.starts_with("www.")
            || domain
            || reference
    }
}
