//! Dialogue files (`dialogues/*.toml`): screens ("nodes") with a message and buttons.
//! The format is documented at the top of `dialogues/main.toml`; this module parses it and
//! checks what can be checked without the translations (ids, targets, reachability).

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::diagnostics::{Diagnostics, Origin, line_of};

/// Telegram's limit for `callback_data`.
pub const MAX_PAYLOAD_BYTES: usize = 64;
/// Node ids are short so that `g:<id>` always fits in a callback payload.
pub const MAX_NODE_ID_LEN: usize = 40;
/// Nodes the engine opens by itself (start, /menu, emergencies, shared location).
pub const REQUIRED_NODES: [&str; 4] = ["welcome", "menu", "danger", "help"];

/// Something a button does besides opening a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Record her consent to what is kept, then open the menu.
    Consent,
    /// Show the language menu.
    Language,
    /// Erase everything about her.
    Forget,
    /// Quick exit: delete the recent messages, leave a neutral line.
    Exit,
    Back,
    Menu,
    /// Look for services near her or in her region.
    FindHelp,
    /// Pick a town or region from the place list, for services there.
    Places,
    /// Ask for a human mediator.
    Handoff,
    Subscribe,
    Unsubscribe,
}

impl Action {
    pub const ALL: [Action; 11] = [
        Action::Consent,
        Action::Language,
        Action::Forget,
        Action::Exit,
        Action::Back,
        Action::Menu,
        Action::FindHelp,
        Action::Places,
        Action::Handoff,
        Action::Subscribe,
        Action::Unsubscribe,
    ];

    /// The short name used in dialogue files and in callback payloads.
    pub fn name(self) -> &'static str {
        match self {
            Action::Consent => "consent",
            Action::Language => "language",
            Action::Forget => "forget",
            Action::Exit => "exit",
            Action::Back => "back",
            Action::Menu => "menu",
            Action::FindHelp => "find_help",
            Action::Places => "places",
            Action::Handoff => "handoff",
            Action::Subscribe => "subscribe",
            Action::Unsubscribe => "unsubscribe",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.name() == name)
    }
}

/// Which standard buttons the engine adds under a node's own buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Footer {
    /// Back · Menu, then Danger · Quick exit.
    #[default]
    Full,
    /// Quick exit only (for the welcome and the menu).
    Exit,
    None,
}

/// Where a button leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Goto(String),
    Action(Action),
}

#[derive(Debug, Clone)]
pub struct Button {
    /// Fluent message id of the label.
    pub label: String,
    pub target: Target,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
pub struct Node {
    pub id: String,
    /// Fluent message id of the text.
    pub text: String,
    pub buttons: Vec<Button>,
    /// Fluent message id of the words that lead free text here.
    pub keywords: Option<String>,
    /// ISO 3166 alpha-2 code, lower case: opening the node sets her country.
    pub region: Option<String>,
    pub footer: Footer,
    pub source: Option<String>,
    pub origin: Origin,
}

/// All nodes of all dialogue files, by id.
#[derive(Debug, Clone, Default)]
pub struct Dialogues {
    nodes: Vec<Node>,
    index: HashMap<String, usize>,
}

impl Dialogues {
    pub fn get(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|&i| &self.nodes[i])
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// Reads every `*.toml` in `dir` (in name order). Problems are added to `diagnostics`;
    /// what could be read is returned either way, so one run reports every problem.
    pub fn load(dir: &Path, diagnostics: &mut Diagnostics) -> Dialogues {
        let mut files: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .collect(),
            Err(e) => {
                diagnostics.error(dir, None, format!("cannot read the dialogue folder: {e}"));
                return Dialogues::default();
            }
        };
        files.sort();
        if files.is_empty() {
            diagnostics.error(dir, None, "no dialogue files (*.toml) here");
        }
        let mut dialogues = Dialogues::default();
        for file in files {
            match std::fs::read_to_string(&file) {
                Ok(source) => dialogues.add_file(&file, &source, diagnostics),
                Err(e) => diagnostics.error(&file, None, format!("cannot read: {e}")),
            }
        }
        dialogues.validate(dir, diagnostics);
        dialogues
    }

    /// Parses one file's text; `file` is only used to locate problems.
    pub fn add_file(&mut self, file: &Path, source: &str, diagnostics: &mut Diagnostics) {
        let raw: RawFile = match toml::from_str(source) {
            Ok(raw) => raw,
            Err(e) => {
                let line = e.span().map(|s| line_of(source, s.start));
                let message = e.message().trim().to_string();
                diagnostics.error(file, line, format!("not a valid dialogue file: {message}"));
                return;
            }
        };
        for raw_node in raw.node {
            let node = raw_node.resolve(file, source);
            if let Some(&first) = self.index.get(&node.id) {
                let first = &self.nodes[first].origin;
                diagnostics.error_at(
                    &node.origin,
                    format!("node \"{}\" is defined twice (first at {first})", node.id),
                );
                continue;
            }
            self.index.insert(node.id.clone(), self.nodes.len());
            self.nodes.push(node);
        }
    }

