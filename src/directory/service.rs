//! A service at one place, as she sees it: joined from the HSDS rows once, when the
//! directory is loaded, so that a search reads one struct per result.

use std::collections::HashMap;
use std::sync::Arc;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::category::Category;
use super::package::{Package, Record};
use super::schema::{INTERPRETER_NOTE, Table};
use crate::geo::Coordinates;
use crate::hours::{Hours, open_at, parse_days, parse_time};

/// One service at one place (a service offered at three places is three of these, with
/// the same `id`); a service with no place (a national helpline) has `place: None` and
/// says where it works in `areas`.
#[derive(Debug, Clone)]
pub struct Service {
    pub id: Box<str>,
    pub location_id: Option<Box<str>>,
    pub organization: Arc<str>,
    pub name: Box<str>,
    pub description: Option<Box<str>>,
    pub translations: Vec<Translation>,
    pub category: Category,
    pub free: bool,
    /// Demonstration data: never present it as a real service.
    pub example: bool,
    pub source: Option<Arc<str>>,
    pub url: Option<Box<str>>,
    pub email: Option<Box<str>>,
    pub phones: Vec<Phone>,
    pub hours: Vec<Hours>,
    /// The IANA name of the time zone of `hours`.
    pub time_zone: Option<Arc<str>>,
    pub languages: Vec<Language>,
    pub place: Option<Address>,
    /// Countries (ISO 3166-1 alpha-2, lower case, or `eu`) a service without a place serves.
    pub areas: Vec<Arc<str>>,
    /// When an import last confirmed it (Unix seconds), if the store knows.
    pub confirmed_at: Option<i64>,
    pub(crate) zone: Option<TimeZone>,
    pub(crate) always_open: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    pub locale: Box<str>,
    pub name: Box<str>,
    pub description: Option<Box<str>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    pub number: Box<str>,
    pub description: Option<Box<str>>,
}

/// A language spoken by staff, or through an interpreter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1, lower case.
    pub code: [u8; 2],
    pub via_interpreter: bool,
}

impl Language {
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.code).unwrap_or("")
    }
}

#[derive(Debug, Clone)]
pub struct Address {
    pub street: Option<Box<str>>,
    pub city: Option<Arc<str>>,
    pub region: Option<Arc<str>>,
    pub postal_code: Option<Box<str>>,
    pub country: Option<Arc<str>>,
    pub coordinates: Option<Coordinates>,
}

impl Service {
    /// The name in `locale`, or the name as published.
    pub fn name_in(&self, locale: &str) -> &str {
        self.translation(locale).map_or(&self.name, |t| &t.name)
    }

    pub fn description_in(&self, locale: &str) -> Option<&str> {
        self.translation(locale)
            .and_then(|t| t.description.as_deref())
            .or(self.description.as_deref())
    }

    fn translation(&self, locale: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| &*t.locale == locale)
    }

    pub fn coordinates(&self) -> Option<Coordinates> {
        self.place.as_ref().and_then(|p| p.coordinates)
    }

    /// Whether it is open at `at`; `None` when its hours are not known.
    pub fn is_open_at(&self, at: Timestamp) -> Option<bool> {
        let zone = self.zone.as_ref()?;
        Some(open_at(&self.hours, zone, at))
    }

    /// Open around the clock, every day.
    pub fn is_always_open(&self) -> bool {
        self.always_open
    }

    /// Speaks `code` (ISO 639-1), by its staff or through an interpreter.
    pub fn speaks(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l.code() == code)
    }

    /// Serves `country` without a place of its own (a national or EU-wide line).
    pub fn serves_country(&self, country: &str) -> bool {
        self.areas.iter().any(|a| &**a == country || &**a == "eu")
    }
}

