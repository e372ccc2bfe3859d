//! Text as the bot compares it: what she types, keywords of the dialogues, place names.

mod split;

pub use split::split_message;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Splits an `intent-*` message into its phrases. Arabic, Persian and Urdu commas count
/// too, and the Ethiopic comma of Tigrinya.
pub fn keyword_list(list: &str) -> impl Iterator<Item = &str> {
    list.split([',', '،', '፣', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Lower case, no accents or vowel marks, one spelling per letter where scripts have
/// several (Arabic/Persian yeh and kaf, Urdu's two hehs, which many keyboards type as the
/// Arabic one, Greek final sigma), words split on anything that is not a letter or digit.
pub fn normalize(text: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.nfkd().filter(|c| !is_combining_mark(*c)) {
        let c = match c {
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'ة' | 'ہ' | 'ھ' => 'ه',
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
        // Urdu typed with the Arabic heh, as many keyboards do.
        assert_eq!(normalize("خطرہ"), normalize("خطره"));
        assert_eq!(normalize("بھاگنا"), normalize("بهاگنا"));
    }

    #[test]
    fn splits_keyword_lists_on_every_script_s_comma() {
        let phrases: Vec<&str> = keyword_list("help, ayuda، sos\n  \n,ሓገዝ፣ ፖሊስ").collect();
        assert_eq!(phrases, vec!["help", "ayuda", "sos", "ሓገዝ", "ፖሊስ"]);
    }
}
