//! Awareness sessions and broadcasts: opt-in subscriptions by topic and region, sessions as
//! data, announcements written by organisers in several languages, and the durable
//! delivery queue that takes them to every subscriber once, within Telegram's limits,
//! through crashes (the queue itself lives in the database: see `store::broadcasts`).

pub mod draft;
pub mod file;
pub mod organiser;
pub mod progress;
pub mod sessions;
pub mod worker;

use std::fmt;

/// What an announcement can be about; she chooses one or more. Stored as bits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    Rights,
    Health,
    Work,
    Language,
    Children,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::Rights,
        Topic::Health,
        Topic::Work,
        Topic::Language,
        Topic::Children,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Topic::Rights => "rights",
            Topic::Health => "health",
            Topic::Work => "work",
            Topic::Language => "language",
            Topic::Children => "children",
        }
    }

    pub fn parse(text: &str) -> Option<Topic> {
        let text = text.trim().to_ascii_lowercase();
        Topic::ALL.into_iter().find(|t| t.name() == text)
    }

    pub fn bit(self) -> i64 {
        1 << (self as u32)
    }
}

/// A set of topics, as the store keeps it.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Topics(pub i64);

impl Topics {
    pub fn all() -> Topics {
        Topics(Topic::ALL.iter().map(|t| t.bit()).sum())
    }

    pub fn contains(self, topic: Topic) -> bool {
        self.0 & topic.bit() != 0
    }

    pub fn toggle(self, topic: Topic) -> Topics {
        Topics(self.0 ^ topic.bit())
    }

    pub fn is_empty(self) -> bool {
        self.0 & Topics::all().0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Topic> {
        Topic::ALL.into_iter().filter(move |t| self.contains(*t))
    }

    /// "rights,health" → the set; an unknown name is an error.
    pub fn parse_list(text: &str) -> Result<Topics, String> {
        let mut topics = Topics::default();
        for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let topic = Topic::parse(name).ok_or_else(|| {
                format!(
                    "unknown topic {name:?}: use {}",
                    Topic::ALL.map(|t| t.name()).join(", ")
                )
            })?;
            topics = Topics(topics.0 | topic.bit());
        }
        Ok(topics)
    }
}

impl fmt::Debug for Topics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(Topic::name))
            .finish()
    }
}

impl fmt::Display for Topics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Topic::name).collect();
        f.write_str(&names.join(","))
    }
}

/// The regions she can choose, and that audiences and sessions name: the countries the
/// bot serves (ISO 3166-1 alpha-2, lower case).
pub const REGIONS: [&str; 3] = ["it", "es", "gr"];

pub fn is_region(code: &str) -> bool {
    REGIONS.contains(&code)
}

/// Who receives an announcement. An empty list means everyone (of that dimension).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audience {
    pub languages: Vec<String>,
    pub regions: Vec<String>,
    pub topics: Topics,
}

impl fmt::Display for Audience {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |items: &[String]| match items.is_empty() {
            true => "all".to_string(),
            false => items.join(","),
        };
        let topics = match self.topics.is_empty() {
            true => "all".to_string(),
            false => self.topics.to_string(),
        };
        write!(
            f,
            "languages {}; regions {}; topics {topics}",
            list(&self.languages),
            list(&self.regions)
        )
    }
}

/// A broadcast to create. Texts by language; who speaks none of them gets the
/// `fallback` language's text, or nothing when there is no fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewBroadcast {
    /// The same key submitted twice creates one broadcast.
    pub idempotency_key: Option<String>,
    pub texts: std::collections::BTreeMap<String, String>,
    pub fallback: Option<String>,
    pub audience: Audience,
    /// Unix seconds; now or earlier sends at once.
    pub scheduled_at: i64,
    pub created_by: Option<i64>,
    /// The organiser's Telegram chat and message to edit with progress.
    pub progress: Option<(i64, i64)>,
}

/// Longest announcement text: one Telegram message.
pub const MAX_TEXT_CHARS: usize = 4000;

impl NewBroadcast {
    /// Refuses what would fail later: no text, a fallback without its text, unknown
    /// regions, text too long for one message.
    pub fn validate(&self) -> Result<(), String> {
        if self.texts.is_empty() {
            return Err("a broadcast needs a text in at least one language".into());
        }
        for (language, text) in &self.texts {
            if !is_language_code(language) {
                return Err(format!("{language:?} is not a language code such as it"));
            }
            if text.trim().is_empty() {
                return Err(format!("the {language} text is empty"));
            }
            if text.encode_utf16().count() > MAX_TEXT_CHARS {
                return Err(format!(
                    "the {language} text is longer than {MAX_TEXT_CHARS} characters"
                ));
            }
        }
        if let Some(fallback) = &self.fallback
            && !self.texts.contains_key(fallback)
        {
            return Err(format!("the fallback {fallback} has no text"));
        }
        for region in &self.audience.regions {
            if !is_region(region) {
                return Err(format!(
                    "unknown region {region:?}: use {}",
                    REGIONS.join(", ")
                ));
            }
        }
        if let Some(key) = &self.idempotency_key
            && (key.is_empty() || key.len() > 200)
        {
            return Err("the idempotency key must be 1 to 200 characters".into());
        }
        Ok(())
    }
}

pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// FNV-1a: a hash that stays the same across builds and processes, for keys and
/// fingerprints that are stored or put in buttons (not for secrets).
pub fn stable_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, b| {
        (hash ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn topics_round_trip_and_reject_unknown_names() {
        let topics = Topics::parse_list("rights, children").unwrap();
        assert!(topics.contains(Topic::Rights) && topics.contains(Topic::Children));
        assert!(!topics.contains(Topic::Health));
        assert_eq!(topics.to_string(), "rights,children");
        assert!(Topics::parse_list("weather").is_err());
        assert!(Topics::parse_list("").unwrap().is_empty());
        assert!(
            topics
                .toggle(Topic::Rights)
                .toggle(Topic::Children)
                .is_empty()
        );
    }
}
