//! Checks that join dialogues and locales: every message a node uses exists in the
//! reference, every shipped locale has every message, everything fits Telegram, and
//! every screen is short enough to read (`reading`).

use std::collections::BTreeSet;

use super::diagnostics::Diagnostics;
use super::{Dialogues, Locale, Locales, SYSTEM_MESSAGES};

/// Telegram's limit for one message's text. It counts UTF-16 code units (an emoji can
/// count twice), and so do we, here and where long text is split.
pub const MAX_MESSAGE_UNITS: usize = 4096;
/// Longer labels are cut off on phones; Telegram documents no limit, clients truncate.
pub const MAX_BUTTON_CHARS: usize = 64;

pub(super) fn cross_check(dialogues: &Dialogues, locales: &Locales, diagnostics: &mut Diagnostics) {
    let Some(reference) = locales.reference() else {
        return;
    };
    let mut used = BTreeSet::new();
    for node in dialogues.nodes() {
        let has_source = node.source.as_deref().is_some_and(|s| !s.trim().is_empty());
        // (Rights and helpline nodes are checked for a source already, whatever they say.)
        let checked_by_id = super::dialogue::gives_legal_facts(&node.id);
        if !has_source && !checked_by_id && reference.text(&node.text).is_some_and(has_phone_number)
        {
            diagnostics.error_at(
                &node.origin,
                format!(
                    "node \"{}\" gives phone numbers and must name its source",
                    node.id
                ),
            );
        }
        let mut uses = vec![(&node.text, &node.origin, Kind::Text)];
        uses.extend(
            node.keywords
                .iter()
                .map(|k| (k, &node.origin, Kind::Keywords)),
        );
        uses.extend(
            node.buttons
                .iter()
                .map(|b| (&b.label, &b.origin, Kind::Label)),
        );
        for (id, origin, kind) in uses {
            used.insert(id.as_str());
            if reference.text(id).is_none() {
                diagnostics.error_at(
                    origin,
                    format!("message \"{id}\" is not in {}", reference.dir.display()),
                );
                continue;
            }
            for locale in locales.shipped() {
                check_fits(locale, id, kind, diagnostics);
            }
        }
    }
    for &id in SYSTEM_MESSAGES {
        used.insert(id);
        if reference.text(id).is_none() {
            diagnostics.error(
                &reference.dir,
                None,
                format!("message \"{id}\" is needed by the engine and is missing"),
            );
            continue;
        }
        // The engine's own buttons (Back, Menu, the language names…) are labels too.
        let kind = if id.starts_with("btn-") || id == "language-name" {
            Kind::Label
        } else {
            Kind::Text
        };
        for locale in locales.shipped() {
            check_fits(locale, id, kind, diagnostics);
        }
    }
    for locale in locales.all() {
        check_coverage(locale, reference, diagnostics);
    }
    for id in reference.message_ids().filter(|id| !used.contains(id)) {
        if let Some(origin) = reference.origin(id) {
            diagnostics.warning_at(origin, format!("message \"{id}\" is not used by any node"));
        }
    }
    super::reading::report(dialogues, locales, diagnostics);
}

/// Three digits in a row: an emergency number at least ("112").
fn has_phone_number(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w.iter().all(u8::is_ascii_digit))
}

#[derive(Clone, Copy)]
enum Kind {
    Text,
    Label,
    Keywords,
}

fn check_fits(locale: &Locale, id: &str, kind: Kind, diagnostics: &mut Diagnostics) {
    let Some(text) = locale.text(id) else { return };
    let Some(origin) = locale.origin(id) else {
        return;
    };
    let chars = text.chars().count();
    let units = text.encode_utf16().count();
    match kind {
        Kind::Text if units > MAX_MESSAGE_UNITS => diagnostics.error_at(
            origin,
            format!(
                "message \"{id}\" is {units} UTF-16 units long; Telegram allows {MAX_MESSAGE_UNITS}"
            ),
        ),
        Kind::Label if chars > MAX_BUTTON_CHARS || text.contains('\n') => diagnostics.error_at(
            origin,
            format!("button \"{id}\" must be one line of at most {MAX_BUTTON_CHARS} characters"),
        ),
        Kind::Keywords if crate::text::keyword_list(text).next().is_none() => {
            diagnostics.error_at(origin, format!("\"{id}\" lists no words"));
        }
        Kind::Text if text.trim().is_empty() => {
            diagnostics.error_at(origin, format!("message \"{id}\" is empty"));
        }
        _ => {}
    }
}

/// A shipped locale must have every message of the reference; one in progress
/// (`shipped = false`) gets warnings and is not offered to users.
fn check_coverage(locale: &Locale, reference: &Locale, diagnostics: &mut Diagnostics) {
    if locale.code == reference.code {
        return;
    }
    for id in reference.message_ids() {
        if locale.text(id).is_some() {
            continue;
        }
        let Some(origin) = reference.origin(id) else {
            continue;
        };
        let file_name = origin.file.file_name().unwrap_or_default();
        let file = locale.dir.join(file_name);
        let message =
            format!("missing message \"{id}\" (English at {origin}); users see English instead");
        if locale.meta.shipped {
            diagnostics.error(&file, None, message);
        } else {
            diagnostics.warning(&file, None, message);
        }
    }
    for id in locale.message_ids() {
        if reference.text(id).is_none()
            && let Some(origin) = locale.origin(id)
        {
            diagnostics.warning_at(origin, format!("message \"{id}\" is not in the reference"));
        }
    }
}

/// How much of the reference a locale translates.
#[derive(Debug, Clone)]
pub struct Coverage {
    pub code: String,
    pub name: String,
    pub translated: usize,
    pub total: usize,
    pub review: super::Review,
    pub shipped: bool,
}

pub fn coverage(locales: &Locales) -> Vec<Coverage> {
    let Some(reference) = locales.reference() else {
        return vec![];
    };
    locales
        .all()
        .iter()
        .map(|locale| Coverage {
            code: locale.code.clone(),
            name: locale.meta.name.clone(),
            translated: reference
                .message_ids()
                .filter(|id| locale.text(id).is_some())
                .count(),
            total: reference.len(),
            review: locale.meta.review,
            shipped: locale.meta.shipped,
        })
        .collect()
}