/// Joins the rows of `package` into services. Rows that do not fit (which a checked
/// import never produces) are skipped rather than failing the whole directory.
pub fn services_of<'p>(package: &'p Package) -> Vec<Service> {
    let mut strings = Interner::default();
    let mut zones: HashMap<String, Option<TimeZone>> = HashMap::new();
    let organizations: HashMap<&str, &Record> = by_id(package.rows(Table::Organizations));
    let locations: HashMap<&str, &Record> = by_id(package.rows(Table::Locations));
    let addresses = grouped(package, Table::Addresses, "location_id");
    let at_location = grouped(package, Table::ServiceAtLocation, "service_id");
    let phones = grouped(package, Table::Phones, "service_id");
    let schedules = grouped(package, Table::Schedules, "service_id");
    let languages = grouped(package, Table::Languages, "service_id");
    let areas = grouped(package, Table::ServiceAreas, "service_id");
    let translations = grouped(package, Table::Translations, "service_id");

    let mut services = Vec::with_capacity(package.service_count());
    for row in package.rows(Table::Services) {
        let s = Table::Services;
        // Every import gives each service a category; a row without one (written by
        // hand into the database) is shown as of no known kind rather than dropped.
        let category = row
            .text(s, "category")
            .and_then(Category::parse)
            .unwrap_or(Category::Other);
        let id = row.id();
        let organization = row
            .text(s, "organization_id")
            .and_then(|o| organizations.get(o))
            .and_then(|o| o.text(Table::Organizations, "name"))
            .unwrap_or("");
        let children = |map: &HashMap<&str, Vec<&'p Record>>| children_of(map, id);
        let hours: Vec<Hours> = children(&schedules)
            .iter()
            .filter_map(|r| {
                let t = Table::Schedules;
                Some(Hours {
                    days: parse_days(r.text(t, "byday")?)?,
                    opens: parse_time(r.text(t, "opens_at")?)?,
                    closes: parse_time(r.text(t, "closes_at")?)?,
                })
            })
            .collect();
        // One time zone per service: its schedules are one place's hours.
        let time_zone = children(&schedules)
            .first()
            .and_then(|r| r.text(Table::Schedules, "timezone"))
            .map(str::to_string);
        let zone = time_zone.as_ref().and_then(|name| {
            zones
                .entry(name.clone())
                .or_insert_with(|| TimeZone::get(name).ok())
                .clone()
        });
        let template = Service {
            id: id.into(),
            location_id: None,
            organization: strings.get(organization),
            name: row.text(s, "name").unwrap_or("").into(),
            description: row.text(s, "description").map(Into::into),
            translations: children(&translations)
                .iter()
                .map(|r| Translation {
                    locale: r.text(Table::Translations, "locale").unwrap_or("").into(),
                    name: r.text(Table::Translations, "name").unwrap_or("").into(),
                    description: r.text(Table::Translations, "description").map(Into::into),
                })
                .collect(),
            category,
            free: row.flag(s, "free"),
            example: row.flag(s, "example"),
            source: row.text(s, "source").map(|x| strings.get(x)),
            url: row.text(s, "url").map(Into::into),
            email: row.text(s, "email").map(Into::into),
            phones: Vec::new(),
            always_open: hours.iter().any(Hours::is_all_week),
            hours,
            time_zone: time_zone.map(|z| strings.get(&z)),
            zone,
            languages: children(&languages)
                .iter()
                .filter_map(|r| {
                    let code = r.text(Table::Languages, "code")?.as_bytes();
                    let note = r.text(Table::Languages, "note").unwrap_or("");
                    Some(Language {
                        code: code.try_into().ok()?,
                        via_interpreter: note.eq_ignore_ascii_case(INTERPRETER_NOTE),
                    })
                })
                .collect(),
            place: None,
            confirmed_at: package.confirmed.get(id).copied(),
            areas: children(&areas)
                .iter()
                .filter_map(|r| r.text(Table::ServiceAreas, "country"))
                .map(|c| strings.get(c))
                .collect(),
        };
        let service_phones = children(&phones);
        let phones_at = |location: Option<&str>| -> Vec<Phone> {
            service_phones
                .iter()
                .filter(|r| {
                    let at = r.text(Table::Phones, "location_id");
                    at.is_none() || at == location
                })
                .map(|r| Phone {
                    number: r.text(Table::Phones, "number").unwrap_or("").into(),
                    description: r.text(Table::Phones, "description").map(Into::into),
                })
                .collect()
        };
        let places = children(&at_location);
        if places.is_empty() {
            let mut service = template;
            service.phones = phones_at(None);
            services.push(service);
            continue;
        }
        for link in places {
            let Some(location_id) = link.text(Table::ServiceAtLocation, "location_id") else {
                continue;
            };
            let Some(location) = locations.get(location_id) else {
                continue;
            };
            let mut service = template.clone();
            service.location_id = Some(location_id.into());
            service.phones = phones_at(Some(location_id));
            service.place = Some(address_of(
                location,
                addresses.get(location_id),
                &mut strings,
            ));
            services.push(service);
        }
    }
    services
}

fn address_of(
    location: &Record,
    addresses: Option<&Vec<&Record>>,
    strings: &mut Interner,
) -> Address {
    let l = Table::Locations;
    let coordinates = match (location.real(l, "latitude"), location.real(l, "longitude")) {
        (Some(lat), Some(lon)) => Coordinates::new(lat, lon).ok(),
        _ => None,
    };
    let address = addresses.and_then(|a| a.first());
    let a = Table::Addresses;
    let field = |name: &str| address.and_then(|r| r.text(a, name));
    Address {
        street: field("address_1").map(Into::into),
        city: field("city").map(|x| strings.get(x)),
        region: field("state_province").map(|x| strings.get(x)),
        postal_code: field("postal_code").map(Into::into),
        country: field("country").map(|x| strings.get(x)),
        coordinates,
    }
}

fn children_of<'p>(map: &HashMap<&str, Vec<&'p Record>>, id: &str) -> Vec<&'p Record> {
    map.get(id).cloned().unwrap_or_default()
}

fn by_id(rows: &[Record]) -> HashMap<&str, &Record> {
    rows.iter().map(|r| (r.id(), r)).collect()
}

fn grouped<'a>(
    package: &'a Package,
    table: Table,
    column: &str,
) -> HashMap<&'a str, Vec<&'a Record>> {
    let mut map: HashMap<&str, Vec<&Record>> = HashMap::new();
    for row in package.rows(table) {
        if let Some(owner) = row.text(table, column) {
            map.entry(owner).or_default().push(row);
        }
    }
    map
}

/// Shares the strings many services repeat (a city, a source, an organisation), which
/// keeps 100,000 services well under 100 MB.
#[derive(Default)]
struct Interner(HashMap<Box<str>, Arc<str>>);

impl Interner {
    fn get(&mut self, text: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(text) {
            return shared.clone();
        }
        let shared: Arc<str> = text.into();
        self.0.insert(text.into(), shared.clone());
        shared
    }
}
