//! Everything a user reads: dialogue files and their translations, loaded together and
//! checked together (`carenet check`), so that a deploy never ships a broken screen.

mod check;
pub mod diagnostics;
pub mod dialogue;
pub mod locales;

use std::path::Path;

pub use check::{Coverage, MAX_MESSAGE_UNITS, coverage};
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use dialogue::{Action, Button, Dialogues, Footer, Node, Target};
pub use locales::{Direction, Locale, Locales, REFERENCE, Review};

/// Messages the engine and the channels show by themselves, outside any dialogue node.
pub const SYSTEM_MESSAGES: &[&str] = &[
    "language-name",
    "language-choose",
    "draft-notice",
    "btn-back",
    "btn-menu",
    "btn-exit",
    "btn-danger",
    "btn-language",
    "btn-share-location",
    "menu",
    "help-commands",
    "not-understood",
    "unsupported-media",
    "location-used",
    "exit-done",
    "stop-done",
    "forget-done",
    "flood-notice",
    // Find help near me: results from the service directory (engine::find).
    "find-urgent",
    "find-results-in",
    "find-results-near",
    "find-results-none",
    "find-example",
    "find-always-open",
    "find-open-now",
    "find-closed-now",
    "find-free",
    "find-weekdays",
    "find-kind-choose",
    "find-place-choose",
    "btn-map",
    "btn-more",
    "btn-kind",
    "btn-kind-all",
    "btn-talk",
    "btn-filter-open",
    "btn-filter-language",
    "btn-filter-free",
    "btn-filter-24-7",
    "category-emergency",
    "category-helpline",
    "category-anti-violence-centre",
    "category-shelter",
    "category-anti-trafficking",
    "category-legal-aid",
    "category-health",
    "category-sexual-reproductive-health",
    "category-psychological-support",
    "category-migrant-asylum",
    "category-interpreting",
    "category-child-protection",
    "category-police",
    "cmd-start",
    "cmd-menu",
    "cmd-language",
    "cmd-help",
    "cmd-exit",
    "cmd-forget",
    "cmd-stop",
    "cmd-human",
    "cmd-subscribe",
    // Talk to a person (engine::handoff).
    "handoff-waiting",
    "handoff-case-number",
    "handoff-queue-place",
    "handoff-urgent",
    "handoff-already",
    "handoff-hours",
    "handoff-hours-later",
    "handoff-joined",
    "handoff-in-chat",
    "handoff-escalated",
    "handoff-mediator-left",
    "handoff-not-passed",
    "handoff-held-full",
    "handoff-contact-refused",
    "handoff-file-warning",
    "handoff-copies",
    "handoff-ended",
    "handoff-closed-by-mediator",
    "handoff-rate",
    "handoff-thanks",
    "handoff-idle-closed",
    "handoff-unavailable",
    "btn-talk-here",
    "btn-end-chat",
    "btn-helplines",
    "btn-rate-good",
    "btn-rate-some",
    "btn-rate-bad",
    // Awareness sessions and invitations (channels::telegram::subscribe, issue 6).
    "sessions-upcoming",
    "sessions-none",
    "sessions-subscribed",
    "sessions-ask",
    "sessions-consent",
    "sessions-topics",
    "sessions-region",
    "sessions-silent",
    "sessions-done",
    "sessions-reminder-set",
    "sessions-reminder-already",
    "sessions-reminder-late",
    "sessions-reminder-off",
    "sessions-reminder",
    "btn-sessions-open",
    "btn-subscribe",
    "btn-unsubscribe",
    "btn-change-topics",
    "btn-remind",
    "btn-consent-yes",
    "btn-next",
    "btn-sound",
    "btn-silent",
    "btn-help-it",
    "btn-help-es",
    "btn-help-gr",
    "topic-rights",
    "topic-health",
    "topic-work",
    "topic-language",
    "topic-children",
];

/// Dialogues and locales that passed `check` (possibly with warnings).
#[derive(Debug, Clone)]
pub struct Content {
    pub dialogues: Dialogues,
    pub locales: Locales,
    pub warnings: Vec<Diagnostic>,
}

impl Content {
    /// Loads and checks everything. `Err` holds every finding, errors and warnings, in file
    /// order; `Ok` keeps the warnings for the caller to show.
    /// The content with the default [`Facts`] (what `carenet check` checks).
    pub fn load(dialogues_dir: &Path, locales_dir: &Path) -> Result<Content, Vec<Diagnostic>> {
        Content::load_with(dialogues_dir, locales_dir, &Facts::default())
    }

    /// The content, its texts stating the deployment's `facts`.
    pub fn load_with(
        dialogues_dir: &Path,
        locales_dir: &Path,
        facts: &Facts,
    ) -> Result<Content, Vec<Diagnostic>> {
        let mut diagnostics = Diagnostics::default();
        let dialogues = Dialogues::load(dialogues_dir, &mut diagnostics);
        let locales = Locales::load(locales_dir, facts, &mut diagnostics);
        check::cross_check(&dialogues, &locales, &mut diagnostics);
        if diagnostics.has_errors() {
            return Err(diagnostics.sorted());
        }
        Ok(Content {
            dialogues,
            locales,
            warnings: diagnostics.sorted(),
        })
    }
}

/// What the texts say about this deployment, from its configuration, so that no text
/// promises a period the code does not keep: Fluent variables every message may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// `$inactive_months`: a contact not seen for this long is erased (the retention
    /// days in months, rounded up: "after N months everything is gone" stays true).
    pub inactive_months: i64,
    /// `$exit_window_days`: how long the ids of the bot's messages are kept for quick exit.
    pub exit_window_days: i64,
}

impl Facts {
    /// Days of quick exit's window: Telegram lets a bot delete its messages for 48 hours.
    pub const EXIT_WINDOW_DAYS: i64 = 2;

    pub fn new(retention_days: i64) -> Facts {
        Facts {
            inactive_months: ((retention_days + 29) / 30).max(1),
            exit_window_days: Self::EXIT_WINDOW_DAYS,
        }
    }

    fn args(&self) -> fluent_bundle::FluentArgs<'static> {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("inactive_months", self.inactive_months);
        args.set("exit_window_days", self.exit_window_days);
        args
    }
}

impl Default for Facts {
    /// `carenet run`'s defaults (`CARENET_RETENTION_DAYS` 180).
    fn default() -> Facts {
        Facts::new(180)
    }
}

#[cfg(test)]
mod facts_tests {
    use super::Facts;

    #[test]
    fn retention_is_stated_in_whole_months_never_shorter_than_kept() {
        assert_eq!(Facts::new(180).inactive_months, 6);
        assert_eq!(Facts::new(181).inactive_months, 7);
        assert_eq!(Facts::new(30).inactive_months, 1);
        assert_eq!(Facts::new(1).inactive_months, 1);
        assert_eq!(Facts::default().exit_window_days, 2);
    }
}