    /// Checks that need every file: ids, targets, required nodes, reachability.
    pub fn validate(&self, dir: &Path, diagnostics: &mut Diagnostics) {
        for node in &self.nodes {
            check_node(node, self, diagnostics);
        }
        for required in REQUIRED_NODES {
            if self.get(required).is_none() && !self.nodes.is_empty() {
                diagnostics.error(
                    dir,
                    None,
                    format!("required node \"{required}\" is missing"),
                );
            }
        }
        let reachable = self.reachable_from("welcome");
        for node in &self.nodes {
            if !reachable.contains(node.id.as_str()) {
                diagnostics.error_at(
                    &node.origin,
                    format!(
                        "node \"{}\" cannot be reached from \"welcome\" by any button",
                        node.id
                    ),
                );
            }
        }
    }

    fn reachable_from(&self, start: &str) -> HashSet<&str> {
        let mut seen = HashSet::new();
        let mut queue = VecDeque::from([start]);
        // The engine itself opens these, so they are reachable whatever the buttons say.
        queue.extend(REQUIRED_NODES);
        while let Some(id) = queue.pop_front() {
            let Some(node) = self.get(id) else { continue };
            if !seen.insert(node.id.as_str()) {
                continue;
            }
            for button in &node.buttons {
                if let Target::Goto(target) = &button.target {
                    queue.push_back(target);
                }
            }
        }
        seen
    }
}

fn check_node(node: &Node, dialogues: &Dialogues, diagnostics: &mut Diagnostics) {
    if !is_valid_node_id(&node.id) {
        diagnostics.error_at(
            &node.origin,
            format!(
                "node id \"{}\" must be 1 to {MAX_NODE_ID_LEN} lower-case letters, digits or _",
                node.id
            ),
        );
    }
    if gives_legal_facts(&node.id) && node.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
        diagnostics.error_at(
            &node.origin,
            format!("node \"{}\" gives facts and must name its source", node.id),
        );
    }
    if let Some(region) = &node.region
        && !(region.len() == 2 && region.bytes().all(|b| b.is_ascii_lowercase()))
    {
        diagnostics.error_at(
            &node.origin,
            format!("region \"{region}\" must be a two-letter country code such as \"it\""),
        );
    }
    for button in &node.buttons {
        match &button.target {
            Target::Goto(target) if target.is_empty() => diagnostics.error_at(
                &button.origin,
                "a button needs exactly one of goto = \"node\" or action = \"name\"",
            ),
            Target::Goto(target) if dialogues.get(target).is_none() => {
                diagnostics.error_at(&button.origin, format!("goto \"{target}\" does not exist"));
            }
            _ => {}
        }
        let payload = crate::engine::CallbackPayload::from_target(&button.target).encode();
        if payload.len() > MAX_PAYLOAD_BYTES {
            diagnostics.error_at(
                &button.origin,
                format!(
                    "button payload \"{payload}\" is {} bytes; Telegram allows {MAX_PAYLOAD_BYTES}",
                    payload.len()
                ),
            );
        }
    }
}

/// Rights topics and country helplines: nodes that must always name their sources.
pub fn gives_legal_facts(id: &str) -> bool {
    id.starts_with("rights_") || id.starts_with("help_")
}

pub fn is_valid_node_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_NODE_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

// The file as written, with spans so that every later problem has a line.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    node: Vec<RawNode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    text: String,
    #[serde(default)]
    buttons: Vec<Spanned<RawButton>>,
    keywords: Option<String>,
    region: Option<String>,
    #[serde(default)]
    footer: Footer,
    source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawButton {
    label: String,
    goto: Option<String>,
    action: Option<Action>,
}

impl RawNode {
    fn resolve(self, file: &Path, source: &str) -> Node {
        let origin = Origin::new(file, source, self.id.span().start);
        let buttons = self
            .buttons
            .into_iter()
            .map(|b| {
                let origin = Origin::new(file, source, b.span().start);
                let raw = b.into_inner();
                let target = match (raw.goto, raw.action) {
                    (Some(goto), None) => Target::Goto(goto),
                    (None, Some(action)) => Target::Action(action),
                    // An empty goto is reported by `check_node`; loading goes on.
                    _ => Target::Goto(String::new()),
                };
                Button {
                    label: raw.label,
                    target,
                    origin,
                }
            })
            .collect();
        Node {
            id: self.id.into_inner(),
            text: self.text,
            buttons,
            keywords: self.keywords,
            region: self.region,
            footer: self.footer,
            source: self.source,
            origin,
        }
    }
}
