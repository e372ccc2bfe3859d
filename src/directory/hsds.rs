//! Reading and writing an HSDS 3 CSV data package: one file per table, HSDS column names;
//! columns we do not use are ignored on import.

use std::collections::{HashMap, HashSet};

use super::cells::parse_cell;
use super::package::{Package, Record, Value};
use super::problems::{RowError, SourceFile, missing_columns, read_csv};
use super::schema::{Kind, Table};

/// Reads the files of a package (any subset of the tables; `services.csv` at least) into
/// checked rows, and the problems of the rows left out. A row that refers to a missing or
/// rejected row is left out too. Empty `source` cells become `default_source`.
pub fn read_package(
    files: &HashMap<Table, SourceFile>,
    default_source: &str,
) -> (Package, Vec<RowError>) {
    let mut package = Package::default();
    let mut problems = Vec::new();
    // The ids accepted so far, per table, for references.
    let mut accepted: HashMap<Table, HashSet<String>> = HashMap::new();
    for table in Table::ALL {
        let Some(file) = files.get(&table) else {
            continue;
        };
        let (header, rows) = match read_csv(file) {
            Ok(read) => read,
            Err(problem) => {
                problems.push(problem);
                continue;
            }
        };
        let required = table
            .columns()
            .iter()
            .filter(|c| c.required)
            .map(|c| c.name);
        let missing = missing_columns(file, &header, required);
        if !missing.is_empty() {
            problems.extend(missing);
            continue;
        }
        let positions: Vec<Option<usize>> = table
            .columns()
            .iter()
            .map(|c| header.iter().position(|h| h == c.name))
            .collect();
        let mut first_line: HashMap<String, u64> = HashMap::new();
        for row in rows {
            let mut row_problems = Vec::new();
            let mut problem = |column: &str, reason: String| {
                row_problems.push(RowError {
                    file: file.name.clone(),
                    row: row.line,
                    column: column.to_string(),
                    reason,
                })
            };
            let mut cells = Vec::with_capacity(positions.len());
            let mut unreadable = false;
            for (column, position) in table.columns().iter().zip(&positions) {
                let raw = position.and_then(|p| row.cells.get(p)).unwrap_or("");
                match parse_cell(column, raw) {
                    Ok(value) => {
                        if let (Kind::Ref(parent), Some(id)) = (column.kind, value.as_text()) {
                            let known = accepted.get(&parent).is_some_and(|ids| ids.contains(id));
                            if !known {
                                problem(
                                    column.name,
                                    format!(
                                        "no {} \"{id}\" in {} (missing or rejected)",
                                        singular(parent),
                                        parent.file_name()
                                    ),
                                );
                            }
                        }
                        cells.push(value);
                    }
                    Err(reason) => {
                        unreadable = true;
                        problem(column.name, reason);
                        cells.push(Value::Text(None));
                    }
                }
            }
            // Only when both cells read: a bad latitude is one problem, not two.
            if table == Table::Locations && !unreadable {
                check_both_coordinates(&cells, &mut problem);
            }
            let id = cells[0].as_text().unwrap_or("").to_string();
            if let Some(first) = first_line.get(&id) {
                problem(
                    "id",
                    format!("duplicate id \"{id}\" (first on row {first})"),
                );
            }
            if row_problems.is_empty() {
                first_line.insert(id.clone(), row.line);
                accepted.entry(table).or_default().insert(id);
                let mut record = Record(cells);
                fill_source(table, &mut record, default_source);
                package.push(table, record);
            } else {
                problems.extend(row_problems);
            }
        }
    }
    (package, problems)
}

/// Writes each table as `NAME.csv` text, with every column of [`Table::columns`].
pub fn write_package(package: &Package) -> Result<Vec<(String, Vec<u8>)>, csv::Error> {
    let mut files = Vec::new();
    for table in Table::ALL {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(table.columns().iter().map(|c| c.name))?;
        for record in package.rows(table) {
            writer.write_record(record.0.iter().map(Value::to_csv))?;
        }
        let bytes = writer
            .into_inner()
            .map_err(|e| csv::Error::from(e.into_error()))?;
        files.push((table.file_name(), bytes));
    }
    Ok(files)
}

fn singular(table: Table) -> &'static str {
    match table {
        Table::Organizations => "organization",
        Table::Services => "service",
        Table::Locations => "location",
        other => other.name(),
    }
}

/// A point needs both; one alone is a typo, not a place.
fn check_both_coordinates(cells: &[Value], problem: &mut impl FnMut(&str, String)) {
    let latitude = cells[Table::Locations.position("latitude")].as_real();
    let longitude = cells[Table::Locations.position("longitude")].as_real();
    match (latitude, longitude) {
        (Some(_), None) => problem("longitude", "required with a latitude".into()),
        (None, Some(_)) => problem("latitude", "required with a longitude".into()),
        _ => {}
    }
}

pub(crate) fn fill_source(table: Table, record: &mut Record, default_source: &str) {
    if matches!(table, Table::Organizations | Table::Services) {
        let source = &mut record.0[table.position("source")];
        if source.as_text().is_none() {
            *source = Value::Text(Some(default_source.to_string()));
        }
    }
}
