//! The HSDS rows a checked flat row stands for, with ids derived from the row's `id`.

use super::row::{FlatRow, organization_id};
use crate::directory::package::{Package, Record, Value};
use crate::directory::schema::{INTERPRETER_NOTE, Table};
use crate::hours::format_time;

impl FlatRow {
    pub(super) fn organization_record(&self) -> Record {
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

    pub(super) fn push_records(self, package: &mut Package) {
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

pub(super) fn text(s: &str) -> Value {
    Value::Text(Some(s.to_string()))
}

pub(super) fn optional(s: &str) -> Value {
    Value::Text((!s.is_empty()).then(|| s.to_string()))
}
