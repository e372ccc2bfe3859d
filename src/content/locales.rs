//! Translations (`locales/<lang>/*.ftl`, Project Fluent) and each locale's `locale.toml`.
//!
//! Our messages take no arguments, so every message is rendered once, at load: a formatting
//! problem is found before the bot starts, and the engine only looks up finished strings.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use serde::Deserialize;
use unic_langid::LanguageIdentifier;

use super::Facts;
// Rendered right-to-left messages are isolated here; the engine isolates what it adds.
pub use super::bidi::isolate_numbers;
use super::diagnostics::{Diagnostics, Origin, line_of};

/// The locale every other one translates, and the fallback for a missing message.
pub const REFERENCE: &str = "en";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

/// Who has checked a translation. Only a native speaker's review makes it `Reviewed`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    Reference,
    Reviewed,
    Draft,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    pub name: String,
    pub direction: Direction,
    pub review: Review,
    #[serde(default)]
    pub reviewed_by: String,
    #[serde(default = "yes")]
    pub shipped: bool,
}

fn yes() -> bool {
    true
}

/// One language: its facts and its rendered messages.
#[derive(Debug, Clone)]
pub struct Locale {
    pub code: String,
    pub meta: LocaleMeta,
    pub dir: PathBuf,
    texts: HashMap<String, String>,
    origins: HashMap<String, Origin>,
}

impl Locale {
    pub fn text(&self, id: &str) -> Option<&str> {
        self.texts.get(id).map(String::as_str)
    }

    /// Where a message is defined.
    pub fn origin(&self, id: &str) -> Option<&Origin> {
        self.origins.get(id)
    }

    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.texts.keys().map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }

    pub fn is_draft(&self) -> bool {
        self.meta.review == Review::Draft
    }
}

/// Every locale found, the reference first, then by code.
#[derive(Debug, Clone, Default)]
pub struct Locales {
    locales: Vec<Locale>,
}

impl Locales {
    /// Reads every sub-folder of `dir` as a locale. Problems go to `diagnostics`.
    pub fn load(dir: &Path, facts: &Facts, diagnostics: &mut Diagnostics) -> Locales {
        let mut folders: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect(),
            Err(e) => {
                diagnostics.error(dir, None, format!("cannot read the locales folder: {e}"));
                return Locales::default();
            }
        };
        folders.sort();
        let mut locales: Vec<Locale> = folders
            .iter()
            .filter_map(|folder| load_locale(folder, facts, diagnostics))
            .collect();
        locales.sort_by_key(|l| (l.code != REFERENCE, l.code.clone()));
        if locales.first().is_none_or(|l| l.code != REFERENCE) {
            diagnostics.error(
                dir,
                None,
                format!("the reference locale \"{REFERENCE}\" is missing"),
            );
        }
        Locales { locales }
    }

    pub fn get(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    pub fn reference(&self) -> Option<&Locale> {
        self.get(REFERENCE)
    }

    pub fn all(&self) -> &[Locale] {
        &self.locales
    }

    /// The languages a user can choose.
    pub fn shipped(&self) -> impl Iterator<Item = &Locale> {
        self.locales.iter().filter(|l| l.meta.shipped)
    }

    /// The message in `code`, or in the reference locale when that one lacks it.
    /// `carenet check` reports every such gap; a user never sees a raw message id.
    pub fn text(&self, code: &str, id: &str) -> &str {
        self.get(code)
            .and_then(|l| l.text(id))
            .or_else(|| self.reference().and_then(|l| l.text(id)))
            .unwrap_or("…")
    }
}

fn load_locale(folder: &Path, facts: &Facts, diagnostics: &mut Diagnostics) -> Option<Locale> {
    let code = folder.file_name()?.to_string_lossy().into_owned();
    let langid: LanguageIdentifier = match code.parse() {
        Ok(id) => id,
        Err(_) => {
            diagnostics.error(folder, None, "the folder name is not a BCP 47 language tag");
            return None;
        }
    };
    let meta = load_meta(folder, diagnostics)?;

    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Bidi isolation of placeables only helps right-to-left text; elsewhere the invisible
    // marks are noise in copy-paste and search.
    bundle.set_use_isolating(meta.direction == Direction::Rtl);
    let mut origins = HashMap::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    for file in &files {
        let source = match std::fs::read_to_string(file) {
            Ok(source) => source,
            Err(e) => {
                diagnostics.error(file, None, format!("cannot read: {e}"));
                continue;
            }
        };
        add_resource(&mut bundle, &mut origins, file, source, diagnostics);
    }

    let mut texts = HashMap::new();
    for (id, origin) in &origins {
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            diagnostics.error_at(origin, format!("message \"{id}\" has no text"));
            continue;
        };
        let mut errors = vec![];
        let text = bundle.format_pattern(pattern, Some(&facts.args()), &mut errors);
        if let Some(error) = errors.first() {
            diagnostics.error_at(origin, format!("message \"{id}\" does not render: {error}"));
            continue;
        }
        let text = match meta.direction {
            Direction::Rtl => isolate_numbers(&text),
            Direction::Ltr => text.into_owned(),
        };
        texts.insert(id.clone(), text);
    }
    Some(Locale {
        code,
        meta,
        dir: folder.to_path_buf(),
        texts,
        origins,
    })
}

