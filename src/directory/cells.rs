//! Checks one cell of a file and puts it in canonical form, or says what is wrong with it
//! in words an organiser can act on.

use super::category::{Category, category_list};
use super::package::Value;
use super::schema::{Column, Kind};
use crate::hours::{parse_days, parse_time};

/// Reads a cell of `column`. Empty cells are `None`-like values, or an error when the
/// column is required.
pub fn parse_cell(column: &Column, raw: &str) -> Result<Value, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        if column.required {
            return Err("required, but empty".into());
        }
        return Ok(Value::empty(column.kind.storage()));
    }
    let text = |s: String| Ok(Value::Text(Some(s)));
    match column.kind {
        Kind::Text | Kind::Ref(_) => text(raw.to_string()),
        Kind::Latitude => parse_degrees(raw, 90.0).map(|d| Value::Real(Some(d))),
        Kind::Longitude => parse_degrees(raw, 180.0).map(|d| Value::Real(Some(d))),
        Kind::Flag => parse_flag(raw).map(Value::Flag),
        Kind::Category => match Category::parse(raw) {
            Some(category) => text(category.code().to_string()),
            None => Err(format!(
                "unknown category \"{raw}\" (expected one of {})",
                category_list()
            )),
        },
        Kind::Phone => parse_phone(raw).and_then(text),
        Kind::Days => parse_days(raw)
            .map(|days| days.to_ical())
            .ok_or_else(|| format!("malformed days \"{raw}\": use MO,TU,WE,TH,FR,SA,SU"))
            .and_then(text),
        Kind::Time => parse_time(raw)
            .map(crate::hours::format_time)
            .ok_or_else(|| format!("malformed time \"{raw}\": use HH:MM, 00:00 to 24:00"))
            .and_then(text),
        Kind::TimeZone => parse_time_zone(raw).and_then(text),
        Kind::Language => parse_language(raw).and_then(text),
        Kind::Country => parse_country(raw).and_then(text),
        Kind::Locale => parse_locale(raw).and_then(text),
    }
}

fn parse_degrees(raw: &str, limit: f64) -> Result<f64, String> {
    let degrees: f64 = raw
        .replace(',', ".")
        .parse()
        .map_err(|_| format!("\"{raw}\" is not a number"))?;
    if !degrees.is_finite() || degrees.abs() > limit {
        return Err(format!("{raw} is out of range (-{limit} to {limit})"));
    }
    Ok(degrees)
}

pub fn parse_flag(raw: &str) -> Result<bool, String> {
    match raw.trim().to_ascii_lowercase().as_str() {
        "" | "false" | "no" | "0" | "n" => Ok(false),
        "true" | "yes" | "1" | "y" => Ok(true),
        _ => Err(format!("\"{raw}\" is not true or false")),
    }
}

/// Digits with spaces, dots, hyphens or brackets between them and an optional leading
/// `+`; 3 to 15 digits (short national numbers such as 112 or 1522 included).
pub fn parse_phone(raw: &str) -> Result<String, String> {
    let body = raw.strip_prefix('+').unwrap_or(raw);
    let allowed = body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'));
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(3..=15).contains(&digits) {
        return Err(format!(
            "malformed phone number \"{raw}\": use 3 to 15 digits, spaces and an optional leading +"
        ));
    }
    Ok(raw.to_string())
}

pub fn parse_time_zone(raw: &str) -> Result<String, String> {
    thread_local! {
        // An import checks the same few zones on every row.
        static KNOWN: std::cell::RefCell<std::collections::HashSet<String>> =
            std::cell::RefCell::default();
    }
    if KNOWN.with(|known| known.borrow().contains(raw)) {
        return Ok(raw.to_string());
    }
    match jiff::tz::TimeZone::get(raw) {
        Ok(_) => {
            KNOWN.with(|known| known.borrow_mut().insert(raw.to_string()));
            Ok(raw.to_string())
        }
        Err(_) => Err(format!(
            "unknown time zone \"{raw}\" (use an IANA name such as Europe/Rome)"
        )),
    }
}

pub fn parse_language(raw: &str) -> Result<String, String> {
    let code = raw.to_ascii_lowercase();
    if code.len() == 2 && ISO_639_1.split(' ').any(|known| known == code) {
        Ok(code)
    } else {
        Err(format!("\"{raw}\" is not an ISO 639-1 language code"))
    }
}

/// A language tag as the bot's locale folders are named: a language of 2 or 3 letters
/// (ISO 639), optionally a region of 2 letters or 3 digits ("pt-BR", "es-419"; `_` is
/// read as `-`), in canonical case. Any language is accepted: the bot's languages are
/// its locale folders, so adding one needs no change here.
pub fn parse_locale(raw: &str) -> Result<String, String> {
    let invalid = || {
        Err(format!(
            "\"{raw}\" is not a language tag (a language such as it, ar or ti, optionally with a region: pt-BR)"
        ))
    };
    let (language, region) = match raw.trim().split_once(['-', '_']) {
        Some((language, region)) => (language, Some(region)),
        None => (raw.trim(), None),
    };
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return invalid();
    }
    let language = language.to_ascii_lowercase();
    match region {
        None => Ok(language),
        Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_alphabetic()) => {
            Ok(format!("{language}-{}", r.to_ascii_uppercase()))
        }
        Some(r) if r.len() == 3 && r.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(format!("{language}-{r}"))
        }
        Some(_) => invalid(),
    }
}

pub fn parse_country(raw: &str) -> Result<String, String> {
    let code = raw.to_ascii_lowercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()) {
        Ok(code)
    } else {
        Err(format!(
            "\"{raw}\" is not a country code (ISO 3166-1 alpha-2 such as it, es, gr; or eu)"
        ))
    }
}

/// Every ISO 639-1 code.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca \
    ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl \
    gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk \
    kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my \
    na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc \
    sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw \
    ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_accept_short_and_international_numbers() {
        for ok in [
            "112",
            "1522",
            "+39 02 1234 5678",
            "800 290 290",
            "(0)55-123.456",
        ] {
            assert!(parse_phone(ok).is_ok(), "{ok}");
        }
        for bad in ["12", "12ab34", "+", "call us", "1234567890123456"] {
            assert!(parse_phone(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn languages_are_iso_639_1() {
        assert_eq!(parse_language("AR"), Ok("ar".into()));
        assert!(parse_language("xx").is_err());
        assert!(parse_language("ara").is_err());
    }

    #[test]
    fn locales_are_any_language_tag() {
        for (raw, tag) in [
            ("it", "it"),
            ("AR", "ar"),
            ("ti", "ti"),
            ("ur", "ur"),
            ("fil", "fil"),
            ("pt-br", "pt-BR"),
            ("pt_BR", "pt-BR"),
            ("es-419", "es-419"),
        ] {
            assert_eq!(parse_locale(raw), Ok(tag.to_string()), "{raw}");
        }
        for bad in [
            "", "x", "engl", "e1", "pt-", "pt-B", "pt-BRA", "pt-BR-x", "ع",
        ] {
            assert!(parse_locale(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn time_zones_come_from_the_system_database() {
        assert!(parse_time_zone("Europe/Rome").is_ok());
        assert!(parse_time_zone("Atlantic/Canary").is_ok());
        assert!(parse_time_zone("Europe/Milano").is_err());
    }
}
