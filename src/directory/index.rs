//! The directory in memory: the services, a grid of their points, and which region and
//! country each is in, built once per load so that a search only reads.

use std::collections::HashMap;
use std::sync::Arc;

use super::category::Category;
use super::grid::Grid;
use super::package::Package;
use super::places::{Gazetteer, Place, PlaceKind};
use super::service::{Service, services_of};
use crate::geo::Coordinates;

/// Every service, ready to search. Cheap to share (`Arc<Directory>`); replaced whole when
/// new data arrives (see [`super::live::LiveDirectory`]).
pub struct Directory {
    pub(crate) services: Vec<Service>,
    pub(crate) grid: Grid,
    /// Indices of services without coordinates or a known town (helplines), in display
    /// order.
    pub(crate) unlocated: Vec<u32>,
    /// Located services by region id, then by category (`Category as usize`): a search in
    /// a region for one kind of help reads only the services it can return.
    pub(crate) by_region: HashMap<Arc<str>, AreaLists>,
    /// The same by country code.
    pub(crate) by_country: HashMap<Arc<str>, AreaLists>,
    pub(crate) gazetteer: &'static Gazetteer,
}

impl Directory {
    /// Builds the directory from checked rows (what [`crate::store::Store::load_directory`]
    /// returns).
    pub fn new(package: &Package) -> Directory {
        Directory::from_services(services_of(package))
    }

    pub fn from_services(services: Vec<Service>) -> Directory {
        let gazetteer = Gazetteer::shipped();
        let mut points = Vec::new();
        let mut unlocated = Vec::new();
        let mut by_region: HashMap<Arc<str>, AreaLists> = HashMap::new();
        let mut by_country: HashMap<Arc<str>, AreaLists> = HashMap::new();
        let mut region_names: HashMap<Arc<str>, Option<Arc<str>>> = HashMap::new();
        for (index, service) in services.iter().enumerate() {
            let index = index as u32;
            let place = service.place.as_ref();
            // A service whose address names only its town (many official pages publish
            // no street) is searched from that town's centre; it has no map and no
            // distance of its own (see `Directory::search`).
            let point = service.coordinates().or_else(|| {
                let address = place?;
                let town =
                    gazetteer.town_named(address.city.as_deref()?, address.country.as_deref())?;
                Some(town.coordinates)
            });
            let mut named_region = |name: &Option<Arc<str>>, kind: PlaceKind| {
                let name = name.as_ref()?;
                region_names
                    .entry(name.clone())
                    .or_insert_with(|| {
                        gazetteer
                            .resolve(name)
                            .filter(|p| p.kind == kind || kind == PlaceKind::Town)
                            .and_then(|p| p.region.clone())
                    })
                    .clone()
            };
            let region = place
                .and_then(|p| named_region(&p.region, PlaceKind::Region))
                .or_else(|| place.and_then(|p| named_region(&p.city, PlaceKind::Town)))
                .or_else(|| point.and_then(|p| gazetteer.town_near(p)?.region.clone()));
            let country = place
                .and_then(|p| p.country.clone())
                .or_else(|| point.and_then(|p| p.country()).map(Arc::from));
            match point {
                Some(point) => points.push((index, point)),
                None => unlocated.push(index),
            }
            let category = service.category as usize;
            if point.is_some() {
                if let Some(region) = &region {
                    by_region.entry(region.clone()).or_default()[category].push(index);
                }
                if let Some(country) = &country {
                    by_country.entry(country.clone()).or_default()[category].push(index);
                }
            }
        }
        unlocated.sort_by_key(|&i| display_order(&services[i as usize]));
        Directory {
            grid: Grid::new(&points),
            services,
            unlocated,
            by_region,
            by_country,
            gazetteer,
        }
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    pub fn len(&self) -> usize {
        self.services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// The town, region or country she named, in any of our languages, typos forgiven.
    pub fn resolve_place(&self, text: &str) -> Option<Place> {
        self.gazetteer.resolve(text).cloned()
    }

    /// The lines that work anywhere in `country` (ISO 3166-1 alpha-2, lower case),
    /// emergency numbers first, then helplines; EU-wide lines included. For "I am in
    /// danger" and for a search that found nothing: never an empty answer where we ship
    /// the country's helplines.
    pub fn helplines(&self, country: &str) -> Vec<&Service> {
        self.unlocated
            .iter()
            .map(|&i| &self.services[i as usize])
            .filter(|s| s.serves_country(country))
            .collect()
    }

    /// The country of a point, for picking helplines after a shared location.
    pub fn country_of(point: Coordinates) -> Option<&'static str> {
        point.country()
    }
}

/// Service indices of one area, one list per category.
pub(crate) type AreaLists = [Vec<u32>; Category::ALL.len()];

/// Real before example, urgent before the rest, then by name.
pub(crate) fn display_order(service: &Service) -> (bool, u8, Category, Box<str>) {
    (
        service.example,
        service.category.urgency_rank(),
        service.category,
        service.name.clone(),
    )
}
