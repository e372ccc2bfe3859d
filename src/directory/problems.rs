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
    // Whatever a spreadsheet saved (UTF-8 with a mark, UTF-16, Windows-1252; commas,
    // semicolons or tabs), read as UTF-8 CSV. Line numbers stay those of the file.
    let (text, _) = super::encoding::to_utf8(&file.bytes);
    let bytes: &[u8] = &text;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .comment(Some(b'#'))
        .delimiter(super::encoding::separator(bytes))
        .from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| unreadable(1, format!("cannot read the header: {e}")))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut rows = Vec::new();
    let mut lines = EditorLines::new(bytes);
    for result in reader.records() {
        match result {
            Ok(cells) => rows.push(CsvRow {
                line: cells.position().map_or(0, |p| lines.at(p.byte())),
                cells,
            }),
            Err(e) => {
                let line = e.position().map_or(0, |p| lines.at(p.byte()));
                return Err(unreadable(line, format!("not valid CSV: {e}")));
            }
        }
    }
    Ok((header, rows))
}

/// Line numbers as an editor shows them: 1 + the line breaks before a row's first
/// character. The csv crate's own count is off after a CRLF line end, a comment line or
/// a blank line (a row was reported one line early or more), and the byte where it says
/// a row starts may be the rest of the line end before it, or the comments and blank
/// lines it skipped: those are stepped over here.
struct EditorLines<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: u64,
}

impl<'a> EditorLines<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        EditorLines {
            bytes,
            counted_to: 0,
            line: 1,
        }
    }

    /// The line of the row the csv crate places at byte `offset`; offsets are asked in
    /// increasing order.
    fn at(&mut self, offset: u64) -> u64 {
        let mut offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.bytes.len());
        // Line ends, blank lines and `#` comment lines before the row's first character.
        loop {
            match self.bytes.get(offset) {
                Some(b'\r' | b'\n') => offset += 1,
                Some(b'#') => {
                    offset = match self.bytes[offset..].iter().position(|b| *b == b'\n') {
                        Some(end) => offset + end + 1,
                        None => self.bytes.len(),
                    }
                }
                _ => break,
            }
        }
        if offset < self.counted_to {
            self.counted_to = 0;
            self.line = 1;
        }
        // A line ends at `\n`, and at a `\r` that no `\n` follows (old Mac files).
        let breaks = (self.counted_to..offset)
            .filter(|&i| match self.bytes[i] {
                b'\n' => true,
                b'\r' => self.bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            })
            .count();
        self.line += breaks as u64;
        self.counted_to = offset;
        self.line
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<u64> {
        let file = SourceFile {
            name: "t.csv".into(),
            bytes: text.as_bytes().to_vec(),
        };
        read_csv(&file).unwrap().1.iter().map(|r| r.line).collect()
    }

    #[test]
    fn rows_are_numbered_as_an_editor_shows_them() {
        assert_eq!(lines_of("id,name\n1,a\n2,b\n"), vec![2, 3]);
        // A quoted field over two lines: the next row starts on line 4.
        assert_eq!(lines_of("id,name\n1,\"a\nb\"\n2,c\n"), vec![2, 4]);
        assert_eq!(lines_of("id,name\r\n1,\"a\r\nb\"\r\n2,c\r\n"), vec![2, 4]);
        assert_eq!(lines_of("id,name\r1,\"a\rb\"\r2,c\r"), vec![2, 4]);
        // Comment lines and blank lines count; a byte order mark does not shift anything.
        assert_eq!(lines_of("#note\nid,name\n#x\n\n1,a\n"), vec![5]);
        assert_eq!(lines_of("\u{feff}id,name\n1,a\n"), vec![2]);
    }

    #[test]
    fn a_file_that_is_not_utf8_is_read_as_windows_1252_on_its_editor_lines() {
        // Once a broken row (invalid UTF-8); now the Windows-1252 that spreadsheets write.
        let file = SourceFile {
            name: "t.csv".into(),
            bytes: b"id,name\n1,\"a\nb\"\n2,Caf\xe9\n".to_vec(),
        };
        let (_, rows) = read_csv(&file).expect("read");
        let lines: Vec<u64> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 4]);
        assert_eq!(&rows[1].cells[1], "Café");
    }
}
