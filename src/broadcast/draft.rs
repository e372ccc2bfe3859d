//! A broadcast being written in the bot (`/broadcast`): texts per language, audience,
//! fallback, time. Kept in the database as a broadcast file (TOML) between messages, so
//! that a restart loses nothing and `carenet broadcast create` reads the same format.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::sessions::parse_local_time;
use super::{Audience, NewBroadcast, Topics, is_language_code, is_region, stable_hash};

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// The idempotency key of the broadcast it becomes: a double tap on Send sends once.
    pub key: String,
    pub fallback: Option<String>,
    /// Unix seconds, when scheduled.
    pub send_at: Option<i64>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    #[serde(default)]
    pub texts: BTreeMap<String, String>,
}

impl Draft {
    pub fn new(user_id: i64, now_ms: i64) -> Draft {
        Draft {
            key: format!("bot:{user_id}:{now_ms}"),
            ..Draft::default()
        }
    }

    pub fn parse(body: &str) -> Result<Draft, String> {
        toml::from_str(body).map_err(|e| e.to_string())
    }

    pub fn to_toml(&self) -> String {
        let list = |items: &[String]| {
            items
                .iter()
                .map(|i| quote(i))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut out = format!("key = {}\n", quote(&self.key));
        if let Some(fallback) = &self.fallback {
            out += &format!("fallback = {}\n", quote(fallback));
        }
        if let Some(at) = self.send_at {
            out += &format!("send_at = {at}\n");
        }
        out += &format!("languages = [{}]\n", list(&self.languages));
        out += &format!("regions = [{}]\n", list(&self.regions));
        out += &format!("topics = [{}]\n", list(&self.topics));
        out += "[texts]\n";
        for (language, text) in &self.texts {
            out += &format!("{language} = {}\n", quote(text));
        }
        out
    }

    /// 16 hex digits that change with any change to the draft: the preview's Send button
    /// carries them, so that an older preview cannot send a draft changed since.
    pub fn fingerprint(&self) -> String {
        format!("{:016x}", stable_hash(self.to_toml().as_bytes()))
    }

    /// `it: Ciao…` sets the Italian text; returns the language, or `None` when the
    /// message is not of that form.
    pub fn set_text(&mut self, message: &str) -> Option<String> {
        let (code, text) = message.split_once(':')?;
        let code = code.trim().to_ascii_lowercase();
        if !is_language_code(&code) || text.trim().is_empty() {
            return None;
        }
        self.texts.insert(code.clone(), text.trim().to_string());
        Some(code)
    }

    /// `regions=it,es topics=rights languages=it,ar` (each optional; `all` clears one).
    pub fn set_audience(&mut self, args: &str) -> Result<(), String> {
        for part in args.split_whitespace() {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?}: write name=value, e.g. regions=it"))?;
            let values: Vec<String> = match value {
                "all" | "" => vec![],
                _ => value.split(',').map(|v| v.trim().to_lowercase()).collect(),
            };
            match name {
                "languages" => {
                    if let Some(bad) = values.iter().find(|v| !is_language_code(v)) {
                        return Err(format!("{bad:?} is not a language code"));
                    }
                    self.languages = values;
                }
                "regions" => {
                    if let Some(bad) = values.iter().find(|v| !is_region(v)) {
                        return Err(format!("unknown region {bad:?}: use it, es, gr"));
                    }
                    self.regions = values;
                }
                "topics" => {
                    Topics::parse_list(&values.join(","))?;
                    self.topics = values;
                }
                other => return Err(format!("unknown {other:?}: use languages, regions, topics")),
            }
        }
        Ok(())
    }

    /// `2026-12-01 10:00 Europe/Rome`, or `now`.
    pub fn set_schedule(&mut self, args: &str) -> Result<(), String> {
        let args = args.trim();
        if args.is_empty() || args == "now" {
            self.send_at = None;
            return Ok(());
        }
        let (time, zone) = match args.rsplit_once(' ') {
            Some((time, zone)) if zone.contains('/') || zone == "UTC" => (time, zone),
            _ => (args, "UTC"),
        };
        self.send_at = Some(parse_local_time(time, zone)?);
        Ok(())
    }

    pub fn to_broadcast(&self, created_by: i64, now: i64) -> Result<NewBroadcast, String> {
        let broadcast = NewBroadcast {
            idempotency_key: Some(self.key.clone()),
            texts: self.texts.clone(),
            fallback: self.fallback.clone(),
            audience: Audience {
                languages: self.languages.clone(),
                regions: self.regions.clone(),
                topics: Topics::parse_list(&self.topics.join(","))?,
            },
            scheduled_at: self.send_at.unwrap_or(now).max(now),
            created_by: Some(created_by),
            progress: None,
        };
        broadcast.validate()?;
        Ok(broadcast)
    }
}

/// A TOML basic string.
fn quote(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out += "\\\"",
            '\\' => out += "\\\\",
            '\n' => out += "\\n",
            '\r' => out += "\\r",
            '\t' => out += "\\t",
            c if c.is_control() => out += &format!("\\u{:04X}", c as u32),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_survives_its_round_trip_through_toml() {
        let mut draft = Draft::new(42, 1000);
        assert_eq!(
            draft.set_text("it: Ciao \"a tutte\"\nseconda riga\\"),
            Some("it".into())
        );
        assert_eq!(draft.set_text("just words"), None);
        draft
            .set_audience("regions=it topics=rights,health")
            .unwrap();
        assert!(draft.set_audience("regions=fr").is_err());
        draft.set_schedule("2026-12-01 10:00 Europe/Rome").unwrap();
        draft.fallback = Some("it".into());
        assert_eq!(Draft::parse(&draft.to_toml()).unwrap(), draft);
        let fingerprint = draft.fingerprint();
        assert_eq!(fingerprint.len(), 16);
        assert_eq!(
            Draft::parse(&draft.to_toml()).unwrap().fingerprint(),
            fingerprint
        );
        let mut changed = draft.clone();
        changed.set_text("it: Ciao a tutte");
        assert_ne!(changed.fingerprint(), fingerprint);
        let broadcast = draft.to_broadcast(42, 0).unwrap();
        assert_eq!(broadcast.idempotency_key.as_deref(), Some("bot:42:1000"));
        assert_eq!(broadcast.scheduled_at, 1_796_115_600);
    }
}
