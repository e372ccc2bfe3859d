//! What goes into the engine and what comes out. No Telegram types here: channels
//! translate their updates into [`Inbound`] and carry out each [`Outbound`].

use crate::geo::Coordinates;

/// Where one contact is in the conversation: all the engine needs, and all we store
/// besides the contact's key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Conversation {
    /// The locale she chose (or that was pre-selected); `None` until then.
    pub locale: Option<String>,
    /// The node on screen; empty before the first one.
    pub node: String,
    /// Nodes to go back to, most recent last.
    pub history: Vec<String>,
    /// Her country, when she chose one (ISO 3166 alpha-2, lower case).
    pub region: Option<String>,
    /// She agreed to what is kept.
    pub consented: bool,
}

/// One event from a contact. Its `Debug` shows what kind of event it is, never her words.
#[derive(Clone, PartialEq)]
pub enum Inbound {
    /// She opened the chat; `language` is what her app says she speaks (e.g. "it-IT").
    Start { language: Option<String> },
    /// Show again where she is (after a restart of the terminal chat, for example).
    Resume,
    /// Text she typed; `/commands` are recognised here.
    Text(String),
    /// The payload of a button she pressed.
    Button(String),
    /// A location she shared: used for this answer, never stored.
    Location(Coordinates),
    /// A sticker, photo, voice message or anything else we do not read.
    Unsupported,
    /// She writes faster than the channel's flood limit: one calm notice, nothing else.
    TooFast,
}

impl std::fmt::Debug for Inbound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Inbound::Start { language } => write!(f, "Start({language:?})"),
            Inbound::Resume => f.write_str("Resume"),
            Inbound::Text(text) => write!(f, "Text({} chars)", text.chars().count()),
            Inbound::Button(payload) => write!(f, "Button({} bytes)", payload.len()),
            Inbound::Location(_) => f.write_str("Location"),
            Inbound::Unsupported => f.write_str("Unsupported"),
            Inbound::TooFast => f.write_str("TooFast"),
        }
    }
}

/// The slash commands, in every channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Start,
    Menu,
    Language,
    Help,
    Exit,
    Forget,
    Stop,
    Human,
    Subscribe,
    Unknown,
}

impl Command {
    /// All commands users can see, with their names, for menus such as Telegram's.
    pub const LISTED: [(Command, &'static str); 9] = [
        (Command::Start, "start"),
        (Command::Menu, "menu"),
        (Command::Human, "human"),
        (Command::Language, "language"),
        (Command::Help, "help"),
        (Command::Exit, "exit"),
        (Command::Forget, "forget"),
        (Command::Subscribe, "subscribe"),
        (Command::Stop, "stop"),
    ];

    /// `None` when `text` is not a command at all. `/menu@carenet_bot extra` is `Menu`.
    pub fn parse(text: &str) -> Option<Command> {
        let rest = text.trim_start().strip_prefix('/')?;
        let word = rest.split_whitespace().next().unwrap_or("");
        let name = word.split('@').next().unwrap_or("").to_ascii_lowercase();
        let command = Command::LISTED
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(c, _)| *c)
            .unwrap_or(Command::Unknown);
        Some(command)
    }
}

/// What a channel must do after an event, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Outbound {
    /// Show a message with buttons.
    Reply(Reply),
    /// Quick exit: delete the conversation's recent messages where the channel can.
    QuickExit,
    /// Everything about her was erased (the store does it); channels drop what they hold.
    Forget,
    /// She asked for a person: open a case in her language and region (empty when she
    /// chose none); `topic` is the node she was on.
    OpenHandoff {
        topic: String,
        language: String,
        region: String,
    },
    /// She asked for announcements.
    Subscribe,
    /// She asked for no more announcements.
    Unsubscribe,
    /// The place of a service, for her map app (a venue message on Telegram).
    Venue {
        latitude: f64,
        longitude: f64,
        title: String,
        address: String,
    },
}

/// A message with buttons, one row of the keyboard per inner vector.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub text: String,
    pub keyboard: Vec<Vec<ReplyButton>>,
    /// The label of a "share my location" button, where this screen offers one.
    pub location_button: Option<String>,
}

impl Reply {
    pub fn buttons(&self) -> impl Iterator<Item = &ReplyButton> {
        self.keyboard.iter().flatten()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyButton {
    pub label: String,
    pub payload: String,
}

/// The engine's answer: the state to keep (`None`: erase her) and what to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub state: Option<Conversation>,
    pub effects: Vec<Outbound>,
}

impl Step {
    /// The replies only, for tests and the terminal.
    pub fn replies(&self) -> impl Iterator<Item = &Reply> {
        self.effects.iter().filter_map(|e| match e {
            Outbound::Reply(reply) => Some(reply),
            _ => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands() {
        assert_eq!(Command::parse("/menu"), Some(Command::Menu));
        assert_eq!(
            Command::parse(" /START@carenet_bot hi"),
            Some(Command::Start)
        );
        assert_eq!(Command::parse("/whatever"), Some(Command::Unknown));
        assert_eq!(Command::parse("/"), Some(Command::Unknown));
        assert_eq!(Command::parse("menu"), None);
    }
}
