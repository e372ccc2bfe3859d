//! The organisers' flat CSV: one row per service and place, the columns a spreadsheet
//! needs and no more. Each row becomes the HSDS rows it stands for, with ids derived from
//! the row's `id`, so that re-importing the same sheet updates instead of duplicating.

use std::collections::HashMap;

mod records;
mod row;

use super::cells::parse_locale;
use super::package::{Package, Record};
use super::problems::{RowError, SourceFile, missing_columns, read_csv};
use super::schema::Table;
use row::FlatRow;

/// The columns, in template order, with what goes in them (README and the template file
/// say the same). `name_LOCALE` and `description_LOCALE` carry translations, for any
/// language tag (see [`translation_columns`]).
pub const FLAT_COLUMNS: [(&str, &str); 23] = [
    (
        "id",
        "required; a stable id of your choice, unique in the file (e.g. mn-avc-1)",
    ),
    ("organization", "who runs it (defaults to the name)"),
    ("name", "required"),
    ("description", ""),
    ("category", "required; one of the category codes"),
    ("free", "true or false"),
    ("phones", "one or more, separated by ;"),
    (
        "hours",
        "e.g. Mo-Fr 09:00-13:00,14:00-18:00; Sa 09:00-12:00, or 24/7",
    ),
    (
        "timezone",
        "IANA name; defaults to the country's (Europe/Rome, Europe/Madrid, Europe/Athens)",
    ),
    (
        "languages",
        "ISO 639-1 codes spoken by staff, separated by ;",
    ),
    (
        "interpreter_languages",
        "ISO 639-1 codes available through an interpreter",
    ),
    ("address", ""),
    ("city", ""),
    ("region", "province or region"),
    ("postal_code", ""),
    ("country", "ISO 3166-1 alpha-2: it, es, gr"),
    ("latitude", "decimal degrees, e.g. 45.1564"),
    ("longitude", "decimal degrees, e.g. 10.7914"),
    (
        "service_area",
        "countries served by a service without a place (e.g. a national helpline), separated by ;",
    ),
    ("url", ""),
    ("email", ""),
    (
        "source",
        "where the information comes from (defaults to the file name)",
    ),
    (
        "example",
        "true for demonstration data, never shown as real",
    ),
];

/// Reads a flat file into HSDS rows and the problems of the rows left out.
pub fn read_flat(file: &SourceFile) -> (Package, Vec<RowError>) {
    let mut package = Package::default();
    let (header, rows) = match read_csv(file) {
        Ok(read) => read,
        Err(problem) => return (package, vec![problem]),
    };
    let missing = missing_columns(file, &header, ["id", "name", "category"]);
    if !missing.is_empty() {
        return (package, missing);
    }
    let positions: HashMap<&str, usize> = header
        .iter()
        .enumerate()
        .map(|(i, h)| (h.as_str(), i))
        .collect();
    let translated = translation_columns(&header);
    let mut problems = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut organizations: HashMap<String, Record> = HashMap::new();
    for row in rows {
        let cells = Cells {
            positions: &positions,
            row: &row.cells,
        };
        let mut parsed = FlatRow::read(&cells, &file.name, &translated);
        if let Some(first) = first_line.get(&parsed.id) {
            parsed.problem(
                "id",
                format!("duplicate id \"{}\" (first on row {first})", parsed.id),
            );
        }
        if !parsed.problems.is_empty() {
            problems.extend(
                parsed
                    .problems
                    .into_iter()
                    .map(|(column, reason)| RowError {
                        file: file.name.clone(),
                        row: row.line,
                        column,
                        reason,
                    }),
            );
            continue;
        }
        first_line.insert(parsed.id.clone(), row.line);
        let organization = parsed.organization_record();
        organizations.insert(organization.id().to_string(), organization);
        parsed.push_records(&mut package);
    }
    let mut organizations: Vec<Record> = organizations.into_values().collect();
    organizations.sort_by(|a, b| a.id().cmp(b.id()));
    *package.rows_mut(Table::Organizations) = organizations;
    (package, problems)
}

/// The translation columns of a header: `name_LOCALE` and `description_LOCALE` for any
/// language tag ([`parse_locale`]), so that a new locale folder needs no code change.
/// Each language once, in header order, as (the column's suffix, the canonical tag):
/// `name_pt-br` is Brazilian Portuguese, `pt-BR`. Other columns are not translations.
fn translation_columns(header: &[String]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = Vec::new();
    for column in header {
        let suffix = match column.strip_prefix("name_") {
            Some(suffix) => suffix,
            None => match column.strip_prefix("description_") {
                Some(suffix) => suffix,
                None => continue,
            },
        };
        let Ok(locale) = parse_locale(suffix) else {
            continue;
        };
        if !found.iter().any(|(_, known)| *known == locale) {
            found.push((suffix.to_string(), locale));
        }
    }
    found
}

/// The cells of one row, by column name (absent columns read as empty).
pub(super) struct Cells<'a> {
    positions: &'a HashMap<&'a str, usize>,
    row: &'a csv::StringRecord,
}

impl<'a> Cells<'a> {
    pub(super) fn get(&self, name: &str) -> &'a str {
        self.positions
            .get(name)
            .and_then(|&p| self.row.get(p))
            .unwrap_or("")
            .trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A header as `read_csv` gives it: trimmed, lower case.
    fn header(columns: &str) -> Vec<String> {
        columns.split(',').map(str::to_string).collect()
    }

    #[test]
    fn translation_columns_are_any_language_tag_in_header_order() {
        let found = translation_columns(&header(
            "id,name,description,name_ti,description_ur,name_ur,name_pt-br,name_en,\
             name_short,description_long,name_,names_it",
        ));
        let found: Vec<(&str, &str)> = found
            .iter()
            .map(|(suffix, tag)| (suffix.as_str(), tag.as_str()))
            .collect();
        assert_eq!(
            found,
            [("ti", "ti"), ("ur", "ur"), ("pt-br", "pt-BR"), ("en", "en")]
        );
    }

    #[test]
    fn a_row_is_translated_into_a_language_no_code_lists() {
        let file = SourceFile {
            name: "new.csv".into(),
            bytes: "id,name,category,name_ti,description_ti,description_ro,name_pt-BR\n\
                    line-1,Helpline,helpline,ሓገዝ,ንደቀንስትዮ,Pentru femei,Linha de apoio\n"
                .as_bytes()
                .to_vec(),
        };
        let (package, problems) = read_flat(&file);
        assert!(problems.is_empty(), "{problems:?}");
        let translations: Vec<(&str, &str, Option<&str>)> = package
            .rows(Table::Translations)
            .iter()
            .map(|r| {
                (
                    r.text(Table::Translations, "locale").unwrap_or_default(),
                    r.text(Table::Translations, "name").unwrap_or_default(),
                    r.text(Table::Translations, "description"),
                )
            })
            .collect();
        assert_eq!(
            translations,
            [
                ("ti", "ሓገዝ", Some("ንደቀንስትዮ")),
                // A description alone keeps the name as written.
                ("ro", "Helpline", Some("Pentru femei")),
                ("pt-BR", "Linha de apoio", None),
            ]
        );
    }
}
