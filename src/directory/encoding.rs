//! What spreadsheets save as "CSV", read as UTF-8 CSV: UTF-8 with or without a byte order
//! mark; UTF-16 (Excel's "Unicode text", with its mark, or without it when every other
//! byte is zero); Windows-1252 (Excel's "CSV" on Windows in western Europe), for a file
//! that is not valid UTF-8. And the separator: a comma, or the semicolon that Italian,
//! Spanish and Greek Excel writes (their decimal point is a comma), or a tab.
//!
//! Hand-written rather than a crate: the standard library decodes UTF-16, and
//! Windows-1252 differs from Latin-1 in 27 characters only (the table below).

use std::borrow::Cow;

/// The encoding a file was read in, when it was not UTF-8 (for the report).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// `bytes` as UTF-8, and the encoding they were in.
pub fn to_utf8(bytes: &[u8]) -> (Cow<'_, [u8]>, Encoding) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (Cow::Borrowed(rest), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (Cow::Borrowed(bytes), Encoding::Utf8);
    }
    // UTF-16 without its mark: a CSV is mostly ASCII (ids, commas, digits), and each
    // ASCII character has a zero byte beside it; Windows-1252 text has no zero bytes.
    let sample = &bytes[..bytes.len().min(400) & !1];
    if sample.len() >= 4 {
        let zeros = |offset: usize| {
            let zero = sample.iter().skip(offset).step_by(2).filter(|&&b| b == 0);
            zero.count() * 10 / (sample.len() / 2)
        };
        // Tenths of the high and low bytes that are zero: text, even mostly Greek or
        // Arabic, has zero high bytes for a third of its characters at least (digits,
        // commas, line ends), and never zero low bytes.
        match (zeros(0), zeros(1)) {
            (0, high) if high >= 3 => return (utf16(bytes, u16::from_le_bytes), Encoding::Utf16Le),
            (high, 0) if high >= 3 => return (utf16(bytes, u16::from_be_bytes), Encoding::Utf16Be),
            _ => {}
        }
    }
    // UTF-8 with a few broken bytes (a bad copy): keep it UTF-8, the broken bytes shown
    // as �, rather than turn every accented letter of it into two wrong ones.
    let lossy = String::from_utf8_lossy(bytes);
    let broken = lossy.matches('\u{FFFD}').count();
    let letters = lossy
        .chars()
        .filter(|c| !c.is_ascii() && *c != '\u{FFFD}')
        .count();
    if letters > broken {
        return (Cow::Owned(lossy.into_owned().into_bytes()), Encoding::Utf8);
    }
    (
        Cow::Owned(windows_1252(bytes).into_bytes()),
        Encoding::Windows1252,
    )
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Cow<'static, [u8]> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let text: String = char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Cow::Owned(text.into_bytes())
}

/// The characters of bytes 0x80 to 0x9F in Windows-1252 (the rest is Latin-1); the five
/// bytes it leaves undefined keep their Latin-1 control character.
const WINDOWS_1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// The separator of a CSV file: the one of `,` `;` and tab that its first line (outside
/// quotes) has most of; a comma when it has none.
pub fn separator(text: &[u8]) -> u8 {
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    // The first line that is not a comment.
    let mut lines = text.split(|&b| b == b'\n');
    let first = lines
        .find(|line| !line.starts_with(b"#"))
        .unwrap_or_default();
    for &b in first {
        match b {
            b'"' => quoted = !quoted,
            _ if quoted => {}
            _ => {
                for (separator, count) in counts.iter_mut() {
                    if b == *separator {
                        *count += 1;
                    }
                }
            }
        }
    }
    counts
        .iter()
        .filter(|(_, count)| *count > 0)
        .max_by_key(|(separator, count)| (*count, *separator == b','))
        .map_or(b',', |(separator, _)| *separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, mark: bool) -> Vec<u8> {
        let mut bytes = if mark { vec![0xFF, 0xFE] } else { vec![] };
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    }

    #[test]
    fn spreadsheet_encodings_are_read_as_utf8() {
        let text = "id,name\nx1,Café “Ελπίδα”\n";
        let read = |bytes: &[u8]| {
            let (utf8, encoding) = to_utf8(bytes);
            (String::from_utf8(utf8.into_owned()).unwrap(), encoding)
        };
        assert_eq!(read(text.as_bytes()), (text.into(), Encoding::Utf8));
        let with_mark = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(read(&with_mark), (text.into(), Encoding::Utf8));
        assert_eq!(read(&utf16le(text, true)), (text.into(), Encoding::Utf16Le));
        assert_eq!(
            read(&utf16le(text, false)),
            (text.into(), Encoding::Utf16Le)
        );
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(read(&be), (text.into(), Encoding::Utf16Be));
        // Windows-1252: é is 0xE9, the curly quotes 0x93 and 0x94, € 0x80.
        let cp1252 = b"id,name\nx1,Caf\xe9 \x93Maria\x94 \x80\n";
        assert_eq!(
            read(cp1252),
            ("id,name\nx1,Café “Maria” €\n".into(), Encoding::Windows1252)
        );
        // UTF-8 with one broken byte stays UTF-8: one �, the other letters intact.
        let damaged = [
            b"id,name\nx1,Caf\xc3\xa9 \xce\x95\xce\xbb ".as_slice(),
            b"\xff\n",
        ]
        .concat();
        assert_eq!(
            read(&damaged),
            ("id,name\nx1,Café Ελ \u{FFFD}\n".into(), Encoding::Utf8)
        );
    }

    #[test]
    fn the_separator_is_read_from_the_first_line() {
        assert_eq!(separator(b"id,name,category\n"), b',');
        assert_eq!(separator(b"id;name;category\nx;\"a, b\";c\n"), b';');
        assert_eq!(separator(b"id\tname\tcategory\n"), b'\t');
        assert_eq!(separator(b"# a comment; with; semicolons\nid,name\n"), b',');
        assert_eq!(separator(b"\"a;b\",c\n"), b',', "inside quotes is text");
        assert_eq!(separator(b"id\n"), b',');
        assert_eq!(separator(b""), b',');
    }
}
