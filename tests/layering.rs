//! The layers of `src/`, read from the source: which top-level module names which, so
//! that a shortcut across the layers fails here instead of growing unseen.
//!
//! - Domain modules never name an adapter (`channels`, `cli`), the composition root
//!   (`app`) or `teloxide`.
//! - The engine does no I/O: no store, no conversation service, no sqlx, tokio, reqwest,
//!   file system, network or process.
//! - Leaf modules (`clock`, `figures`, `geo`, `hours`, `text`) name no other module of the
//!   crate.
//! - The Telegram adapter stays under 3,000 lines: it translates, the services decide.
//! - The top-level modules form no dependency cycle beyond the links listed in
//!   [`CYCLE_LINKS_TO_CUT`], and each listed link still closes a cycle: once one is cut
//!   it must leave the list, so the list only shrinks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Adapters, which carry the domain to a person or a shell, and the composition root
/// (`app`) that puts them together.
const ADAPTERS: &[&str] = &["app", "channels", "cli"];

/// Modules that name nothing else of the crate.
const LEAVES: &[&str] = &["clock", "figures", "geo", "hours", "text"];

/// What the engine must not name: it is `(state, event) → (new state, effects)`.
const ENGINE_FORBIDS: &[&str] = &[
    "crate::store",
    "crate::conversation",
    "sqlx::",
    "tokio::",
    "reqwest::",
    "std::fs",
    "std::net",
    "std::process",
];

/// The links between top-level modules that still close a dependency cycle, each to be
/// cut by the "one core, many channels" work (and then removed from here):
/// - the store reads and writes domain types (conversation state, broadcasts,
///   directory packages) that live in modules whose services use the store;
/// - the engine answers from the directory, whose import and live reload use the store;
/// - content checks button payloads with the engine's payload grammar.
const CYCLE_LINKS_TO_CUT: &[(&str, &str)] = &[
    ("broadcast", "store"),
    ("content", "engine"),
    ("directory", "store"),
    ("engine", "content"),
    ("engine", "directory"),
    ("store", "broadcast"),
    ("store", "directory"),
    ("store", "engine"),
];

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The module path of a file under `src/` (`src/a/b.rs` and `src/a/b/mod.rs`: `[a, b]`).
fn module_path(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix("src").expect("a file under src");
    let mut path: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    path
}

/// The source without comments (doc comments name modules in prose).
fn code_of(source: &str) -> String {
    source
        .lines()
        .map(|line| match line.find("//") {
            // A `//` inside a string literal is rare enough here: the rest of the line
            // then goes unread, which can only hide a link, never invent one.
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The top-level modules that `code` in the module at `path` names: `crate::x`,
/// `crate::{x, y}`, and `super::…` paths that climb to the crate's root.
fn named_modules(path: &[String], code: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let bytes = code.as_bytes();
    let is_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut at = 0;
    while at < code.len() {
        let rest = &code[at..];
        let boundary = at == 0 || !is_ident(bytes[at - 1]) && bytes[at - 1] != b':';
        if boundary && rest.starts_with("crate::") {
            let after = &rest["crate::".len()..];
            if let Some(group) = after.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| is_ident(*c as u8))
                        .collect();
                    if !name.is_empty() && name != "self" {
                        named.insert(name);
                    }
                }
            } else {
                let name: String = after.chars().take_while(|c| is_ident(*c as u8)).collect();
                named.insert(name);
            }
            at += "crate::".len();
            continue;
        }
        if boundary && rest.starts_with("super::") {
            let mut climbed = 0;
            let mut tail = rest;
            while let Some(next) = tail.strip_prefix("super::") {
                climbed += 1;
                tail = next;
            }
            // `super` of a top-level module's file is the crate's root.
            let depth = path.len();
            if climbed >= depth {
                let name: String = tail.chars().take_while(|c| is_ident(*c as u8)).collect();
                if !name.is_empty() {
                    named.insert(name);
                }
            }
            at += "super::".len() * climbed;
            continue;
        }
        at += rest.chars().next().map_or(1, char::len_utf8);
    }
    named
}

struct Source {
    file: PathBuf,
    top: String,
    code: String,
    names: BTreeSet<String>,
}

fn sources() -> Vec<Source> {
    let modules: BTreeSet<String> = std::fs::read_dir("src")
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.trim_end_matches(".rs").to_string()
        })
        .collect();
    let mut sources: Vec<Source> = rust_files(Path::new("src"))
        .into_iter()
        .filter(|file| !matches!(file.to_str(), Some("src/lib.rs" | "src/main.rs")))
        .map(|file| {
            let path = module_path(&file);
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            let top = path[0].clone();
            let names = named_modules(&path, &code)
                .into_iter()
                .filter(|name| *name != top && modules.contains(name))
                .collect();
            Source {
                file,
                top,
                code,
                names,
            }
        })
        .collect();
    sources.sort_by(|a, b| a.file.cmp(&b.file));
    assert!(sources.len() > 50, "read {} files of src/", sources.len());
    sources
}

