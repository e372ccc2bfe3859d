//! Button payloads: what a button press carries back. Compact (Telegram allows 64 bytes of
//! `callback_data`), never user text, and parsed once at the edge into a closed type.

use super::find::Search;
use crate::content::dialogue::{MAX_PAYLOAD_BYTES, is_valid_node_id};
use crate::content::{Action, Target};

#[derive(Debug, Clone, PartialEq)]
pub enum CallbackPayload {
    /// `g:<node>`: open a node.
    Goto(String),
    /// `a:<action>`: do an action.
    Action(Action),
    /// `l:<lang>`: choose a language.
    Language(String),
    /// `s:<search>`: a question to the service directory (see `find::Search`).
    Search(Search),
    /// `v:<service id>`: the map of one service.
    Venue(String),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a carenet button payload")]
pub struct InvalidPayload;

impl CallbackPayload {
    pub fn from_target(target: &Target) -> Self {
        match target {
            Target::Goto(node) => CallbackPayload::Goto(node.clone()),
            Target::Action(action) => CallbackPayload::Action(*action),
        }
    }

    pub fn encode(&self) -> String {
        match self {
            CallbackPayload::Goto(node) => format!("g:{node}"),
            CallbackPayload::Action(action) => format!("a:{}", action.name()),
            CallbackPayload::Language(code) => format!("l:{code}"),
            CallbackPayload::Search(search) => format!("s:{}", search.encode()),
            CallbackPayload::Venue(id) => format!("v:{id}"),
        }
    }

    /// Accepts exactly what [`encode`](Self::encode) produces; anything else (stale,
    /// forged or garbage data) is rejected.
    pub fn parse(raw: &str) -> Result<Self, InvalidPayload> {
        if raw.len() > MAX_PAYLOAD_BYTES {
            return Err(InvalidPayload);
        }
        let (kind, value) = raw.split_once(':').ok_or(InvalidPayload)?;
        match kind {
            "g" if is_valid_node_id(value) => Ok(CallbackPayload::Goto(value.to_string())),
            "a" => Action::from_name(value)
                .map(CallbackPayload::Action)
                .ok_or(InvalidPayload),
            "l" if is_language_tag(value) => Ok(CallbackPayload::Language(value.to_string())),
            "s" => Search::parse(value)
                .map(CallbackPayload::Search)
                .ok_or(InvalidPayload),
            "v" if is_service_id(value) => Ok(CallbackPayload::Venue(value.to_string())),
            _ => Err(InvalidPayload),
        }
    }
}

/// Service ids come from imported data: printable ASCII without spaces.
fn is_service_id(value: &str) -> bool {
    !value.is_empty() && value.bytes().all(|b| b.is_ascii_graphic())
}

fn is_language_tag(value: &str) -> bool {
    (2..=12).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for payload in [
            CallbackPayload::Goto("rights_it".into()),
            CallbackPayload::Action(Action::FindHelp),
            CallbackPayload::Language("uk".into()),
        ] {
            assert_eq!(CallbackPayload::parse(&payload.encode()), Ok(payload));
        }
    }

    #[test]
    fn rejects_garbage() {
        for raw in [
            "",
            "g:",
            "g:Rights",
            "a:launch",
            "x:menu",
            "l:",
            "l:<script>",
            "g:a b",
        ] {
            assert_eq!(CallbackPayload::parse(raw), Err(InvalidPayload), "{raw}");
        }
    }
}