fn load_meta(folder: &Path, diagnostics: &mut Diagnostics) -> Option<LocaleMeta> {
    let file = folder.join("locale.toml");
    let source = match std::fs::read_to_string(&file) {
        Ok(source) => source,
        Err(_) => {
            diagnostics.error(
                &file,
                None,
                "missing: every locale says its name, direction and review status here",
            );
            return None;
        }
    };
    match toml::from_str::<LocaleMeta>(&source) {
        Ok(meta) if meta.review == Review::Reviewed && meta.reviewed_by.trim().is_empty() => {
            let line = source
                .lines()
                .position(|l| l.trim_start().starts_with("review"))
                .map(|n| n + 1);
            diagnostics.error(&file, line, "review = \"reviewed\" needs reviewed_by: who?");
            Some(meta)
        }
        Ok(meta) => Some(meta),
        Err(e) => {
            let line = e.span().map(|s| line_of(&source, s.start));
            diagnostics.error(&file, line, e.message().trim().to_string());
            None
        }
    }
}

fn add_resource(
    bundle: &mut FluentBundle<FluentResource>,
    origins: &mut HashMap<String, Origin>,
    file: &Path,
    source: String,
    diagnostics: &mut Diagnostics,
) {
    let mut lines = message_lines(&source);
    let resource = match FluentResource::try_new(source.clone()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                // `slice` is the broken entry itself; `pos` is where the parser gave up,
                // which can already be the next message.
                let at = error.slice.as_ref().map_or(error.pos.start, |s| s.start);
                let line = line_of(&source, at);
                diagnostics.error(file, Some(line), format!("Fluent syntax error: {error}"));
            }
            resource
        }
    };
    for entry in resource.entries() {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let line = lines
            .get_mut(id.as_str())
            .and_then(VecDeque::pop_front)
            .unwrap_or(1);
        let origin = Origin {
            file: file.to_path_buf(),
            line,
        };
        if let Some(first) = origins.get(&id) {
            diagnostics.error_at(
                &origin,
                format!("message \"{id}\" is defined twice (first at {first})"),
            );
            continue;
        }
        origins.insert(id, origin);
    }
    // Duplicates were reported above with their lines; the bundle's own error repeats them.
    let _ = bundle.add_resource(resource);
}

/// The lines of each `id = …` in a Fluent source, in order (the AST carries no
/// positions; an id defined twice has two lines).
fn message_lines(source: &str) -> HashMap<&str, VecDeque<usize>> {
    let mut lines: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (n, line) in source.lines().enumerate() {
        let Some((id, _)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim_end();
        let is_id = id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if is_id {
            lines.entry(id).or_default().push_back(n + 1);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_state_the_configured_periods() {
        let dir = tempfile::tempdir().unwrap();
        let en = dir.path().join("en");
        std::fs::create_dir(&en).unwrap();
        std::fs::write(
            en.join("locale.toml"),
            "name = \"English\"\ndirection = \"ltr\"\nreview = \"reference\"\nshipped = true\n",
        )
        .unwrap();
        std::fs::write(
            en.join("main.ftl"),
            "kept = Kept { $exit_window_days } days; erased after { $inactive_months } months.\n",
        )
        .unwrap();
        let load = |facts: &Facts| {
            let mut diagnostics = Diagnostics::default();
            let locales = Locales::load(dir.path(), facts, &mut diagnostics);
            assert!(!diagnostics.has_errors(), "{:?}", diagnostics.sorted());
            locales.text("en", "kept").to_string()
        };
        assert_eq!(
            load(&Facts::default()),
            "Kept 2 days; erased after 6 months."
        );
        assert_eq!(
            load(&Facts::new(90, 3 * 86_400)),
            "Kept 3 days; erased after 4 months."
        );
    }

    #[test]
    fn finds_message_lines() {
        let lines = message_lines("# c\nhello = Hi\n\nmulti =\n    a = b\n");
        assert_eq!(lines["hello"], [2]);
        assert_eq!(lines["multi"], [4]);
    }
}
