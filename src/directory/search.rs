//! The questions she asks, answered from memory: near a point or in a place, of a kind,
//! open now, in her language, free, around the clock; a page at a time.

use jiff::Timestamp;

use super::category::Category;
use super::index::{Directory, display_order};
use super::places::{Place, PlaceKind};
use super::service::Service;
use crate::geo::Coordinates;

/// What she asked for. Every field narrows the answer; an empty query lists everything.
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// Her shared location: results nearest first, with distances.
    pub near: Option<Coordinates>,
    /// A place she named ([`Directory::resolve_place`]): only services in it, nearest to
    /// its centre first (or to `near` when both are given).
    pub place: Option<Place>,
    pub category: Option<Category>,
    /// ISO 639-1: spoken by staff or through an interpreter.
    pub language: Option<String>,
    /// Open at this instant, in each service's own time zone; services whose hours are
    /// unknown are left out.
    pub open_at: Option<Timestamp>,
    pub free_only: bool,
    pub always_open_only: bool,
    pub offset: usize,
    /// Results per page; 0 means 5.
    pub limit: usize,
}

/// One result.
#[derive(Debug, Clone, Copy)]
pub struct Hit<'a> {
    pub service: &'a Service,
    /// From her location, or from the centre of the place she named; `None` for a line
    /// that has no place (a national helpline) or a service known only by its town.
    pub distance_km: Option<f64>,
}

/// One page of results, and whether there is a next one ("more").
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub hits: Vec<Hit<'a>>,
    pub more: bool,
}

const DEFAULT_LIMIT: usize = 5;

/// How far "near me" reaches. Farther than this a service is no help "near" her; her
/// country's lines are (they come after the located services).
pub const NEAR_KM: f64 = 100.0;

