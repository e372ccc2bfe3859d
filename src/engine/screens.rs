//! What she sees: nodes rendered in her language with their buttons and the footer every
//! screen has (Back, Menu, "I am in danger now", Quick exit), and the language menu.

use super::turn::Turn;
use super::{
    Action, CallbackPayload, Footer, Locale, MAX_HISTORY, Node, Outbound, REFERENCE, Reply,
    ReplyButton,
};
use crate::content::Direction;
use crate::content::locales::isolate_numbers;

impl Turn<'_> {
    /// Every shipped language, each asking in its own words, with 112 always visible.
    pub(super) fn language_menu(&mut self) {
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

    pub(super) fn draft_notice(&mut self) {
        if self.locale().is_some_and(Locale::is_draft) {
            let text = self.text("draft-notice").to_string();
            self.reply(text, vec![]);
        }
    }

    pub(super) fn goto_or_menu(&mut self, id: &str) {
        match self.node(id) {
            Some(_) => self.goto(id),
            None => self.show("menu"),
        }
    }

    /// Opens a node, remembering the current one for "Back".
    pub(super) fn goto(&mut self, id: &str) {
        self.enter(id);
        self.show(id);
    }

    /// Makes `id` the current node, remembering the one she leaves for "Back".
    pub(super) fn enter(&mut self, id: &str) {
        let current = std::mem::take(&mut self.convo.node);
        if !current.is_empty() && current != id && current != "menu" {
            self.convo.history.push(current);
            if self.convo.history.len() > MAX_HISTORY {
                self.convo.history.remove(0);
            }
        }
        self.convo.node = id.to_string();
    }

    /// Shows a node without touching the history (the menu clears it).
    pub(super) fn show(&mut self, id: &str) {
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

    pub(super) fn render(&self, node: &Node) -> Reply {
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
            Footer::Full => keyboard.extend(self.footer()),
            Footer::Exit => keyboard.push(vec![self.action_button("btn-exit", Action::Exit)]),
            Footer::None => {}
        }
        let mut text = self.text(&node.text).to_string();
        // "talk" is where asking for a person leads: the chat inside the bot is offered
        // there when it runs, and said to be closed when it does not.
        if node.id == "talk" {
            match self.engine.features.handoff {
                true => keyboard.insert(
                    0,
                    vec![self.action_button("btn-talk-here", Action::Handoff)],
                ),
                false => text = format!("{text}\n\n{}", self.text("handoff-unavailable")),
            }
        }
        Reply {
            text,
            keyboard,
            location_button: (node.id == "help")
                .then(|| self.text("btn-share-location").to_string()),
        }
    }

    /// Back · Menu, then "I am in danger now" (except on that screen) · Quick exit.
    pub(super) fn footer(&self) -> Vec<Vec<ReplyButton>> {
        let mut last = vec![];
        if self.convo.node != "danger" {
            last.push(ReplyButton {
                label: self.text("btn-danger").to_string(),
                payload: CallbackPayload::Goto("danger".into()).encode(),
            });
        }
        last.push(self.action_button("btn-exit", Action::Exit));
        vec![
            vec![
                self.action_button("btn-back", Action::Back),
                self.action_button("btn-menu", Action::Menu),
            ],
            last,
        ]
    }

    pub(super) fn menu_and_exit(&self) -> Vec<ReplyButton> {
        vec![
            self.action_button("btn-menu", Action::Menu),
            self.action_button("btn-exit", Action::Exit),
        ]
    }

    pub(super) fn action_button(&self, label: &str, action: Action) -> ReplyButton {
        ReplyButton {
            label: self.text(label).to_string(),
            payload: CallbackPayload::Action(action).encode(),
        }
    }

    pub(super) fn reply(&mut self, text: String, keyboard: Vec<Vec<ReplyButton>>) {
        self.effects.push(Outbound::Reply(Reply {
            text,
            keyboard,
            location_button: None,
        }));
    }

    /// Text with numbers and times in it, made to read right in a right-to-left language.
    pub(super) fn with_numbers_isolated(&self, text: String) -> String {
        match self.locale().map(|l| l.meta.direction) {
            Some(Direction::Rtl) => isolate_numbers(&text),
            _ => text,
        }
    }

    pub(super) fn text(&self, id: &str) -> &str {
        self.engine.content.locales.text(self.locale_code(), id)
    }

    /// Her language, or the reference language before she has one.
    pub(super) fn locale_code(&self) -> &str {
        self.convo.locale.as_deref().unwrap_or(REFERENCE)
    }

    pub(super) fn locale(&self) -> Option<&Locale> {
        let code = self.convo.locale.as_deref()?;
        self.engine.content.locales.get(code)
    }

    pub(super) fn node(&self, id: &str) -> Option<&Node> {
        self.engine.content.dialogues.get(id)
    }

    /// The shipped locale for a language tag such as "it-IT" or "UK", if we have it.
    pub(super) fn shipped_locale(&self, tag: &str) -> Option<String> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        self.engine
            .content
            .locales
            .shipped()
            .find(|l| l.code == primary || l.code.eq_ignore_ascii_case(tag))
            .map(|l| l.code.clone())
    }
}
