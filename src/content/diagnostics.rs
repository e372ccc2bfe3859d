//! Located findings about content: `dialogues/rights.toml:42: goto "shelterz" does not exist`.

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a finding is: errors make `carenet check` fail and stop the bot from starting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// One finding, with the file and (where known) the line it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        match self.line {
            Some(line) => write!(
                f,
                "{}:{}: {kind}{}",
                self.file.display(),
                line,
                self.message
            ),
            None => write!(f, "{}: {kind}{}", self.file.display(), self.message),
        }
    }
}

/// A place in a content file, kept with each node and message so that later checks can
/// point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: PathBuf,
    pub line: usize,
}

impl Origin {
    pub fn new(file: &Path, source: &str, byte_offset: usize) -> Self {
        Origin {
            file: file.to_path_buf(),
            line: line_of(source, byte_offset),
        }
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// The 1-based line that holds `byte_offset` of `source`.
pub fn line_of(source: &str, byte_offset: usize) -> usize {
    let end = byte_offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Findings collected while loading or checking content.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn error(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Error, file, line, message.into());
    }

    pub fn warning(&mut self, file: &Path, line: Option<usize>, message: impl Into<String>) {
        self.push(Severity::Warning, file, line, message.into());
    }

    pub fn error_at(&mut self, origin: &Origin, message: impl Into<String>) {
        self.error(&origin.file, Some(origin.line), message);
    }

    pub fn warning_at(&mut self, origin: &Origin, message: impl Into<String>) {
        self.warning(&origin.file, Some(origin.line), message);
    }

    fn push(&mut self, severity: Severity, file: &Path, line: Option<usize>, message: String) {
        self.items.push(Diagnostic {
            severity,
            file: file.to_path_buf(),
            line,
            message,
        });
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Sorted by file and line, errors and warnings together, so output reads top-down.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items
            .sort_by(|a, b| (&a.file, a.line, &a.message).cmp(&(&b.file, b.line, &b.message)));
        self.items.dedup();
        self.items
    }
}
