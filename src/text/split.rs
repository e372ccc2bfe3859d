//! A channel takes messages up to a length (Telegram: 4096 UTF-16 units). Longer text is
//! cut where a reader expects a break: between paragraphs, else between lines, else
//! between words.

/// Splits `text` into parts of at most `max` UTF-16 units each, preferring paragraph
/// breaks, then line breaks, then spaces. Joining the parts with the separators they were
/// cut at gives back the text, less the separators' surrounding whitespace.
pub fn split_message(text: &str, max: usize) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = text.trim();
    while units(rest) > max {
        let cut = best_cut(rest, max);
        let (head, tail) = rest.split_at(cut);
        let head = head.trim_end();
        if !head.is_empty() {
            parts.push(head.to_string());
        }
        rest = tail.trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

fn units(text: &str) -> usize {
    text.encode_utf16().count()
}

/// The byte index to cut `text` at so that the head fits `max` units.
fn best_cut(text: &str, max: usize) -> usize {
    // The longest prefix that fits, on a char boundary.
    let mut fits = 0;
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += c.len_utf16();
        if used > max {
            break;
        }
        fits = i + c.len_utf8();
    }
    let head = &text[..fits];
    for separator in ["\n\n", "\n"] {
        if let Some(at) = head.rfind(separator).filter(|&at| at > 0) {
            return at;
        }
    }
    // A space inside a number ("600 000 016") is not a place to cut.
    let inside_number = |at: usize| {
        let before = head[..at].chars().next_back();
        let after = text[at + 1..].chars().next();
        before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit())
    };
    if let Some(at) = head
        .rmatch_indices(' ')
        .map(|(at, _)| at)
        .find(|&at| at > 0 && !inside_number(at))
    {
        return at;
    }
    fits.max(text.chars().next().map_or(0, char::len_utf8))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Telegram's limit.
    const MAX_MESSAGE_UNITS: usize = 4096;

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split_message("Hello", 4096), vec!["Hello"]);
    }

    #[test]
    fn prefers_paragraphs_then_lines_then_words() {
        let text = "aaaa bbbb\n\ncccc\ndddd eeee";
        assert_eq!(
            split_message(text, 12),
            vec!["aaaa bbbb", "cccc", "dddd eeee"]
        );
        assert_eq!(split_message("one two three", 8), vec!["one two", "three"]);
    }

    #[test]
    fn never_cuts_inside_a_phone_number() {
        assert_eq!(
            split_message("WhatsApp 600 000 016", 16),
            vec!["WhatsApp", "600 000 016"]
        );
    }

    #[test]
    fn cuts_words_longer_than_the_limit() {
        assert_eq!(split_message("abcdefgh", 3), vec!["abc", "def", "gh"]);
    }

    #[test]
    fn counts_emoji_as_telegram_does() {
        // "🆘" is two UTF-16 units.
        assert_eq!(split_message("🆘🆘🆘", 4), vec!["🆘🆘", "🆘"]);
    }

    #[test]
    fn every_part_fits_and_nothing_is_lost() {
        let paragraph = "Ελληνικά κείμενο με τόνους. ".repeat(40);
        let text = [paragraph.as_str(); 8].join("\n\n");
        let parts = split_message(&text, MAX_MESSAGE_UNITS);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| units(p) <= MAX_MESSAGE_UNITS));
        let words: Vec<&str> = text.split_whitespace().collect();
        let rejoined: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(words, rejoined);
    }
}