/// Top-level module → the top-level modules it names.
fn graph(sources: &[Source]) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for source in sources {
        graph
            .entry(source.top.clone())
            .or_default()
            .extend(source.names.iter().cloned());
    }
    graph
}

fn reaches(graph: &BTreeMap<String, BTreeSet<String>>, from: &str, to: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut next = vec![from.to_string()];
    while let Some(module) = next.pop() {
        if module == to {
            return true;
        }
        if seen.insert(module.clone()) {
            next.extend(graph.get(&module).into_iter().flatten().cloned());
        }
    }
    false
}

#[test]
fn domain_modules_name_no_adapter() {
    let mut wrong = Vec::new();
    for source in sources()
        .iter()
        .filter(|s| !ADAPTERS.contains(&s.top.as_str()))
    {
        for adapter in ADAPTERS {
            if source.names.contains(*adapter) {
                wrong.push(format!("{} names {adapter}", source.file.display()));
            }
        }
        if source.code.contains("teloxide::") {
            wrong.push(format!("{} names teloxide", source.file.display()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_engine_does_no_io() {
    let mut wrong = Vec::new();
    for source in sources().iter().filter(|s| s.top == "engine") {
        for forbidden in ENGINE_FORBIDS {
            if source.code.contains(forbidden) {
                wrong.push(format!("{} names {forbidden}", source.file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn leaf_modules_name_nothing_of_the_crate() {
    let wrong: Vec<String> = sources()
        .iter()
        .filter(|s| LEAVES.contains(&s.top.as_str()) && !s.names.is_empty())
        .map(|s| format!("{} names {:?}", s.file.display(), s.names))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_new_dependency_cycle_and_the_list_to_cut_is_true() {
    let graph = graph(&sources());
    let on_cycles: BTreeSet<(String, String)> = graph
        .iter()
        .flat_map(|(from, tos)| tos.iter().map(move |to| (from.clone(), to.clone())))
        .filter(|(from, to)| reaches(&graph, to, from))
        .collect();
    let listed: BTreeSet<(String, String)> = CYCLE_LINKS_TO_CUT
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let new: Vec<_> = on_cycles.difference(&listed).collect();
    let cut: Vec<_> = listed.difference(&on_cycles).collect();
    assert!(
        new.is_empty(),
        "links that close a new dependency cycle: {new:?}"
    );
    assert!(
        cut.is_empty(),
        "links no longer on a cycle (well done): remove them from CYCLE_LINKS_TO_CUT: {cut:?}"
    );
}

/// The Telegram adapter only translates: it stays under this many lines (the domain it
/// held has moved to services; what every channel needs lives beside it in `channels`).
const TELEGRAM_ADAPTER_MAX_LINES: usize = 3_000;

#[test]
fn the_telegram_adapter_only_translates() {
    let lines: usize = rust_files(Path::new("src/channels/telegram"))
        .iter()
        .map(|file| {
            std::fs::read_to_string(file)
                .expect("a source file")
                .lines()
                .count()
        })
        .sum();
    assert!(
        lines <= TELEGRAM_ADAPTER_MAX_LINES,
        "src/channels/telegram has {lines} lines (at most {TELEGRAM_ADAPTER_MAX_LINES}): \
         move domain rules to a service and what every channel needs to `channels`"
    );
}

/// The reader itself: it must see what it is meant to see.
#[test]
fn the_reader_sees_crate_group_and_super_paths() {
    let top = vec!["clock".to_string()];
    let deep = ["channels", "telegram", "handoff", "held"].map(String::from);
    let code = "use crate::{store::Store, geo};\nuse super::text::x;\nlet a = crate::engine::X;";
    let named = named_modules(&top, code);
    assert_eq!(
        named,
        ["engine", "geo", "store", "text"]
            .map(String::from)
            .into_iter()
            .collect()
    );
    assert_eq!(
        named_modules(&deep, "use super::super::Telegram; use super::x;"),
        BTreeSet::new()
    );
    assert_eq!(
        named_modules(&deep, "use super::super::super::super::store::Store;"),
        ["store".to_string()].into_iter().collect()
    );
    assert!(named_modules(&top, &code_of("// crate::cli\nlet x = 1; // crate::cli")).is_empty());
    assert!(named_modules(&top, "mycrate::cli; a::crate::cli").is_empty());
}
