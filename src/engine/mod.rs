//! The conversation engine: `(state, event) → (new state, effects)`, pure and synchronous.
//! It knows dialogues and texts, nothing about Telegram, the terminal or the database.

mod geo;
mod matcher;
mod payload;
mod types;

use std::sync::Arc;

use crate::content::{Action, Content, Footer, Locale, Node, REFERENCE};

pub use geo::{Coordinates, InvalidCoordinates};
pub use matcher::{Match, Matcher, keyword_list, normalize};
pub use payload::{CallbackPayload, InvalidPayload};
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
}

impl Engine {
    pub fn new(content: Arc<Content>, features: Features) -> Self {
        let matcher = Arc::new(Matcher::new(&content));
        Engine {
            content,
            matcher,
            features,
        }
    }

    pub fn content(&self) -> &Content {
        &self.content
    }

    /// Handles one event of one contact. `state` is `None` for someone new (or forgotten).
    pub fn handle(&self, state: Option<&Conversation>, input: Inbound) -> Step {
        let mut turn = Turn {
            engine: self,
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

/// One event being handled: the state as it changes and the effects so far.
struct Turn<'a> {
    engine: &'a Engine,
    convo: Conversation,
    effects: Vec<Outbound>,
    erased: bool,
}

impl Turn<'_> {
    fn start(&mut self, language: Option<&str>) {
        self.convo.history.clear();
        if self.convo.locale.is_none() {
            self.convo.locale = language.and_then(|l| self.shipped_locale(l));
        }
        match (&self.convo.locale, self.convo.consented) {
            (None, _) => self.language_menu(),
            (Some(_), false) => {
                self.draft_notice();
                self.show("welcome");
            }
            (Some(_), true) => self.show("menu"),
        }
    }

    fn resume(&mut self) {
        if self.convo.locale.is_none() || self.convo.node.is_empty() {
            return self.start(None);
        }
        let node = self.convo.node.clone();
        self.show(&node);
    }

    fn command(&mut self, command: Command) {
        if self.convo.locale.is_none() && !matches!(command, Command::Forget | Command::Exit) {
            return self.start(None);
        }
        match command {
            Command::Start => self.start(None),
            Command::Menu => self.show("menu"),
            Command::Language => self.language_menu(),
            Command::Help => {
                let text = self.text("help-commands").to_string();
                let keyboard = vec![self.menu_and_exit()];
                self.reply(text, keyboard);
            }
            Command::Exit => self.quick_exit(),
            Command::Forget => self.forget(),
            Command::Stop => {
                self.effects.push(Outbound::Unsubscribe);
                let text = self.text("stop-done").to_string();
                let keyboard = vec![self.menu_and_exit()];
                self.reply(text, keyboard);
            }
            Command::Unknown => self.not_understood("not-understood"),
        }
    }

    fn free_text(&mut self, text: &str) {
        let found = self.engine.matcher.find(text, self.convo.locale.as_deref());
        match found {
            Some(found) => {
                if self.convo.locale.is_none() {
                    // Her words tell us her language: answer in it at once.
                    self.convo.locale = Some(found.locale);
                    self.draft_notice();
                }
                self.goto(&found.node);
            }
            None if self.convo.locale.is_none() => self.language_menu(),
            None => self.not_understood("not-understood"),
        }
    }

    fn button(&mut self, payload: CallbackPayload) {
        match payload {
            CallbackPayload::Language(code) => match self.shipped_locale(&code) {
                Some(code) => {
                    self.convo.locale = Some(code);
                    self.draft_notice();
                    if !self.convo.consented {
                        self.show("welcome");
                    } else {
                        self.show("menu");
                    }
                }
                None => self.language_menu(),
            },
            // Quick exit and forget work even when we keep nothing about her: an old
            // screen's button must still do what it says.
            CallbackPayload::Action(action @ (Action::Exit | Action::Forget)) => {
                self.action(action)
            }
            _ if self.convo.locale.is_none() => self.start(None),
            CallbackPayload::Goto(node) if self.node(&node).is_some() => self.goto(&node),
            CallbackPayload::Goto(_) => self.not_understood("not-understood"),
            CallbackPayload::Action(action) => self.action(action),
        }
    }

    fn action(&mut self, action: Action) {
        match action {
            Action::Consent => {
                self.convo.consented = true;
                self.show("menu");
            }
            Action::Language => self.language_menu(),
            Action::Forget => self.forget(),
            Action::Exit => self.quick_exit(),
            Action::Back => match self.convo.history.pop() {
                Some(previous) => self.show(&previous),
                None => self.show("menu"),
            },
            Action::Menu => self.show("menu"),
            Action::FindHelp => self.goto("help"),
            Action::Handoff if self.engine.features.handoff => {
                let topic = self.convo.node.clone();
                self.effects.push(Outbound::OpenHandoff { topic });
            }
            Action::Handoff => self.goto_or_menu("talk"),
            Action::Subscribe if self.engine.features.subscriptions => {
                self.effects.push(Outbound::Subscribe);
            }
            Action::Subscribe => self.goto_or_menu("sessions"),
            Action::Unsubscribe => self.command(Command::Stop),
        }
    }

    fn location(&mut self, at: Coordinates) {
        if self.convo.locale.is_none() {
            return self.language_menu();
        }
        let node = at
            .country()
            .map(|country| format!("help_{country}"))
            .filter(|id| self.node(id).is_some())
            .unwrap_or_else(|| "help".to_string());
        self.goto(&node);
        let prefix = self.text("location-used").to_string();
        if let Some(Outbound::Reply(reply)) = self.effects.last_mut() {
            reply.text = format!("{prefix}\n\n{}", reply.text);
        }
    }

    /// A calm answer and the menu, in one message.
    fn not_understood(&mut self, message: &str) {
        if self.convo.locale.is_none() {
            return self.language_menu();
        }
        self.show("menu");
        let text = self.text(message).to_string();
        if let Some(Outbound::Reply(reply)) = self.effects.last_mut() {
            reply.text = text;
        }
    }

    fn quick_exit(&mut self) {
        self.convo.history.clear();
        self.convo.node = "menu".to_string();
        self.effects.push(Outbound::QuickExit);
        let text = self.text("exit-done").to_string();
        self.reply(text, vec![]);
    }

    fn forget(&mut self) {
        let text = self.text("forget-done").to_string();
        self.convo = Conversation::default();
        self.erased = true;
        // What is on her screen goes too, where the channel can delete it.
        self.effects.push(Outbound::QuickExit);
        self.effects.push(Outbound::Forget);
        self.reply(text, vec![]);
    }

    /// Every shipped language, each asking in its own words, with 112 always visible.
    fn language_menu(&mut self) {
        let locales = &self.engine.content.locales;
        let mut lines: Vec<&str> = locales
            .shipped()
            .filter_map(|l| l.text("language-choose"))
            .collect();
        lines.push("🆘 112");
        let buttons: Vec<ReplyButton> = locales
            .shipped()
            .map(|l| ReplyButton {
                label: l.text("language-name").unwrap_or(&l.code).to_string(),
                payload: CallbackPayload::Language(l.code.clone()).encode(),
            })
            .collect();
        let mut keyboard: Vec<Vec<ReplyButton>> = buttons.chunks(2).map(<[_]>::to_vec).collect();
        keyboard.push(vec![self.action_button("btn-exit", Action::Exit)]);
        self.reply(lines.join("\n"), keyboard);
    }

    fn draft_notice(&mut self) {
        if self.locale().is_some_and(Locale::is_draft) {
            let text = self.text("draft-notice").to_string();
            self.reply(text, vec![]);
        }
    }

    fn goto_or_menu(&mut self, id: &str) {
        match self.node(id) {
            Some(_) => self.goto(id),
            None => self.show("menu"),
        }
    }

    /// Opens a node, remembering the current one for "Back".
    fn goto(&mut self, id: &str) {
        let current = std::mem::take(&mut self.convo.node);
        if !current.is_empty() && current != id && current != "menu" {
            self.convo.history.push(current);
            if self.convo.history.len() > MAX_HISTORY {
                self.convo.history.remove(0);
            }
        }
        self.show(id);
    }

    /// Shows a node without touching the history (the menu clears it).
    fn show(&mut self, id: &str) {
        let engine = self.engine;
        let found = engine.content.dialogues.get(id);
        let Some(node) = found.or_else(|| engine.content.dialogues.get("menu")) else {
            // Only content that skipped `Content::load`'s checks can lack a menu.
            let text = self.text("not-understood").to_string();
            return self.reply(text, vec![]);
        };
        if node.id == "menu" {
            self.convo.history.clear();
        }
        if let Some(region) = &node.region {
            self.convo.region = Some(region.clone());
        }
        self.convo.node = node.id.clone();
        let reply = self.render(node);
        self.effects.push(Outbound::Reply(reply));
    }

    fn render(&self, node: &Node) -> Reply {
        let mut keyboard: Vec<Vec<ReplyButton>> = node
            .buttons
            .iter()
            .map(|b| {
                vec![ReplyButton {
                    label: self.text(&b.label).to_string(),
                    payload: CallbackPayload::from_target(&b.target).encode(),
                }]
            })
            .collect();
        match node.footer {
            Footer::Full => {
                keyboard.push(vec![
                    self.action_button("btn-back", Action::Back),
                    self.action_button("btn-menu", Action::Menu),
                ]);
                let mut last = vec![];
                if node.id != "danger" {
                    last.push(ReplyButton {
                        label: self.text("btn-danger").to_string(),
                        payload: CallbackPayload::Goto("danger".into()).encode(),
                    });
                }
                last.push(self.action_button("btn-exit", Action::Exit));
                keyboard.push(last);
            }
            Footer::Exit => keyboard.push(vec![self.action_button("btn-exit", Action::Exit)]),
            Footer::None => {}
        }
        Reply {
            text: self.text(&node.text).to_string(),
            keyboard,
            location_button: (node.id == "help")
                .then(|| self.text("btn-share-location").to_string()),
        }
    }

    fn menu_and_exit(&self) -> Vec<ReplyButton> {
        vec![
            self.action_button("btn-menu", Action::Menu),
            self.action_button("btn-exit", Action::Exit),
        ]
    }

    fn action_button(&self, label: &str, action: Action) -> ReplyButton {
        ReplyButton {
            label: self.text(label).to_string(),
            payload: CallbackPayload::Action(action).encode(),
        }
    }

    fn reply(&mut self, text: String, keyboard: Vec<Vec<ReplyButton>>) {
        self.effects.push(Outbound::Reply(Reply {
            text,
            keyboard,
            location_button: None,
        }));
    }

    fn text(&self, id: &str) -> &str {
        let code = self.convo.locale.as_deref().unwrap_or(REFERENCE);
        self.engine.content.locales.text(code, id)
    }

    fn locale(&self) -> Option<&Locale> {
        let code = self.convo.locale.as_deref()?;
        self.engine.content.locales.get(code)
    }

    fn node(&self, id: &str) -> Option<&Node> {
        self.engine.content.dialogues.get(id)
    }

    /// The shipped locale for a language tag such as "it-IT" or "UK", if we have it.
    fn shipped_locale(&self, tag: &str) -> Option<String> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        self.engine
            .content
            .locales
            .shipped()
            .find(|l| l.code == primary || l.code.eq_ignore_ascii_case(tag))
            .map(|l| l.code.clone())
    }
}
