//! One row of the flat CSV, checked cell by cell under the flat column names.

use super::Cells;
use super::records::{optional, record, text};
use crate::directory::cells::{parse_cell, parse_country, parse_language, parse_time_zone};
use crate::directory::package::{Record, Value};
use crate::directory::schema::{Column, Kind, Table};
use crate::geo::Coordinates;
use crate::hours::{Hours, parse_short_form};

/// One row, checked.
pub(super) struct FlatRow {
    pub(super) id: String,
    pub(super) organization: String,
    pub(super) service: Record,
    pub(super) location: Option<(Record, Record)>,
    pub(super) phones: Vec<String>,
    pub(super) hours: Vec<Hours>,
    pub(super) time_zone: Option<String>,
    pub(super) languages: Vec<(String, bool)>,
    pub(super) areas: Vec<String>,
    pub(super) translations: Vec<(String, String, Option<String>)>,
    pub(super) problems: Vec<(String, String)>,
}

impl FlatRow {
    pub(super) fn problem(&mut self, column: &str, reason: String) {
        self.problems.push((column.to_string(), reason));
    }

    /// Reads a row; `translated` are the file's translation columns, as
    /// [`super::translation_columns`] finds them.
    pub(super) fn read(cells: &Cells, file_name: &str, translated: &[(String, String)]) -> FlatRow {
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
            match crate::directory::cells::parse_phone(number) {
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
        for (suffix, locale) in translated {
            let name = cell(&format!("name_{suffix}")).to_string();
            let description = cell(&format!("description_{suffix}")).to_string();
            if name.is_empty() && description.is_empty() {
                continue;
            }
            let name = match name.is_empty() {
                true => cell("name").to_string(),
                false => name,
            };
            let description = (!description.is_empty()).then_some(description);
            row.translations.push((locale.clone(), name, description));
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
}

fn list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|s| !s.is_empty())
}

/// `org-` and the organisation's name in lower-case ASCII; the row id when the name has
/// no ASCII letters (a Greek or Arabic name), so that ids stay stable and readable.
pub(super) fn organization_id(organization: &str, row_id: &str) -> String {
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
