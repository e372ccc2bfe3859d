//! The organisers' flat CSV: one row per service and place, the columns a spreadsheet
//! needs and no more. Each row becomes the HSDS rows it stands for, with ids derived from
//! the row's `id`, so that re-importing the same sheet updates instead of duplicating.

use std::collections::HashMap;

use super::cells::{LOCALES, parse_cell, parse_country, parse_language, parse_time_zone};
use super::hours::{Hours, format_time, parse_short_form};
use super::package::{Package, Record, Value};
use super::problems::{RowError, SourceFile, missing_columns, read_csv};
use super::schema::{Column, INTERPRETER_NOTE, Kind, Table};
use crate::engine::Coordinates;

/// The columns, in template order, with what goes in them (README and the template file
/// say the same). `name_LOCALE` and `description_LOCALE` (it, es, el, fr, ar, fa, uk, en)
/// carry translations.
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
    let mut problems = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut organizations: HashMap<String, Record> = HashMap::new();
    for row in rows {
        let cells = Cells {
            positions: &positions,
            row: &row.cells,
        };
        let mut parsed = FlatRow::read(&cells, &file.name);
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

/// The cells of one row, by column name (absent columns read as empty).
struct Cells<'a> {
    positions: &'a HashMap<&'a str, usize>,
    row: &'a csv::StringRecord,
}

impl<'a> Cells<'a> {
    fn get(&self, name: &str) -> &'a str {
        self.positions
            .get(name)
            .and_then(|&p| self.row.get(p))
            .unwrap_or("")
            .trim()
    }
}

/// One row, checked.
struct FlatRow {
    id: String,
    organization: String,
    service: Record,
    location: Option<(Record, Record)>,
    phones: Vec<String>,
    hours: Vec<Hours>,
    time_zone: Option<String>,
    languages: Vec<(String, bool)>,
    areas: Vec<String>,
    translations: Vec<(String, String, Option<String>)>,
    problems: Vec<(String, String)>,
}

impl FlatRow {
    fn problem(&mut self, column: &str, reason: String) {
        self.problems.push((column.to_string(), reason));
    }

    fn read(cells: &Cells, file_name: &str) -> FlatRow {
        let cell = |name: &str| cells.get(name);
        let mut row = FlatRow {
            id: cell("id").to_string(),
            organization: String::new(),
            service: Record(Vec::new()),
            location: None,
            phones: Vec::new(),
            hours: Vec::new(),
            time_zone: None,
            languages: Vec::new(),
            areas: Vec::new(),
            translations: Vec::new(),
            problems: Vec::new(),
        };
        // Checks a cell with the rules of an HSDS column, reported under the flat name.
        let checked = |row: &mut FlatRow, flat: &'static str, kind: Kind, required: bool| {
            let column = Column {
                name: flat,
                kind,
                required,
            };
            match parse_cell(&column, cell(flat)) {
                Ok(value) => value,
                Err(reason) => {
                    row.problem(flat, reason);
                    Value::Text(None)
                }
            }
        };
        let id = checked(&mut row, "id", Kind::Text, true);
        let name = checked(&mut row, "name", Kind::Text, true);
        let category = checked(&mut row, "category", Kind::Category, true);
        let free = checked(&mut row, "free", Kind::Flag, false);
        let example = checked(&mut row, "example", Kind::Flag, false);
        let latitude = checked(&mut row, "latitude", Kind::Latitude, false);
        let longitude = checked(&mut row, "longitude", Kind::Longitude, false);
        let mut country = checked(&mut row, "country", Kind::Country, false);
        let source = match cell("source") {
            "" => file_name.to_string(),
            given => given.to_string(),
        };
        row.organization = match cell("organization") {
            "" => name.as_text().unwrap_or("").to_string(),
            given => given.to_string(),
        };
        row.service = record(
            Table::Services,
            &[
                ("id", id),
                (
                    "organization_id",
                    text(&organization_id(&row.organization, &row.id)),
                ),
                ("name", name),
                ("description", optional(cell("description"))),
                ("url", optional(cell("url"))),
                ("email", optional(cell("email"))),
                ("category", category),
                ("free", free),
                ("source", text(&source)),
                ("example", example),
            ],
        );
        let given = (cell("latitude").is_empty(), cell("longitude").is_empty());
        let point = match (latitude.as_real(), longitude.as_real()) {
            (Some(lat), Some(lon)) => Coordinates::new(lat, lon).ok(),
            (Some(_), None) if given.1 => {
                row.problem("longitude", "required with a latitude".into());
                None
            }
            (None, Some(_)) if given.0 => {
                row.problem("latitude", "required with a longitude".into());
                None
            }
            _ => None,
        };
        if country.as_text().is_none() {
            let guessed = point.and_then(|p| p.country()).map(str::to_string);
            country = Value::Text(guessed);
        }
        let has_address = ["address", "city"].iter().any(|c| !cell(c).is_empty());
        if point.is_some() || has_address {
            let location = record(
                Table::Locations,
                &[
                    ("id", text(&row.id)),
                    (
                        "organization_id",
                        text(&organization_id(&row.organization, &row.id)),
                    ),
                    ("latitude", latitude),
                    ("longitude", longitude),
                ],
            );
            let address = record(
                Table::Addresses,
                &[
                    ("id", text(&row.id)),
                    ("location_id", text(&row.id)),
                    ("address_1", optional(cell("address"))),
                    ("city", optional(cell("city"))),
                    ("state_province", optional(cell("region"))),
                    ("postal_code", optional(cell("postal_code"))),
                    ("country", country.clone()),
                ],
            );
            row.location = Some((location, address));
        }
        for number in list(cell("phones")) {
            match super::cells::parse_phone(number) {
                Ok(number) => row.phones.push(number),
                Err(reason) => row.problem("phones", reason),
            }
        }

