//! Place names in our eight languages and scripts (`directory/places.csv`, compiled in):
//! "help in Milano", "Milan", "Μιλάνο" or "ميلانو" name the same town, with accents and
//! small typos forgiven.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use crate::geo::Coordinates;
use crate::text::normalize;

/// How big a place is: decides which services are "in" it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// Services within the town's radius.
    Town,
    /// Services whose address or nearest town is in the region.
    Region,
    /// Services in the country.
    Country,
}

/// A place she named, resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    pub id: Arc<str>,
    /// Its name in the local language (the first in the file).
    pub name: Arc<str>,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2, lower case.
    pub country: Arc<str>,
    /// The region id (`lombardia`); a region's own id for a region.
    pub region: Option<Arc<str>>,
    pub coordinates: Coordinates,
    pub radius_km: f64,
}

/// Every place we know, by normalised name.
pub struct Gazetteer {
    places: Vec<Place>,
    by_name: HashMap<String, usize>,
}

/// Words of a message read for a place name.
const MAX_WORDS: usize = 32;
/// The longest message (all of it a place name) that may carry a typo.
const MAX_WORDS_WITH_TYPOS: usize = 3;

static SHIPPED: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::parse(include_str!("../../directory/places.csv")));

impl Gazetteer {
    /// The place list shipped in `directory/places.csv`.
    pub fn shipped() -> &'static Gazetteer {
        &SHIPPED
    }

    /// Reads the place list; lines that do not parse are skipped (a test checks that the
    /// shipped file has none).
    pub fn parse(text: &str) -> Gazetteer {
        let mut reader = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        let mut gazetteer = Gazetteer {
            places: Vec::new(),
            by_name: HashMap::new(),
        };
        for row in reader.records().flatten() {
            let field = |i: usize| row.get(i).unwrap_or("").trim();
            let kind = match field(1) {
                "town" => PlaceKind::Town,
                "region" => PlaceKind::Region,
                "country" => PlaceKind::Country,
                _ => continue,
            };
            let (Ok(lat), Ok(lon), Ok(radius_km)) = (
                field(4).parse::<f64>(),
                field(5).parse::<f64>(),
                field(6).parse::<f64>(),
            ) else {
                continue;
            };
            let Ok(coordinates) = Coordinates::new(lat, lon) else {
                continue;
            };
            let names: Vec<&str> = field(7).split('|').map(str::trim).collect();
            let index = gazetteer.places.len();
            for name in &names {
                // The first place listed keeps a name two places share.
                gazetteer.by_name.entry(key(name)).or_insert(index);
            }
            gazetteer.places.push(Place {
                id: field(0).into(),
                name: names.first().copied().unwrap_or("").into(),
                kind,
                country: field(2).into(),
                region: Some(field(3)).filter(|r| !r.is_empty()).map(Into::into),
                coordinates,
                radius_km,
            });
        }
        gazetteer
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn get(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| &*p.id == id)
    }

    /// The place named in `text` (the whole text, or up to three words of it: "help in
    /// Milan"), exactly after normalisation, else, when the whole message is a name of three words
    /// at most, with one typo in names of 5 letters or more and two in names of 9 or more. In a
    /// longer message a typo would turn ordinary words into towns ("vuelva" → Huelva).
    pub fn resolve(&self, text: &str) -> Option<&Place> {
        // Only the start of a long message, as the keyword matcher reads it: a pasted page
        // must cost no more than a question.
        let words: Vec<String> = normalize(text).into_iter().take(MAX_WORDS).collect();
        let windows: Vec<String> = (1..=words.len().min(3))
            .rev()
            .flat_map(|size| words.windows(size).map(|w| w.join(" ")))
            .collect();
        if let Some(index) = windows.iter().find_map(|w| self.by_name.get(w)) {
            return Some(&self.places[*index]);
        }
        // A typo only when the place name is all she wrote ("Milnao", "val di cecna"): in
        // a sentence, typos turn ordinary words into towns ("cocina" → Cecina).
        if words.len() > MAX_WORDS_WITH_TYPOS {
            return None;
        }
        self.nearest_name(&words.join(" "))
            .map(|(_, index)| &self.places[index])
    }

    /// The closest name within the typo allowance, as (edits, place index).
    fn nearest_name(&self, word: &str) -> Option<(usize, usize)> {
        let length = word.chars().count();
        let allowed = match length {
            0..=4 => return None,
            5..=8 => 1,
            _ => 2,
        };
        self.by_name
            .iter()
            .map(|(name, &index)| (strsim::osa_distance(word, name), index))
            .filter(|&(distance, _)| distance <= allowed)
            .min()
    }

    /// The town nearest to `point` within its radius, for placing a service in a region.
    /// The town called exactly `name` (in any of our languages, accents and case aside;
    /// no typos: a service must never be put in a town it is not in), in `country` when
    /// that is known.
    pub fn town_named(&self, name: &str, country: Option<&str>) -> Option<&Place> {
        let place = &self.places[*self.by_name.get(&key(name))?];
        (place.kind == PlaceKind::Town && country.is_none_or(|c| *place.country == *c))
            .then_some(place)
    }

    pub fn town_near(&self, point: Coordinates) -> Option<&Place> {
        self.places
            .iter()
            .filter(|p| p.kind == PlaceKind::Town)
            .map(|p| (p, p.coordinates.distance_km(&point)))
            .filter(|(p, km)| *km <= p.radius_km.max(30.0))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(p, _)| p)
    }
}

fn key(name: &str) -> String {
    normalize(name).join(" ")
}
