//! The service directory: where she can get help, near her, in her language, open now.
//!
//! Data follows Open Referral's HSDS 3 ([`schema`]), imported from an HSDS CSV package or
//! the organisers' flat CSV ([`flat::FLAT_COLUMNS`]), kept by the store
//! ([`crate::store::Store::import_directory`], `load_directory`, `directory_version`),
//! and searched in memory. The engine's entry points:
//!
//! ```text
//! LiveDirectory::load(&store).await?          -> LiveDirectory   (at start)
//! live.refresh(&store).await?                 -> bool            (every minute: new data?)
//! live.get()                                  -> Arc<Directory>
//! directory.resolve_place("Μιλάνο")           -> Option<Place>   (towns, regions, countries)
//! directory.search(&Query { near, place, category, language, open_at,
//!                           free_only, always_open_only, offset, limit })
//!                                             -> Page { hits: Vec<Hit { service, distance_km }>, more }
//! directory.helplines("it")                   -> Vec<&Service>   (emergency first; "in danger",
//!                                                                 and when nothing matched)
//! service.name_in("ar"), service.description_in("ar"), service.is_open_at(t),
//! service.phones, service.hours, service.languages, service.coordinates(), service.example
//! ```
//!
//! A service marked `example` is demonstration data: say so whenever it is shown.

mod api;
pub mod category;
pub mod cells;
pub mod classify;
pub mod datapackage;
mod encoding;
mod fetch;
pub mod flat;
mod grid;
pub mod hsds;
pub mod import;
mod index;
pub mod live;
pub mod package;
pub mod places;
pub mod problems;
pub mod schema;
mod search;
pub mod service;
pub mod sync;
pub mod taxonomy;

pub use category::Category;
pub use fetch::{Fetching, MAX_DOWNLOAD};
pub use import::{ImportError, ImportReport, export, import, import_with, load_shipped};
pub use index::Directory;
pub use live::{LiveDirectory, load_directory};
pub use package::Package;
pub use places::{Place, PlaceKind};
pub use problems::RowError;
pub use search::{Hit, NEAR_KM, Page, Query};
pub use service::Service;