        for (column, interpreter) in [("languages", false), ("interpreter_languages", true)] {
            for code in list(cell(column)) {
                match parse_language(code) {
                    Ok(code) if row.languages.iter().any(|(c, _)| *c == code) => {}
                    Ok(code) => row.languages.push((code, interpreter)),
                    Err(reason) => row.problem(column, reason),
                }
            }
        }
        for area in list(cell("service_area")) {
            match parse_country(area) {
                Ok(country) => row.areas.push(country),
                Err(reason) => row.problem("service_area", reason),
            }
        }
        // A national line's hours are in its country's time zone.
        let zone_country = match row.areas.as_slice() {
            [only] => Some(only.as_str()),
            _ => country.as_text(),
        };
        let default_zone = zone_country.and_then(|c| country_time_zone(c, point));
        row.read_hours(cell("hours"), cell("timezone"), default_zone);
        for locale in LOCALES {
            let name = cell(&format!("name_{locale}")).to_string();
            let description = cell(&format!("description_{locale}")).to_string();
            if name.is_empty() && description.is_empty() {
                continue;
            }
            let name = match name.is_empty() {
                true => cell("name").to_string(),
                false => name,
            };
            let description = (!description.is_empty()).then_some(description);
            row.translations
                .push((locale.to_string(), name, description));
        }
        row
    }

    fn read_hours(&mut self, hours: &str, zone: &str, default_zone: Option<&str>) {
        if hours.is_empty() {
            return;
        }
        match parse_short_form(hours) {
            Some(parsed) => self.hours = parsed,
            None => self.problem(
                "hours",
                format!(
                    "malformed hours \"{hours}\": use e.g. \"Mo-Fr 09:00-17:00; Sa 09:00-13:00\" or \"24/7\""
                ),
            ),
        }
        let zone = match (zone, default_zone) {
            ("", Some(default)) => default.to_string(),
            ("", None) => {
                self.problem(
                    "timezone",
                    "required with hours when the country is not it, es or gr".into(),
                );
                return;
            }
            (given, _) => given.to_string(),
        };
        match parse_time_zone(&zone) {
            Ok(zone) => self.time_zone = Some(zone),
            Err(reason) => self.problem("timezone", reason),
        }
    }

    fn organization_record(&self) -> Record {
        let service = &self.service;
        record(
            Table::Organizations,
            &[
                ("id", text(&organization_id(&self.organization, &self.id))),
                ("name", text(&self.organization)),
                (
                    "source",
                    service.0[Table::Services.position("source")].clone(),
                ),
                (
                    "example",
                    service.0[Table::Services.position("example")].clone(),
                ),
            ],
        )
    }

    fn push_records(self, package: &mut Package) {
        let id = self.id;
        let location_id = self.location.as_ref().map(|_| text(&id));
        let service_id = || text(&id);
        package.push(Table::Services, self.service);
        if let Some((location, address)) = self.location {
            package.push(Table::Locations, location);
            package.push(Table::Addresses, address);
            let at = [
                ("id", text(&id)),
                ("service_id", service_id()),
                ("location_id", text(&id)),
            ];
            package.push(
                Table::ServiceAtLocation,
                record(Table::ServiceAtLocation, &at),
            );
        }
        let location = || location_id.clone().unwrap_or(Value::Text(None));
        for (n, number) in self.phones.into_iter().enumerate() {
            let phone = [
                ("id", text(&format!("{id}/phone/{}", n + 1))),
                ("service_id", service_id()),
                ("location_id", location()),
                ("number", text(&number)),
            ];
            package.push(Table::Phones, record(Table::Phones, &phone));
        }
        if let Some(zone) = &self.time_zone {
            for (n, hours) in self.hours.iter().enumerate() {
                let schedule = [
                    ("id", text(&format!("{id}/hours/{}", n + 1))),
                    ("service_id", service_id()),
                    ("location_id", location()),
                    ("byday", text(&hours.days.to_ical())),
                    ("opens_at", text(&format_time(hours.opens))),
                    ("closes_at", text(&format_time(hours.closes))),
                    ("timezone", text(zone)),
                ];
                package.push(Table::Schedules, record(Table::Schedules, &schedule));
            }
        }
        for (code, interpreter) in self.languages {
            let note = interpreter.then(|| INTERPRETER_NOTE.to_string());
            let language = [
                ("id", text(&format!("{id}/language/{code}"))),
                ("service_id", service_id()),
                ("code", text(&code)),
                ("note", Value::Text(note)),
            ];
            package.push(Table::Languages, record(Table::Languages, &language));
        }
        for country in self.areas {
            let area = [
                ("id", text(&format!("{id}/area/{country}"))),
                ("service_id", service_id()),
                ("country", text(&country)),
            ];
            package.push(Table::ServiceAreas, record(Table::ServiceAreas, &area));
        }
        for (locale, name, description) in self.translations {
            let translation = [
                ("id", text(&format!("{id}/{locale}"))),
                ("service_id", service_id()),
                ("locale", text(&locale)),
                ("name", text(&name)),
                ("description", Value::Text(description)),
            ];
            package.push(
                Table::Translations,
                record(Table::Translations, &translation),
            );
        }
    }
}

