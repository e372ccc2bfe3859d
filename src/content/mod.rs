//! Everything a user reads: dialogue files and their translations, loaded together and
//! checked together (`carenet check`), so that a deploy never ships a broken screen.

mod bidi;
mod check;
pub mod diagnostics;
pub mod dialogue;
pub mod locales;
mod reading;

use std::path::Path;

pub use check::{Coverage, MAX_MESSAGE_UNITS, coverage};
pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use dialogue::{Action, Button, Dialogues, Footer, Node, Target};
pub use locales::{Direction, Locale, Locales, REFERENCE, Review};
pub use reading::{
    MAX_SCREEN_WORDS, MAX_SCREEN_WORDS_ALLOWED, MAX_SENTENCE_WORDS, ReadingLevel, reading_level,
};

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
    "find-checked",
    "find-stale",
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
    /// `$inactive_months`: after this many months without a message everything about her
    /// is gone, in any calendar (see [`Facts::new`]).
    pub inactive_months: i64,
    /// `$exit_window_days`: the ids of the bot's messages (for quick exit) are gone
    /// within this many days.
    pub exit_window_days: i64,
}

/// Days of the months of a year that is not a leap year.
const MONTH_DAYS: [i64; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// The fewest days `months` calendar months in a row can have (February is the short one).
fn fewest_days_in(months: i64) -> i64 {
    let years = months / 12;
    let rest = (months % 12) as usize;
    let shortest_rest = (0..12)
        .map(|start| (0..rest).map(|i| MONTH_DAYS[(start + i) % 12]).sum::<i64>())
        .min()
        .unwrap_or(0);
    years * 365 + shortest_rest
}

impl Facts {
    /// Contacts are erased `retention_days` after the day she last wrote, by a purge that
    /// runs every hour; message ids are gone at most `ids_kept_seconds` after they were
    /// sent. The months stated are the fewest that always hold more days than that, so
    /// "after N months without a message, everything is gone" is true whatever the
    /// month: 180 days are 6 months (6 months hold at least 181 days), 30 days are 2.
    pub fn new(retention_days: i64, ids_kept_seconds: i64) -> Facts {
        let retention_days = retention_days.clamp(1, 36_500);
        let mut inactive_months = 1;
        while fewest_days_in(inactive_months) <= retention_days {
            inactive_months += 1;
        }
        let day = 86_400;
        Facts {
            inactive_months,
            exit_window_days: (ids_kept_seconds.max(1) - 1) / day + 1,
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
    /// `carenet run`'s defaults: `CARENET_RETENTION_DAYS` 180, message ids at most 2 days.
    fn default() -> Facts {
        Facts::new(180, 2 * 86_400)
    }
}

#[cfg(test)]
mod facts_tests {
    use super::{Facts, fewest_days_in};

    #[test]
    fn months_are_counted_as_the_shortest_calendar_would() {
        assert_eq!(fewest_days_in(1), 28);
        assert_eq!(fewest_days_in(2), 59);
        assert_eq!(fewest_days_in(6), 181);
        assert_eq!(fewest_days_in(12), 365);
        assert_eq!(fewest_days_in(13), 365 + 28);
    }

    #[test]
    fn the_stated_months_always_hold_more_than_the_retention() {
        assert_eq!(Facts::default().inactive_months, 6);
        assert_eq!(Facts::new(180, 0).inactive_months, 6);
        assert_eq!(Facts::new(181, 0).inactive_months, 7);
        // February: 30 days are more than one month can hold.
        assert_eq!(Facts::new(30, 0).inactive_months, 2);
        assert_eq!(Facts::new(27, 0).inactive_months, 1);
        assert_eq!(Facts::new(365, 0).inactive_months, 13);
        for days in 1..=800 {
            let months = Facts::new(days, 0).inactive_months;
            assert!(
                fewest_days_in(months) > days,
                "{days} days, {months} months"
            );
            assert!(fewest_days_in(months - 1) <= days, "{days}: not the fewest");
        }
        // Never an overflow, whatever the setting.
        assert!(Facts::new(i64::MAX, i64::MAX).inactive_months > 1000);
        assert_eq!(Facts::new(i64::MIN, i64::MIN).exit_window_days, 1);
    }

    #[test]
    fn the_exit_window_is_rounded_up_to_days() {
        assert_eq!(Facts::new(180, 2 * 86_400).exit_window_days, 2);
        assert_eq!(Facts::new(180, 2 * 86_400 + 1).exit_window_days, 3);
        assert_eq!(Facts::default().exit_window_days, 2);
    }
}
