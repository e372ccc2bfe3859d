//! One event of one contact, handled: what each kind of event does to her conversation.

use super::{Action, CallbackPayload, Command, Conversation, Engine, Outbound};
use crate::geo::Coordinates;

/// One event being handled: the state as it changes and the effects so far.
pub(super) struct Turn<'a> {
    pub(super) engine: &'a Engine,
    /// Unix seconds: what is open now.
    pub(super) now: i64,
    pub(super) convo: Conversation,
    pub(super) effects: Vec<Outbound>,
    pub(super) erased: bool,
}

impl Turn<'_> {
    pub(super) fn start(&mut self, language: Option<&str>) {
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

    pub(super) fn resume(&mut self) {
        if self.convo.locale.is_none() || self.convo.node.is_empty() {
            return self.start(None);
        }
        let node = self.convo.node.clone();
        self.show(&node);
    }

    pub(super) fn command(&mut self, command: Command) {
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
            Command::Human => self.action(Action::Handoff),
            Command::Subscribe => self.action(Action::Subscribe),
            Command::Unknown => self.not_understood("not-understood"),
        }
    }

    pub(super) fn free_text(&mut self, text: &str) {
        let found = self.engine.matcher.find(text, self.convo.locale.as_deref());
        // "Help in Milano", "Μιλάνο": a place she names is a search there, once she has
        // a language to answer in.
        let asks_for_help = found.as_ref().is_none_or(|f| f.node == "help");
        if asks_for_help && self.convo.locale.is_some() && self.find_in_place_named(text) {
            return;
        }
        match found {
            // Words several languages share ("salam") do not tell her language: she
            // chooses it (the language menu shows 112). Danger is answered at once all
            // the same, in one of those languages, with the numbers.
            Some(found)
                if found.ambiguous && self.convo.locale.is_none() && found.node != "danger" =>
            {
                self.language_menu()
            }
            Some(found) => {
                if self.convo.locale.is_none() {
                    // Her words tell us her language: answer in it at once.
                    self.convo.locale = Some(found.locale);
                    self.draft_notice();
                }
                // "I want to talk to someone" asks for a person, not for a page about it.
                if found.node == "talk" && self.engine.features.handoff {
                    return self.action(Action::Handoff);
                }
                self.goto(&found.node);
            }
            None if self.convo.locale.is_none() => self.language_menu(),
            None => self.not_understood("not-understood"),
        }
    }

    pub(super) fn button(&mut self, payload: CallbackPayload) {
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
            CallbackPayload::Search(search) => {
                if !self.find(search) {
                    self.not_understood("not-understood");
                }
            }
            CallbackPayload::Venue(id) => self.show_venue(&id),
            // A chat button outside a chat (an old screen, the chat already over).
            CallbackPayload::Handoff(_) => self.show("menu"),
        }
    }

    pub(super) fn action(&mut self, action: Action) {
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
            Action::Places => self.choose_place(),
            Action::Handoff if self.engine.features.handoff => {
                self.effects.push(Outbound::OpenHandoff {
                    topic: self.convo.node.clone(),
                    language: self.locale_code().to_string(),
                    region: self.convo.region.clone().unwrap_or_default(),
                });
            }
            Action::Handoff => self.goto_or_menu("talk"),
            Action::Subscribe if self.engine.features.subscriptions => {
                self.effects.push(Outbound::Subscribe);
            }
            Action::Subscribe => self.goto_or_menu("sessions"),
            Action::Unsubscribe => self.command(Command::Stop),
        }
    }

    pub(super) fn location(&mut self, at: Coordinates) {
        if self.convo.locale.is_none() {
            return self.language_menu();
        }
        // Without a directory, the national lines of the country she is in.
        if !self.find_near(at) {
            let node = at
                .country()
                .map(|country| format!("help_{country}"))
                .filter(|id| self.node(id).is_some())
                .unwrap_or_else(|| "help".to_string());
            self.goto(&node);
        }
        let prefix = self.text("location-used").to_string();
        if let Some(Outbound::Reply(reply)) = self.effects.last_mut() {
            reply.text = format!("{prefix}\n\n{}", reply.text);
        }
    }

    /// A calm answer and the menu, in one message.
    pub(super) fn not_understood(&mut self, message: &str) {
        if self.convo.locale.is_none() {
            return self.language_menu();
        }
        self.show("menu");
        let text = self.text(message).to_string();
        if let Some(Outbound::Reply(reply)) = self.effects.last_mut() {
            reply.text = text;
        }
    }

    pub(super) fn quick_exit(&mut self) {
        self.convo.history.clear();
        self.convo.node = "menu".to_string();
        self.effects.push(Outbound::QuickExit);
        let text = self.text("exit-done").to_string();
        self.reply(text, vec![]);
    }

    pub(super) fn forget(&mut self) {
        let text = self.text("forget-done").to_string();
        self.convo = Conversation::default();
        self.erased = true;
        // What is on her screen goes too, where the channel can delete it.
        self.effects.push(Outbound::QuickExit);
        self.effects.push(Outbound::Forget);
        self.reply(text, vec![]);
    }
}
