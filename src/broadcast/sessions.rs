//! Awareness sessions: what organisers create (`carenet session add`, `/session` in the
//! bot) and what she sees under *Awareness sessions*.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Audience, NewBroadcast, Topic, Topics, is_language_code, is_region};

/// A session as stored: texts by language (title, description).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: i64,
    /// Unix seconds.
    pub starts_at: i64,
    /// IANA name; the time is shown in it.
    pub timezone: String,
    /// An address or an online link.
    pub place: String,
    /// ISO 639-1 codes spoken at the session.
    pub languages: Vec<String>,
    pub topic: Topic,
    pub region: String,
    pub texts: BTreeMap<String, (String, String)>,
}

/// A session to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub starts_at: i64,
    pub timezone: String,
    pub place: String,
    pub languages: Vec<String>,
    pub topic: Topic,
    pub region: String,
    pub texts: BTreeMap<String, (String, String)>,
}

/// With a title of 200 and a place of 300, an announcement stays under Telegram's 4,096.
pub const MAX_DESCRIPTION_CHARS: usize = 3000;
pub const MAX_PLACE_CHARS: usize = 300;

impl NewSession {
    pub fn validate(&self) -> Result<(), String> {
        if self.texts.is_empty() {
            return Err("a session needs a title in at least one language".into());
        }
        for (language, (title, _)) in &self.texts {
            if !is_language_code(language) {
                return Err(format!("{language:?} is not a language code such as it"));
            }
            if title.trim().is_empty() || title.chars().count() > 200 {
                return Err(format!("the {language} title must be 1 to 200 characters"));
            }
        }
        if self.languages.is_empty() || !self.languages.iter().all(|l| is_language_code(l)) {
            return Err("languages: one or more codes such as it,ar".into());
        }
        if !is_region(&self.region) {
            return Err(format!(
                "unknown region {:?}: use {}",
                self.region,
                super::REGIONS.join(", ")
            ));
        }
        if self.place.trim().is_empty() || self.place.chars().count() > MAX_PLACE_CHARS {
            return Err(format!(
                "a session needs a place or an online link, at most {MAX_PLACE_CHARS} characters"
            ));
        }
        for (language, (_, description)) in &self.texts {
            // The announcement (title, time, place, description) must fit one message.
            if description.encode_utf16().count() > MAX_DESCRIPTION_CHARS {
                return Err(format!(
                    "the {language} description is longer than {MAX_DESCRIPTION_CHARS} characters"
                ));
            }
        }
        Ok(())
    }
}

/// "2026-12-03 17:30" in `timezone` → Unix seconds.
pub fn parse_local_time(text: &str, timezone: &str) -> Result<i64, String> {
    let tz = jiff::tz::TimeZone::get(timezone)
        .map_err(|_| format!("unknown time zone {timezone:?}: use a name such as Europe/Rome"))?;
    let civil: jiff::civil::DateTime = text
        .trim()
        .replace(' ', "T")
        .parse()
        .map_err(|_| format!("{text:?} is not a date and time such as 2026-12-03 17:30"))?;
    let zoned = civil
        .to_zoned_datetime(tz)
        .map_err(|_| format!("{text:?} does not exist in {timezone}"))?;
    Ok(zoned.timestamp().as_second())
}

/// Unix seconds → "2026-12-03 17:30" in `timezone` (UTC if unknown).
pub fn local_time(seconds: i64, timezone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(timezone).unwrap_or(jiff::tz::TimeZone::UTC);
    match jiff::Timestamp::from_second(seconds) {
        Ok(ts) => ts
            .to_zoned_datetime(tz)
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => "?".into(),
    }
}

impl Session {
    /// Title and description in `language`, or in English, or in any language there is.
    pub fn text_in(&self, language: &str) -> (&str, &str) {
        let found = self
            .texts
            .get(language)
            .or_else(|| self.texts.get("en"))
            .or_else(|| self.texts.values().next());
        match found {
            Some((title, description)) => (title, description),
            None => ("", ""),
        }
    }
}

