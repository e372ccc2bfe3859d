//! What was wrong with a row, located so that an organiser can open the file and fix it.

use std::fmt;

/// `FILE:ROW: column COLUMN: reason`. ROW is the line in the file, the header being line 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub file: String,
    pub row: u64,
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: column {}: {}",
            self.file, self.row, self.column, self.reason
        )
    }
}

/// A CSV file, read whole: its name (path or URL, for messages) and its bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// One data row of a CSV file, with its line number.
pub struct CsvRow {
    pub line: u64,
    pub cells: csv::StringRecord,
}

/// The header and rows of a CSV file, or the reason it cannot be read at all (reported
/// as a problem with row 1, so that one broken file does not stop the others).
pub fn read_csv(file: &SourceFile) -> Result<(Vec<String>, Vec<CsvRow>), RowError> {
    let unreadable = |row: u64, reason: String| RowError {
        file: file.name.clone(),
        row,
        column: "-".into(),
        reason,
    };
    // A spreadsheet's UTF-8 export may start with a byte order mark.
    let bytes = file
        .bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&file.bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| unreadable(1, format!("cannot read the header: {e}")))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut rows = Vec::new();
    for result in reader.records() {
        match result {
            Ok(cells) => rows.push(CsvRow {
                line: cells.position().map_or(0, |p| p.line()),
                cells,
            }),
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                return Err(unreadable(line, format!("not valid CSV: {e}")));
            }
        }
    }
    Ok((header, rows))
}

/// One problem per required column the header lacks (on row 1): a file without an `id`
/// column is one mistake, not one per row.
pub fn missing_columns<'a>(
    file: &SourceFile,
    header: &[String],
    required: impl IntoIterator<Item = &'a str>,
) -> Vec<RowError> {
    required
        .into_iter()
        .filter(|column| !header.iter().any(|h| h == column))
        .map(|column| RowError {
            file: file.name.clone(),
            row: 1,
            column: column.to_string(),
            reason: "missing from the header".into(),
        })
        .collect()
}
