//! The broadcast file of `carenet broadcast create FILE`: TOML, or JSON when the file's
//! name ends in `.json`, with the same fields:
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
//!
//! ```json
//! {
//!   "key": "december-rights-session",
//!   "audience": { "regions": ["it"], "topics": ["rights"] },
//!   "texts": { "en": "An information session on your rights…", "it": "…" }
//! }
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::sessions::parse_local_time;
use super::{Audience, NewBroadcast, Topics, stable_hash};

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

/// How a broadcast file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// `.json` (in any case) is JSON; anything else is TOML.
    pub fn of(path: &Path) -> Format {
        match path.extension().and_then(|e| e.to_str()) {
            Some(extension) if extension.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Toml,
        }
    }
}

/// What is wrong with a broadcast file, and on which line when the parser knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl From<String> for FileError {
    fn from(message: String) -> Self {
        FileError {
            line: None,
            message,
        }
    }
}

/// Reads the broadcast file at `path` (its format from its name); errors name the file.
pub fn read(path: &Path, now: i64) -> Result<NewBroadcast, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text, Format::of(path), now).map_err(|e| match e.line {
        Some(line) => format!("{}, line {line}: {}", path.display(), e.message),
        None => format!("{}: {}", path.display(), e.message),
    })
}

/// Reads a broadcast file; `now` (Unix seconds) is the time when `send_at` is missing.
pub fn parse(text: &str, format: Format, now: i64) -> Result<NewBroadcast, FileError> {
    let file: File = match format {
        Format::Toml => toml::from_str(text).map_err(|e| FileError {
            line: e.span().map(|span| line_of(text, span.start)),
            message: e.message().trim().to_string(),
        })?,
        Format::Json => serde_json::from_str(text).map_err(|e| {
            let message = e.to_string();
            let at = format!(" at line {} column {}", e.line(), e.column());
            FileError {
                line: (e.line() > 0).then_some(e.line()),
                message: message.strip_suffix(&at).unwrap_or(&message).to_string(),
            }
        })?,
    };
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
        .unwrap_or_else(|| format!("file:{:016x}", stable_hash(text.as_bytes())));
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

/// The line (from 1) of the byte at `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOML_FILE: &str = r#"
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

    fn toml(text: &str, now: i64) -> Result<NewBroadcast, FileError> {
        parse(text, Format::Toml, now)
    }

    #[test]
    fn reads_a_file_and_refuses_mistakes() {
        let text = TOML_FILE;
        let b = toml(text, 0).unwrap();
        assert_eq!(b.audience.regions, ["it"]);
        assert_eq!(b.scheduled_at, 1_796_115_600);
        assert_eq!(b.idempotency_key, toml(text, 5).unwrap().idempotency_key);
        assert!(toml("[texts]\n", 0).is_err(), "no text");
        assert!(toml("fallback = \"fr\"\n[texts]\nen = \"x\"\n", 0).is_err());
        assert!(toml("[audience]\ntopics = [\"x\"]\n[texts]\nen = \"x\"\n", 0).is_err());
        assert!(toml("colour = 1\n[texts]\nen = \"x\"\n", 0).is_err());
    }

    #[test]
    fn json_has_the_same_fields_as_toml() {
        let json = r#"{
            "fallback": "en",
            "send_at": "2026-12-01 10:00",
            "timezone": "Europe/Rome",
            "audience": { "regions": ["IT"], "topics": ["rights"] },
            "texts": { "en": "Hello", "it": "Ciao" }
        }"#;
        let from_json = parse(json, Format::Json, 0).unwrap();
        let from_toml = toml(TOML_FILE, 0).unwrap();
        // The same broadcast; only the key (made from the file's text) differs.
        assert_eq!(
            NewBroadcast {
                idempotency_key: None,
                ..from_json
            },
            NewBroadcast {
                idempotency_key: None,
                ..from_toml
            }
        );
        assert_eq!(Format::of(Path::new("a/b.JSON")), Format::Json);
        assert_eq!(Format::of(Path::new("b.toml")), Format::Toml);
        assert_eq!(Format::of(Path::new("json")), Format::Toml);
    }

    #[test]
    fn errors_say_on_which_line_in_both_formats() {
        let json = "{\n  \"texts\": {\"en\": \"x\"},\n  \"colour\": 1\n}\n";
        let error = parse(json, Format::Json, 0).unwrap_err();
        assert_eq!(error.line, Some(3), "{error}");
        assert!(error.message.contains("colour"), "{error}");
        assert!(!error.message.contains("line"), "said once: {error}");
        let broken = "{\n  \"texts\": {\"en\": \"x\"}\n  \"key\": \"k\"\n}\n";
        assert_eq!(parse(broken, Format::Json, 0).unwrap_err().line, Some(3));
        let toml_text = "key = \"k\"\n[texts]\nen = \"x\"\ncolour = [\n";
        let error = toml(toml_text, 0).unwrap_err();
        assert_eq!(error.line, Some(4), "{error}");
        // A check made after reading has no line.
        let error = toml("fallback = \"fr\"\n[texts]\nen = \"x\"\n", 0).unwrap_err();
        assert_eq!(error.line, None);
    }

    #[test]
    fn a_file_that_cannot_be_read_or_parsed_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("broadcast.json");
        std::fs::write(&path, "{\n  \"texts\": {\"en\": \"x\",}\n}\n").unwrap();
        let error = read(&path, 0).unwrap_err();
        assert!(
            error.starts_with(&format!("{}, line 2: ", path.display())),
            "{error}"
        );
        let missing = dir.path().join("missing.toml");
        assert!(read(&missing, 0).unwrap_err().contains("missing.toml"));
    }
}
