//! The broadcast file of `carenet broadcast create FILE` (TOML):
//!
//! ```toml
//! key = "december-rights-session"   # optional: the same key never sends twice; without
//!                                   # one, the file's content is the key
//! fallback = "en"                   # optional: who reads none of the texts gets this one
//! send_at = "2026-12-01 10:00"      # optional: later, in `timezone`; default now
//! timezone = "Europe/Rome"          # default UTC
//!
//! [audience]                        # optional; an empty or missing list means everyone
//! languages = ["it", "ar"]
//! regions = ["it"]                  # it, es, gr
//! topics = ["rights", "health"]     # rights, health, work, language, children
//!
//! [texts]
//! en = "An information session on your rights: 3 December, 17:30, Via Roma 1, Milano."
//! it = "…"
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

use super::sessions::parse_local_time;
use super::{Audience, NewBroadcast, Topics};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    key: Option<String>,
    fallback: Option<String>,
    send_at: Option<String>,
    timezone: Option<String>,
    #[serde(default)]
    audience: AudienceFile,
    texts: BTreeMap<String, String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AudienceFile {
    #[serde(default)]
    languages: Vec<String>,
    #[serde(default)]
    regions: Vec<String>,
    #[serde(default)]
    topics: Vec<String>,
}

/// Reads a broadcast file; `now` (Unix seconds) is the time when `send_at` is missing.
pub fn parse(text: &str, now: i64) -> Result<NewBroadcast, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let timezone = file.timezone.as_deref().unwrap_or("UTC");
    let scheduled_at = match &file.send_at {
        Some(at) => parse_local_time(at, timezone)?,
        None => now,
    };
    let topics = Topics::parse_list(&file.audience.topics.join(","))?;
    let lower = |items: Vec<String>| -> Vec<String> {
        let mut items: Vec<String> = items.iter().map(|i| i.trim().to_lowercase()).collect();
        items.sort();
        items.dedup();
        items
    };
    let key = file
        .key
        .unwrap_or_else(|| format!("file:{:016x}", fnv1a(text.as_bytes())));
    let broadcast = NewBroadcast {
        idempotency_key: Some(key),
        texts: file.texts,
        fallback: file.fallback,
        audience: Audience {
            languages: lower(file.audience.languages),
            regions: lower(file.audience.regions),
            topics,
        },
        scheduled_at,
        created_by: None,
        progress: None,
    };
    broadcast.validate()?;
    Ok(broadcast)
}

/// A hash that stays the same across builds (the file's key must).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_and_refuses_mistakes() {
        let text = r#"
            fallback = "en"
            send_at = "2026-12-01 10:00"
            timezone = "Europe/Rome"
            [audience]
            regions = ["IT"]
            topics = ["rights"]
            [texts]
            en = "Hello"
            it = "Ciao"
        "#;
        let b = parse(text, 0).unwrap();
        assert_eq!(b.audience.regions, ["it"]);
        assert_eq!(b.scheduled_at, 1_796_115_600);
        assert_eq!(b.idempotency_key, parse(text, 5).unwrap().idempotency_key);
        assert!(parse("[texts]\n", 0).is_err(), "no text");
        assert!(parse("fallback = \"fr\"\n[texts]\nen = \"x\"\n", 0).is_err());
        assert!(parse("[audience]\ntopics = [\"x\"]\n[texts]\nen = \"x\"\n", 0).is_err());
        assert!(parse("colour = 1\n[texts]\nen = \"x\"\n", 0).is_err());
    }
}
