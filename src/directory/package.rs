//! A directory as rows of the HSDS tables, checked and in canonical form: what an import
//! produces, the store keeps and an export writes.

use super::schema::{Storage, Table};
use super::taxonomy::ServiceTerms;

/// One checked cell.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(Option<String>),
    Real(Option<f64>),
    Flag(bool),
}

impl Value {
    pub fn empty(storage: Storage) -> Value {
        match storage {
            Storage::Text => Value::Text(None),
            Storage::Real => Value::Real(None),
            Storage::Integer => Value::Flag(false),
        }
    }

    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => text.as_deref(),
            _ => None,
        }
    }

    pub fn as_real(&self) -> Option<f64> {
        match self {
            Value::Real(real) => *real,
            _ => None,
        }
    }

    pub fn as_flag(&self) -> bool {
        matches!(self, Value::Flag(true))
    }

    /// The cell as written in a CSV file.
    pub fn to_csv(&self) -> String {
        match self {
            Value::Text(text) => text.clone().unwrap_or_default(),
            Value::Real(Some(real)) => real.to_string(),
            Value::Real(None) => String::new(),
            Value::Flag(flag) => flag.to_string(),
        }
    }
}

/// One row, its cells in the order of [`Table::columns`].
#[derive(Debug, Clone, PartialEq)]
pub struct Record(pub Vec<Value>);

impl Record {
    pub fn id(&self) -> &str {
        self.0.first().and_then(Value::as_text).unwrap_or("")
    }

    pub fn text(&self, table: Table, column: &str) -> Option<&str> {
        self.0[table.position(column)].as_text()
    }

    pub fn real(&self, table: Table, column: &str) -> Option<f64> {
        self.0[table.position(column)].as_real()
    }

    pub fn flag(&self, table: Table, column: &str) -> bool {
        self.0[table.position(column)].as_flag()
    }
}

/// Rows of every table.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Package {
    tables: [Vec<Record>; Table::ALL.len()],
    /// The taxonomy terms of its services, when its source has them: read to give each
    /// service a category (see `classify`), never stored.
    pub terms: ServiceTerms,
    /// When an import last confirmed each service (Unix seconds), as the store keeps it:
    /// loaded with the directory, never read from a file.
    pub confirmed: std::collections::HashMap<String, i64>,
}

impl Package {
    pub fn rows(&self, table: Table) -> &[Record] {
        &self.tables[table.index()]
    }

    pub fn rows_mut(&mut self, table: Table) -> &mut Vec<Record> {
        &mut self.tables[table.index()]
    }

    /// Takes the rows of `table` out.
    pub fn take(&mut self, table: Table) -> Vec<Record> {
        std::mem::take(&mut self.tables[table.index()])
    }

    pub fn push(&mut self, table: Table, record: Record) {
        self.tables[table.index()].push(record);
    }

    /// Adds every row of `other`; a row of `other` replaces a row of `self` with the same
    /// id, as a second import would (the same organisation in two sheets). Rows read from
    /// one file are unique already, so a single-file import never pays for this.
    pub fn merge(&mut self, other: Package) {
        for (mine, theirs) in self.tables.iter_mut().zip(other.tables) {
            if !mine.is_empty() {
                let replaced: std::collections::HashSet<&str> =
                    theirs.iter().map(Record::id).collect();
                mine.retain(|row| !replaced.contains(row.id()));
            }
            mine.extend(theirs);
        }
    }

    pub fn service_count(&self) -> usize {
        self.rows(Table::Services).len()
    }

    /// Rows sorted by id, so that two packages with the same content compare equal.
    pub fn sorted(mut self) -> Package {
        for rows in &mut self.tables {
            rows.sort_by(|a, b| a.id().cmp(b.id()));
        }
        self
    }
}
