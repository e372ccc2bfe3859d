//! The tables of the directory, after Open Referral HSDS 3: one description serves the CSV
//! package (file `NAME.csv`, HSDS column names), the database (table `directory_NAME`) and
//! validation, so the three cannot drift apart.
//!
//! Our additions to HSDS, all optional for other HSDS tools: `category`, `free`, `source`
//! and `example` on services, `source` and `example` on organizations, `country` on
//! service areas, an IANA time zone name in `schedules.timezone` (HSDS 3 has a UTC
//! offset there, which cannot follow summer time), and a `translations.csv` table.

/// What a column holds; decides how it is checked and stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text.
    Text,
    /// The id of a row in another table of the package.
    Ref(Table),
    Latitude,
    Longitude,
    /// `true`/`false` (also yes/no, 1/0); empty is false.
    Flag,
    Category,
    Phone,
    /// iCalendar days, `MO,TU,WE`.
    Days,
    /// `HH:MM`, 00:00 to 24:00.
    Time,
    /// An IANA time zone name, `Europe/Rome`.
    TimeZone,
    /// ISO 639-1, `ar`.
    Language,
    /// ISO 3166-1 alpha-2 (`it`), or `eu` for numbers that work across the Union.
    Country,
    /// One of the bot's languages.
    Locale,
}

/// How a kind is kept in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    Text,
    Real,
    Integer,
}

impl Kind {
    pub fn storage(self) -> Storage {
        match self {
            Kind::Latitude | Kind::Longitude => Storage::Real,
            Kind::Flag => Storage::Integer,
            _ => Storage::Text,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn col(name: &'static str, kind: Kind, required: bool) -> Column {
    Column {
        name,
        kind,
        required,
    }
}

/// The tables, in the order they are imported (parents before children).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Organizations,
    Services,
    Locations,
    Addresses,
    ServiceAtLocation,
    Phones,
    Schedules,
    Languages,
    ServiceAreas,
    Translations,
}

impl Table {
    pub const ALL: [Table; 10] = [
        Table::Organizations,
        Table::Services,
        Table::Locations,
        Table::Addresses,
        Table::ServiceAtLocation,
        Table::Phones,
        Table::Schedules,
        Table::Languages,
        Table::ServiceAreas,
        Table::Translations,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The HSDS name: the CSV file is `NAME.csv`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Organizations => "organizations",
            Table::Services => "services",
            Table::Locations => "locations",
            Table::Addresses => "addresses",
            Table::ServiceAtLocation => "service_at_location",
            Table::Phones => "phones",
            Table::Schedules => "schedules",
            Table::Languages => "languages",
            Table::ServiceAreas => "service_areas",
            Table::Translations => "translations",
        }
    }

    pub fn file_name(self) -> String {
        format!("{}.csv", self.name())
    }

    /// The database table.
    pub fn sql_name(self) -> &'static str {
        match self {
            Table::Organizations => "directory_organizations",
            Table::Services => "directory_services",
            Table::Locations => "directory_locations",
            Table::Addresses => "directory_addresses",
            Table::ServiceAtLocation => "directory_service_at_location",
            Table::Phones => "directory_phones",
            Table::Schedules => "directory_schedules",
            Table::Languages => "directory_languages",
            Table::ServiceAreas => "directory_service_areas",
            Table::Translations => "directory_translations",
        }
    }

    /// The column whose parent owns the row: re-importing the parent replaces these rows,
    /// so a phone number removed from the spreadsheet disappears from the directory.
    pub fn owner_column(self) -> Option<(&'static str, Table)> {
        match self {
            Table::Organizations | Table::Services | Table::Locations => None,
            Table::Addresses => Some(("location_id", Table::Locations)),
            _ => Some(("service_id", Table::Services)),
        }
    }

    /// Columns; the first is always `id`.
    pub fn columns(self) -> &'static [Column] {
        use Kind::*;
        match self {
            Table::Organizations => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("name", Text, true),
                    col("description", Text, false),
                    col("email", Text, false),
                    col("website", Text, false),
                    col("source", Text, false),
                    col("example", Flag, false),
                ];
                COLUMNS
            }
            Table::Services => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("organization_id", Ref(Table::Organizations), true),
                    col("name", Text, true),
                    col("description", Text, false),
                    col("url", Text, false),
                    col("email", Text, false),
                    // Optional: standard HSDS has none (see `classify`).
                    col("category", Category, false),
                    col("free", Flag, false),
                    col("source", Text, false),
                    col("example", Flag, false),
                    // HSDS: active, inactive, defunct or temporarily closed; only an
                    // active one (or one without a status) is shown to women.
                    col("status", Text, false),
                ];
                COLUMNS
            }
            Table::Locations => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("organization_id", Ref(Table::Organizations), false),
                    col("name", Text, false),
                    col("description", Text, false),
                    col("latitude", Latitude, false),
                    col("longitude", Longitude, false),
                ];
                COLUMNS
            }
            Table::Addresses => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("location_id", Ref(Table::Locations), true),
                    col("address_1", Text, false),
                    col("city", Text, false),
                    col("state_province", Text, false),
                    col("postal_code", Text, false),
                    col("country", Country, false),
                ];
                COLUMNS
            }
            Table::ServiceAtLocation => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("location_id", Ref(Table::Locations), true),
                ];
                COLUMNS
            }
            Table::Phones => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("location_id", Ref(Table::Locations), false),
                    col("number", Phone, true),
                    col("description", Text, false),
                ];
                COLUMNS
            }
            Table::Schedules => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("location_id", Ref(Table::Locations), false),
                    col("byday", Days, true),
                    col("opens_at", Time, true),
                    col("closes_at", Time, true),
                    col("timezone", TimeZone, true),
                    col("description", Text, false),
                ];
                COLUMNS
            }
            Table::Languages => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("name", Text, false),
                    col("code", Language, true),
                    col("note", Text, false),
                ];
                COLUMNS
            }
            Table::ServiceAreas => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("name", Text, false),
                    col("country", Country, true),
                ];
                COLUMNS
            }
            Table::Translations => {
                const COLUMNS: &[Column] = &[
                    col("id", Text, true),
                    col("service_id", Ref(Table::Services), true),
                    col("locale", Locale, true),
                    col("name", Text, true),
                    col("description", Text, false),
                ];
                COLUMNS
            }
        }
    }

    /// The position of a column; panics only on a misspelt name in our own code.
    pub fn position(self, column: &str) -> usize {
        self.columns()
            .iter()
            .position(|c| c.name == column)
            .unwrap_or_else(|| panic!("{} has no column {column}", self.name()))
    }
}

/// The note on a language row that says the service speaks it through an interpreter.
pub const INTERPRETER_NOTE: &str = "interpreter";