/// The announcement of a session, in each of its languages: title, time, place,
/// description; to the subscribers of its region and topic.
pub fn announcement(
    session: &Session,
    at: i64,
    created_by: Option<i64>,
    progress: Option<(i64, i64)>,
) -> NewBroadcast {
    let texts: BTreeMap<String, String> = session
        .texts
        .iter()
        .map(|(language, (title, description))| {
            let text = format!(
                "{title}\n📅 {} ({})\n📍 {}\n\n{description}",
                local_time(session.starts_at, &session.timezone),
                session.timezone,
                session.place
            );
            (language.clone(), text.trim_end().to_string())
        })
        .collect();
    let fallback = texts.contains_key("en").then(|| "en".to_string());
    NewBroadcast {
        // One announcement of a session for a given time; sent now, one a day: a command
        // run twice (or retried) does not send it twice.
        idempotency_key: Some(match at > crate::clock::now() {
            true => format!("session:{}:announce:{at}", session.id),
            false => format!("session:{}:announce:day:{}", session.id, at / 86_400),
        }),
        texts,
        fallback,
        audience: Audience {
            languages: vec![],
            regions: vec![session.region.clone()],
            topics: Topics(session.topic.bit()),
        },
        scheduled_at: at,
        created_by,
        progress,
    }
}

pub fn describe_session(session: &Session) -> String {
    let (title, _) = session.text_in("en");
    format!(
        "#{} {} ({}) · {} · {} · languages {} · topic {} · {}",
        session.id,
        local_time(session.starts_at, &session.timezone),
        session.timezone,
        session.region,
        title,
        session.languages.join(","),
        session.topic.name(),
        session.place
    )
}

/// The session file (TOML), also what `/session` takes in the bot:
///
/// ```toml
/// starts = "2026-12-03 17:30"
/// timezone = "Europe/Rome"
/// place = "Casa delle Donne, Via Roma 1, Milano"   # or an online link
/// languages = ["it", "ar"]                          # spoken at the session
/// topic = "rights"                                  # rights, health, work, language, children
/// region = "it"                                     # it, es, gr
/// [texts.en]
/// title = "Your rights at work"
/// description = "A free meeting with a lawyer and a mediator."
/// [texts.it]
/// title = "…"
/// description = "…"
/// ```
pub fn parse_session(text: &str) -> Result<NewSession, String> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        starts: String,
        timezone: String,
        place: String,
        languages: Vec<String>,
        topic: String,
        region: String,
        texts: BTreeMap<String, Texts>,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Texts {
        title: String,
        #[serde(default)]
        description: String,
    }
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let session = NewSession {
        starts_at: parse_local_time(&file.starts, &file.timezone)?,
        timezone: file.timezone,
        place: file.place.trim().to_string(),
        languages: file
            .languages
            .iter()
            .map(|l| l.trim().to_lowercase())
            .collect(),
        topic: Topic::parse(&file.topic)
            .ok_or_else(|| format!("unknown topic {:?}", file.topic))?,
        region: file.region.trim().to_lowercase(),
        texts: file
            .texts
            .into_iter()
            .map(|(l, t)| {
                (
                    l.to_lowercase(),
                    (t.title.trim().to_string(), t.description.trim().to_string()),
                )
            })
            .collect(),
    };
    session.validate()?;
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_local_times_in_their_time_zone() {
        let t = parse_local_time("2026-12-03 17:30", "Europe/Rome").unwrap();
        assert_eq!(local_time(t, "Europe/Rome"), "2026-12-03 17:30");
        assert_eq!(local_time(t, "UTC"), "2026-12-03 16:30");
        assert!(parse_local_time("tomorrow", "Europe/Rome").is_err());
        assert!(parse_local_time("2026-12-03 17:30", "Mars/Olympus").is_err());
    }

    #[test]
    fn a_session_must_fit_one_message() {
        let session = |place: &str, description: &str| NewSession {
            starts_at: 1_800_000_000,
            timezone: "Europe/Rome".into(),
            place: place.into(),
            languages: vec!["it".into()],
            topic: Topic::ALL[0],
            region: "it".into(),
            texts: BTreeMap::from([(
                "it".to_string(),
                ("Incontro".to_string(), description.to_string()),
            )]),
        };
        assert!(
            session("Via Roma 1, Milano", "Diritti e servizi")
                .validate()
                .is_ok()
        );
        let long = "a".repeat(MAX_DESCRIPTION_CHARS + 1);
        assert!(session("Via Roma 1", &long).validate().is_err());
        let far = "b".repeat(MAX_PLACE_CHARS + 1);
        assert!(session(&far, "Diritti").validate().is_err());
    }
}
