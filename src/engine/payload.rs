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
    /// `h:…`: a button of a chat with a person, carried out by the channel's handoff.
    Handoff(HandoffButton),
}

/// The buttons of a chat with a person, hers and the staff's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HandoffButton {
    /// `h:end`: she ends the chat.
    End,
    /// `h:rate:<case>:<token>:<1-3>`: her optional rating after the chat; the token, given
    /// at the close, keeps anyone else from rating her chat.
    Rate { case: i64, token: i64, score: u8 },
    /// `h:claim:<case>`: a mediator takes the case.
    Claim(i64),
    /// `h:close:<case>`: the mediator ends the chat.
    Close(i64),
    /// `h:to:<case>`: the mediator's messages go to this case from now on.
    Switch(i64),
    /// `h:send:<case>:<message>`: the mediator's message that was unclear goes to this case.
    Send { case: i64, message: i64 },
}

impl HandoffButton {
    fn encode(self) -> String {
        match self {
            HandoffButton::End => "end".into(),
            HandoffButton::Rate { case, token, score } => format!("rate:{case}:{token}:{score}"),
            HandoffButton::Claim(case) => format!("claim:{case}"),
            HandoffButton::Close(case) => format!("close:{case}"),
            HandoffButton::Switch(case) => format!("to:{case}"),
            HandoffButton::Send { case, message } => format!("send:{case}:{message}"),
        }
    }

    fn parse(value: &str) -> Option<HandoffButton> {
        let case = |text: &str| {
            // Digits only: `+1` or ` 1` would parse, and then not round-trip.
            (text.bytes().all(|b| b.is_ascii_digit()) && !text.starts_with('0'))
                .then(|| text.parse::<i64>().ok())
                .flatten()
        };
        let mut parts = value.split(':');
        let button = match (parts.next()?, parts.next(), parts.next(), parts.next()) {
            ("end", None, None, None) => HandoffButton::End,
            ("rate", Some(id), Some(token), Some(score)) => HandoffButton::Rate {
                case: case(id)?,
                token: case(token)?,
                score: match score {
                    "1" => 1,
                    "2" => 2,
                    "3" => 3,
                    _ => return None,
                },
            },
            ("claim", Some(id), None, None) => HandoffButton::Claim(case(id)?),
            ("close", Some(id), None, None) => HandoffButton::Close(case(id)?),
            ("to", Some(id), None, None) => HandoffButton::Switch(case(id)?),
            ("send", Some(id), Some(message), None) => HandoffButton::Send {
                case: case(id)?,
                message: case(message)?,
            },
            _ => return None,
        };
        parts.next().is_none().then_some(button)
    }
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
            CallbackPayload::Handoff(button) => format!("h:{}", button.encode()),
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
            "h" => HandoffButton::parse(value)
                .map(CallbackPayload::Handoff)
                .ok_or(InvalidPayload),
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
            CallbackPayload::Handoff(HandoffButton::End),
            CallbackPayload::Handoff(HandoffButton::Rate {
                case: 12,
                token: 4_000_000_000,
                score: 3,
            }),
            CallbackPayload::Handoff(HandoffButton::Send {
                case: 3,
                message: 77,
            }),
            CallbackPayload::Handoff(HandoffButton::Claim(7)),
            CallbackPayload::Handoff(HandoffButton::Close(9_000_000_000)),
            CallbackPayload::Handoff(HandoffButton::Switch(1)),
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
            "h:",
            "h:end:1",
            "h:rate:1:5:4",
            "h:rate:1:3",
            "h:rate:1:0:3",
            "h:send:1",
            "h:claim:+1",
            "h:claim:01",
            "h:claim:-1",
            "h:to:",
            "h:close:1:2",
        ] {
            assert_eq!(CallbackPayload::parse(raw), Err(InvalidPayload), "{raw}");
        }
    }
}