/// A record of `table` with the given cells, the others empty.
pub(crate) fn record(table: Table, cells: &[(&str, Value)]) -> Record {
    let mut values: Vec<Value> = table
        .columns()
        .iter()
        .map(|c| Value::empty(c.kind.storage()))
        .collect();
    for (name, value) in cells {
        values[table.position(name)] = value.clone();
    }
    Record(values)
}

fn text(s: &str) -> Value {
    Value::Text(Some(s.to_string()))
}

fn optional(s: &str) -> Value {
    Value::Text((!s.is_empty()).then(|| s.to_string()))
}

fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// `org-` and the organisation's name in lower-case ASCII; the row id when the name has
/// no ASCII letters (a Greek or Arabic name), so that ids stay stable and readable.
fn organization_id(organization: &str, row_id: &str) -> String {
    let mut slug = String::new();
    for c in organization.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    match slug.is_empty() {
        true => format!("org-{row_id}"),
        false => format!("org-{slug}"),
    }
}

/// The time zone of a country we cover. Spain's Canary Islands are an hour behind the
/// mainland: told apart by longitude when the row has coordinates.
fn country_time_zone(country: &str, point: Option<Coordinates>) -> Option<&'static str> {
    match country {
        "it" => Some("Europe/Rome"),
        "es" if point.is_some_and(|p| p.longitude() < -12.0) => Some("Atlantic/Canary"),
        "es" => Some("Europe/Madrid"),
        "gr" => Some("Europe/Athens"),
        _ => None,
    }
}
