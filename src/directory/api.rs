//! An HSDS 3 API as a source: `BASE/services` answers pages of services (`contents`, with
//! `total_pages` or `last_page`), each fully nested with `full=true`: its organization,
//! phones, schedules, languages, service areas, taxonomy attributes, and its locations
//! (`service_at_locations`, each with the location, its addresses, phones and schedules).
//! A service that comes without its nested parts is fetched whole from `BASE/services/ID`.
//!
//! The nested services are laid out as the tables of a package (each nested row given the
//! id of what it belongs to) and read as CSV files are, with the same checks: a bad row
//! is reported as `BASE/services (table phones):LINE`, the header being line 1.

use std::collections::{BTreeMap, HashSet};

use serde_json::{Map, Value};

use super::datapackage::{Files, cell, rows_as_csv, target_of};

/// Pages read at most: far beyond any directory we know (100 services a page).
pub const MAX_PAGES: u32 = 1_000;
/// Services asked for per page.
pub const PER_PAGE: u32 = 100;

/// One page of `BASE/services`.
#[derive(Debug, Default)]
pub struct Page {
    pub services: Vec<Map<String, Value>>,
    /// No page after this one.
    pub last: bool,
    /// How many services the API says it has (`total_items`), if it says.
    pub total: Option<u64>,
}

/// Reads one page's JSON; `None` when it is not an HSDS page (no `contents` list).
pub fn page(body: &[u8], number: u32) -> Option<Page> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let object = value.as_object()?;
    let services: Vec<Map<String, Value>> = object
        .get("contents")?
        .as_array()?
        .iter()
        .filter_map(|s| s.as_object().cloned())
        .collect();
    let total_pages = object.get("total_pages").and_then(Value::as_u64);
    let last = object
        .get("last_page")
        .and_then(Value::as_bool)
        .unwrap_or(false)
        || total_pages.is_some_and(|total| u64::from(number) >= total)
        || services.is_empty()
        || object.get("empty").and_then(Value::as_bool) == Some(true);
    let total = object.get("total_items").and_then(Value::as_u64);
    Some(Page {
        services,
        last,
        total,
    })
}

/// Whether a listed service lacks what only the full service has (then it is fetched
/// from `BASE/services/ID`).
pub fn is_compact(service: &Map<String, Value>) -> bool {
    ["service_at_locations", "phones", "organization"]
        .iter()
        .all(|key| !service.contains_key(*key))
}

/// The tables of a package, built from nested services.
#[derive(Default)]
pub struct Tables {
    rows: BTreeMap<&'static str, Vec<Map<String, Value>>>,
    seen: HashSet<(&'static str, String)>,
}

/// The package tables and taxonomy files the nested services fill.
const TABLES: [&str; 12] = [
    "organizations",
    "services",
    "locations",
    "addresses",
    "service_at_location",
    "phones",
    "schedules",
    "languages",
    "service_areas",
    "taxonomies",
    "taxonomy_terms",
    "attributes",
];

impl Tables {
    /// Adds a row to `table` once per id (an organization or a location shared by several
    /// services comes once).
    fn add(&mut self, table: &'static str, row: Map<String, Value>) {
        let id = row.get("id").map(cell).unwrap_or_default();
        if !id.is_empty() && !self.seen.insert((table, id)) {
            return;
        }
        self.rows.entry(table).or_default().push(row);
    }

    /// Lays out one nested service.
    pub fn add_service(&mut self, service: &Map<String, Value>) {
        let service_id = service.get("id").map(cell).unwrap_or_default();
        let mut own = scalars(service);
        if let Some(organization) = service.get("organization").and_then(Value::as_object) {
            let organization_id = organization.get("id").map(cell).unwrap_or_default();
            own.entry("organization_id")
                .or_insert(Value::String(organization_id));
            self.add("organizations", scalars(organization));
        }
        self.add("services", own);
        let with = |row: &Map<String, Value>, links: &[(&str, &str)]| {
            let mut row = scalars(row);
            for (key, value) in links {
                row.insert(key.to_string(), Value::String(value.to_string()));
            }
            row
        };
        let service_link = [("service_id", service_id.as_str())];
        for (key, table) in [
            ("phones", "phones"),
            ("schedules", "schedules"),
            ("languages", "languages"),
            ("service_areas", "service_areas"),
        ] {
            for row in objects(service, key) {
                self.add(table, with(row, &service_link));
            }
        }
        for at in objects(service, "service_at_locations") {
            let Some(location) = at.get("location").and_then(Value::as_object) else {
                continue;
            };
            let location_id = location.get("id").map(cell).unwrap_or_default();
            let links = [
                ("service_id", service_id.as_str()),
                ("location_id", location_id.as_str()),
            ];
            let mut link = with(at, &links);
            if link.get("id").is_none_or(|id| cell(id).is_empty()) {
                link.insert(
                    "id".into(),
                    Value::String(format!("{service_id}@{location_id}")),
                );
            }
            self.add("service_at_location", link);
            self.add("locations", scalars(location));
            for address in objects(location, "addresses") {
                self.add("addresses", with(address, &[("location_id", &location_id)]));
            }
            // A location's phones and hours are each of its services' there: one row per
            // service (our tables hang them on a service), with an id of its own.
            for (key, table) in [("phones", "phones"), ("schedules", "schedules")] {
                for row in objects(location, key).chain(objects(at, key)) {
                    let mut row = with(row, &links);
                    if let Some(id) = row.get("id").map(cell).filter(|id| !id.is_empty()) {
                        row.insert("id".into(), Value::String(format!("{id}@{service_id}")));
                    }
                    self.add(table, row);
                }
            }
        }
        for attribute in objects(service, "attributes") {
            let Some(term) = attribute.get("taxonomy_term").and_then(Value::as_object) else {
                continue;
            };
            let term_id = term.get("id").map(cell).unwrap_or_default();
            let mut row = with(
                attribute,
                &[("link_id", &service_id), ("taxonomy_term_id", &term_id)],
            );
            row.entry("link_entity")
                .or_insert(Value::String("service".into()));
            self.add("attributes", row);
            if let Some(taxonomy) = term.get("taxonomy_detail").and_then(Value::as_object) {
                self.add("taxonomies", scalars(taxonomy));
            }
            self.add("taxonomy_terms", scalars(term));
        }
    }