impl Directory {
    /// Answers `query`: services with a place first (nearest first when there is a point
    /// to measure from), then the lines that serve her country without a place.
    pub fn search(&self, query: &Query) -> Page<'_> {
        let limit = match query.limit {
            0 => DEFAULT_LIMIT,
            n => n,
        };
        // One more than the page, to know whether there is a next one.
        let wanted = query.offset.saturating_add(limit).saturating_add(1);
        let filter = Filter::new(self, query);
        let from = query.near.or(query.place.as_ref().map(|p| p.coordinates));
        let accepts = |i: u32| filter.accepts(i);
        let mut hits: Vec<(u32, Option<f64>)> = match (query.near, &query.place) {
            (_, Some(place)) if place.kind != PlaceKind::Town => {
                self.in_area(place, from, wanted, &filter)
            }
            // In the town she named, nearest to her.
            (Some(near), Some(town)) => {
                let inside =
                    self.grid
                        .nearest(town.coordinates, usize::MAX, town.radius_km, accepts);
                let measured = inside.into_iter().map(|(i, _)| {
                    let km = self.services[i as usize]
                        .coordinates()
                        .map(|p| near.distance_km(&p));
                    (i, km)
                });
                nearest_first(measured.collect(), wanted)
            }
            (None, Some(town)) => self.measured(town.coordinates, wanted, town.radius_km, accepts),
            // Near her: within a day's reach, not a thousand kilometres away.
            (Some(near), None) => self.measured(near, wanted, NEAR_KM, accepts),
            (None, None) => self.everything(wanted, &filter),
        };
        if hits.len() < wanted {
            let country = query
                .place
                .as_ref()
                .map(|p| p.country.to_string())
                .or_else(|| query.near.and_then(|p| p.country()).map(str::to_string));
            if let Some(country) = country {
                let lines = self.unlocated.iter().copied().filter(|&i| {
                    self.services[i as usize].serves_country(&country) && filter.accepts(i)
                });
                hits.extend(lines.map(|i| (i, None)).take(wanted - hits.len()));
            }
        }
        let more = hits.len() > query.offset.saturating_add(limit);
        let hits = hits
            .into_iter()
            .skip(query.offset)
            .take(limit)
            .map(|(i, distance_km)| {
                let service = &self.services[i as usize];
                Hit {
                    service,
                    // Measured from her to a town's centre is no distance to the service:
                    // only a service's own point gives one.
                    distance_km: distance_km.filter(|_| service.coordinates().is_some()),
                }
            })
            .collect();
        Page { hits, more }
    }

    /// Services of a region or country, nearest to `from` first.
    fn in_area(
        &self,
        place: &Place,
        from: Option<Coordinates>,
        wanted: usize,
        filter: &Filter,
    ) -> Vec<(u32, Option<f64>)> {
        let lists = match place.kind {
            PlaceKind::Region => place.region.as_ref().and_then(|r| self.by_region.get(r)),
            _ => self.by_country.get(&place.country),
        };
        let inside: Vec<u32> = match (lists, filter.query.category) {
            (None, _) => Vec::new(),
            (Some(lists), Some(category)) => lists[category as usize]
                .iter()
                .copied()
                .filter(|&i| filter.accepts(i))
                .collect(),
            (Some(lists), None) => lists
                .iter()
                .flatten()
                .copied()
                .filter(|&i| filter.accepts(i))
                .collect(),
        };
        let measured: Vec<(u32, Option<f64>)> = inside
            .into_iter()
            .map(|i| {
                let km = match (from, self.services[i as usize].coordinates()) {
                    (Some(from), Some(point)) => Some(from.distance_km(&point)),
                    _ => None,
                };
                (i, km)
            })
            .collect();
        nearest_first(measured, wanted)
    }

    /// The `wanted` nearest to `from` within `max_km` that `accepts` takes.
    fn measured(
        &self,
        from: Coordinates,
        wanted: usize,
        max_km: f64,
        accepts: impl Fn(u32) -> bool,
    ) -> Vec<(u32, Option<f64>)> {
        self.grid
            .nearest(from, wanted, max_km, accepts)
            .into_iter()
            .map(|(i, km)| (i, Some(km)))
            .collect()
    }

    /// No point to measure from: real before example, urgent kinds first, then by name.
    fn everything(&self, wanted: usize, filter: &Filter) -> Vec<(u32, Option<f64>)> {
        let mut all: Vec<u32> = (0..self.services.len() as u32)
            .filter(|&i| filter.accepts(i))
            .collect();
        let order = |a: &u32, b: &u32| {
            display_order(&self.services[*a as usize])
                .cmp(&display_order(&self.services[*b as usize]))
                .then(a.cmp(b))
        };
        if all.len() > wanted {
            all.select_nth_unstable_by(wanted - 1, order);
            all.truncate(wanted);
        }
        all.sort_by(order);
        all.into_iter().map(|i| (i, None)).collect()
    }
}

/// The first `wanted` by distance (unknown distances last), ties in index order.
fn nearest_first(mut measured: Vec<(u32, Option<f64>)>, wanted: usize) -> Vec<(u32, Option<f64>)> {
    let order = |a: &(u32, Option<f64>), b: &(u32, Option<f64>)| {
        let far = f64::INFINITY;
        a.1.unwrap_or(far)
            .total_cmp(&b.1.unwrap_or(far))
            .then(a.0.cmp(&b.0))
    };
    if measured.len() > wanted {
        measured.select_nth_unstable_by(wanted - 1, order);
        measured.truncate(wanted);
    }
    measured.sort_by(order);
    measured
}

/// The conditions every result meets, whatever the order.
struct Filter<'a> {
    directory: &'a Directory,
    query: &'a Query,
}

impl<'a> Filter<'a> {
    fn new(directory: &'a Directory, query: &'a Query) -> Self {
        Filter { directory, query }
    }

    fn accepts(&self, index: u32) -> bool {
        let service = &self.directory.services[index as usize];
        let query = self.query;
        query.category.is_none_or(|c| service.category == c)
            && (!query.free_only || service.free)
            && (!query.always_open_only || service.is_always_open())
            && query.language.as_deref().is_none_or(|l| service.speaks(l))
            && query
                .open_at
                .is_none_or(|at| service.is_open_at(at) == Some(true))
    }
}
