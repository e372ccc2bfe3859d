//! The conversation engine: `(state, event) → (new state, effects)`, pure and synchronous.
//! It knows dialogues and texts, nothing about Telegram, the terminal or the database.

mod find;
mod handoff;
mod matcher;
mod payload;
mod screens;
mod turn;
mod types;

use std::sync::Arc;

use turn::Turn;

use crate::content::{Action, Content, Footer, Locale, Node, REFERENCE};
use crate::directory::LiveDirectory;

pub use find::{Area, Search, category_message};
pub use handoff::{HandoffNotice, HerCommand};
pub use matcher::{Match, Matcher};
pub use payload::{CallbackPayload, HandoffButton, InvalidPayload};
pub use types::{Command, Conversation, Inbound, Outbound, Reply, ReplyButton, Step};

/// How far back "Back" can go; older steps are dropped.
const MAX_HISTORY: usize = 16;

/// Which optional modules are running. Without them, their buttons lead to a node that
/// says what she can do instead (the helplines), never to silence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Features {
    pub handoff: bool,
    pub subscriptions: bool,
}

#[derive(Clone)]
pub struct Engine {
    content: Arc<Content>,
    matcher: Arc<Matcher>,
    features: Features,
    /// The service directory, when one is loaded: "Find help near me" answers from it.
    directory: Option<Arc<LiveDirectory>>,
}

impl Engine {
    pub fn new(content: Arc<Content>, features: Features) -> Self {
        let matcher = Arc::new(Matcher::new(&content));
        Engine {
            content,
            matcher,
            features,
            directory: None,
        }
    }

    /// Answers "Find help near me" from `directory` (reading the copy in memory, which
    /// an import replaces; the engine itself does no I/O).
    pub fn with_directory(mut self, directory: Arc<LiveDirectory>) -> Self {
        self.directory = Some(directory);
        self
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    /// Handles one event of one contact. `state` is `None` for someone new (or forgotten).
    pub fn handle(&self, state: Option<&Conversation>, input: Inbound) -> Step {
        self.handle_at(state, input, crate::clock::now())
    }

    /// [`handle`](Self::handle) at `now` (Unix seconds), which decides what is open now.
    pub fn handle_at(&self, state: Option<&Conversation>, input: Inbound, now: i64) -> Step {
        let mut turn = Turn {
            engine: self,
            now,
            convo: state.cloned().unwrap_or_default(),
            effects: Vec::new(),
            erased: false,
        };
        match input {
            Inbound::Start { language } => turn.start(language.as_deref()),
            Inbound::Resume => turn.resume(),
            Inbound::Text(text) => match Command::parse(&text) {
                Some(command) => turn.command(command),
                None => turn.free_text(&text),
            },
            Inbound::Button(raw) => match CallbackPayload::parse(&raw) {
                Ok(payload) => turn.button(payload),
                Err(InvalidPayload) => turn.not_understood("not-understood"),
            },
            Inbound::Location(at) => turn.location(at),
            Inbound::Unsupported => turn.not_understood("unsupported-media"),
            Inbound::TooFast => {
                let text = turn.text("flood-notice").to_string();
                turn.reply(text, vec![]);
            }
        }
        Step {
            state: (!turn.erased).then_some(turn.convo),
            effects: turn.effects,
        }
    }
}
