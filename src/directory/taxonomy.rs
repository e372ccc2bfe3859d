//! The taxonomy terms of a standard HSDS 3 package: how publishers say what a service
//! does (Open Eligibility, the 211 LA / AIRS codes, their own lists). Read from
//! `taxonomies.csv`, `taxonomy_terms.csv` and `attributes.csv` (which links a service to a
//! term) only to give each service a category (see `classify`); they are not stored.

use std::collections::HashMap;

use super::package::Package;
use super::problems::{CsvRow, RowError, SourceFile, missing_columns, read_csv};

/// The taxonomy files of a package, in the order they are read.
pub const FILES: [&str; 3] = ["taxonomies.csv", "taxonomy_terms.csv", "attributes.csv"];

/// One term a service is linked to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The taxonomy's name (from `taxonomies.csv`, or the term's own `taxonomy` column).
    pub taxonomy: String,
    pub code: String,
    pub name: String,
}

/// Service id → the terms it is linked to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceTerms(HashMap<String, Vec<Term>>);

impl ServiceTerms {
    pub fn of(&self, service: &str) -> &[Term] {
        self.0.get(service).map_or(&[], Vec::as_slice)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Reads the taxonomy files present in `files` (by file name). A bad file or row is a
/// problem like any other; a link to an unknown term is one too. Without
/// `attributes.csv` there is nothing to link, and nothing is read.
pub fn read_terms(files: &HashMap<&str, SourceFile>) -> (ServiceTerms, Vec<RowError>) {
    let mut problems = Vec::new();
    let mut terms = ServiceTerms::default();
    let Some(attributes) = files.get("attributes.csv") else {
        return (terms, problems);
    };
    let mut taxonomy_names: HashMap<String, String> = HashMap::new();
    if let Some((header, rows)) = table(files.get("taxonomies.csv"), &["id", "name"], &mut problems)
    {
        for row in &rows {
            taxonomy_names.insert(cell(&header, row, "id"), cell(&header, row, "name"));
        }
    }
    let mut known: HashMap<String, Term> = HashMap::new();
    let term_files = table(
        files.get("taxonomy_terms.csv"),
        &["id", "name"],
        &mut problems,
    );
    if let Some((header, rows)) = term_files {
        for row in &rows {
            let taxonomy = match cell(&header, row, "taxonomy_id") {
                id if !id.is_empty() => taxonomy_names.get(&id).cloned().unwrap_or(id),
                _ => cell(&header, row, "taxonomy"),
            };
            let term = Term {
                taxonomy,
                code: cell(&header, row, "code"),
                name: cell(&header, row, "name"),
            };
            known.insert(cell(&header, row, "id"), term);
        }
    }
    let links = table(
        Some(attributes),
        &["link_id", "taxonomy_term_id"],
        &mut problems,
    );
    let Some((header, rows)) = links else {
        return (terms, problems);
    };
    for row in &rows {
        // HSDS 3 links terms to other entities too (organizations, locations…).
        let entity = cell(&header, row, "link_entity");
        if !entity.is_empty() && !entity.eq_ignore_ascii_case("service") {
            continue;
        }
        let term_id = cell(&header, row, "taxonomy_term_id");
        match known.get(&term_id) {
            Some(term) => {
                let service = cell(&header, row, "link_id");
                terms.0.entry(service).or_default().push(term.clone());
            }
            None => problems.push(RowError {
                file: attributes.name.clone(),
                row: row.line,
                column: "taxonomy_term_id".into(),
                reason: format!("no taxonomy term \"{term_id}\" in taxonomy_terms.csv"),
            }),
        }
    }
    (terms, problems)
}

/// Gives `package` the terms of its services from the taxonomy `files`; bad rows and
/// links join `problems`.
pub fn attach(
    files: &HashMap<&str, SourceFile>,
    package: &mut Package,
    problems: &mut Vec<RowError>,
) {
    let (terms, bad) = read_terms(files);
    package.terms = terms;
    problems.extend(bad);
}

/// The header and rows of `file`, or `None` (with the problems) when it is absent, cannot
/// be read or lacks one of `required`.
fn table(
    file: Option<&SourceFile>,
    required: &[&str],
    problems: &mut Vec<RowError>,
) -> Option<(Vec<String>, Vec<CsvRow>)> {
    let file = file?;
    match read_csv(file) {
        Ok((header, rows)) => {
            let missing = missing_columns(file, &header, required.iter().copied());
            if missing.is_empty() {
                return Some((header, rows));
            }
            problems.extend(missing);
            None
        }
        Err(problem) => {
            problems.push(problem);
            None
        }
    }
}

/// The trimmed cell of `column`; empty when the file has no such column.
fn cell(header: &[String], row: &CsvRow, column: &str) -> String {
    header
        .iter()
        .position(|h| h == column)
        .and_then(|p| row.cells.get(p))
        .unwrap_or("")
        .trim()
        .to_string()
}