    /// The package's CSV files, named after `source`.
    pub fn files(self, source: &str) -> Files {
        let mut files = Files::default();
        for name in TABLES {
            let Some(rows) = self.rows.get(name) else {
                continue;
            };
            if let Some(target) = target_of(name, None) {
                files.insert(
                    target,
                    rows_as_csv(format!("{source} (table {name})"), rows),
                );
            }
        }
        files
    }
}

/// The objects of a nested list (`[]` when absent or not a list of objects).
fn objects<'a>(
    parent: &'a Map<String, Value>,
    key: &str,
) -> impl Iterator<Item = &'a Map<String, Value>> {
    parent
        .get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// The one-to-one fields of an object: its nested lists and objects are laid out as rows
/// of their own tables.
fn scalars(object: &Map<String, Value>) -> Map<String, Value> {
    object
        .iter()
        .filter(|(_, value)| !value.is_array() && !value.is_object())
        .map(|(key, value)| (key.clone(), value.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::schema::Table;

    fn json(text: &str) -> Map<String, Value> {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn pages_end_by_count_flag_or_emptiness() {
        let body = br#"{"total_pages": 2, "page_number": 1, "contents": [{"id": "s1"}]}"#;
        let first = page(body, 1).unwrap();
        assert_eq!((first.services.len(), first.last), (1, false));
        assert!(page(body, 2).unwrap().last);
        assert!(
            page(br#"{"last_page": true, "contents": [{"id": "s1"}]}"#, 1)
                .unwrap()
                .last
        );
        assert!(page(br#"{"contents": []}"#, 1).unwrap().last);
        assert!(
            page(br#"{"services": []}"#, 1).is_none(),
            "not an HSDS page"
        );
        assert!(page(b"<html>", 1).is_none());
    }

    #[test]
    fn a_nested_service_is_laid_out_as_the_tables_of_a_package() {
        let mut tables = Tables::default();
        let service = json(
            r#"{
            "id": "s1", "name": "Centre", "status": "active",
            "organization": {"id": "o1", "name": "Org", "description": "d"},
            "phones": [{"id": "p1", "number": "+39 055 000 0001"}],
            "languages": [{"id": "l1", "code": "ar"}],
            "service_at_locations": [{"id": "sal1", "location": {
                "id": "loc1", "name": "Sede", "latitude": 43.77, "longitude": 11.25,
                "addresses": [{"id": "a1", "city": "Firenze", "country": "IT"}],
                "phones": [{"id": "p2", "number": "+39 055 000 0002"}]
            }}],
            "attributes": [{"id": "at1", "taxonomy_term": {
                "id": "t1", "code": "LF-7000", "name": "Legal", "taxonomy_id": "x1",
                "taxonomy_detail": {"id": "x1", "name": "AIRS/211 LA County"}
            }}]
        }"#,
        );
        tables.add_service(&service);
        // The same organization and location again, with another service.
        tables.add_service(&json(
            r#"{"id": "s2", "name": "Desk", "organization": {"id": "o1", "name": "Org"},
                "service_at_locations": [{"location": {"id": "loc1",
                    "phones": [{"id": "p2", "number": "+39 055 000 0002"}]}}]}"#,
        ));
        let files = tables.files("https://x/services");
        let text = |table: Table| -> String {
            String::from_utf8(files.tables[&table].bytes.clone()).unwrap()
        };
        assert_eq!(text(Table::Organizations).lines().count(), 2, "once");
        assert_eq!(text(Table::Locations).lines().count(), 2, "once");
        assert!(
            text(Table::Services)
                .starts_with("id,name,organization_id,status\ns1,Centre,o1,active\ns2,Desk,o1,")
        );
        assert!(text(Table::Phones).starts_with(
            "id,number,service_id,location_id\np1,+39 055 000 0001,s1,\np2@s1,+39 055 000 0002,s1,loc1\n"
        ));
        assert!(text(Table::ServiceAtLocation).contains("s2@loc1,loc1,s2"));
        // The location's phone is each of its services' phone.
        assert!(text(Table::Phones).contains("p2@s2,+39 055 000 0002,s2,loc1"));
        assert!(text(Table::Addresses).contains("Firenze,IT,a1,loc1"));
        let mut names: Vec<&str> = files.taxonomy.keys().copied().collect();
        names.sort();
        assert_eq!(
            names,
            ["attributes.csv", "taxonomies.csv", "taxonomy_terms.csv"]
        );
        assert_eq!(
            files.tables[&Table::Phones].name,
            "https://x/services (table phones)"
        );
    }

    #[test]
    fn a_listed_service_without_its_parts_is_compact() {
        assert!(is_compact(&json(r#"{"id": "s1", "name": "A"}"#)));
        assert!(!is_compact(&json(r#"{"id": "s1", "phones": []}"#)));
    }
}
