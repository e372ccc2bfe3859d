//! Coordinates from a shared location, checked at the edge, and the country they are in.
//! The location serves one answer and is never stored.

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Coordinates {
    latitude: f64,
    longitude: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("latitude must be within ±90 and longitude within ±180")]
pub struct InvalidCoordinates;

impl Coordinates {
    pub fn new(latitude: f64, longitude: f64) -> Result<Self, InvalidCoordinates> {
        let valid = latitude.is_finite()
            && longitude.is_finite()
            && (-90.0..=90.0).contains(&latitude)
            && (-180.0..=180.0).contains(&longitude);
        if !valid {
            return Err(InvalidCoordinates);
        }
        Ok(Coordinates {
            latitude,
            longitude,
        })
    }

    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    pub fn longitude(&self) -> f64 {
        self.longitude
    }

    /// Great-circle distance in kilometres (haversine).
    pub fn distance_km(&self, other: &Coordinates) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.longitude - self.longitude).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }

    /// The country (ISO 3166 alpha-2, lower case) of the nearest known town, when that
    /// town is within 150 km. Bounding boxes would put Lisbon in Spain and Tunis in Italy;
    /// towns of the neighbouring countries are in the list so that borders come out right.
    /// Precise enough to pick national helplines; she can always choose another country.
    pub fn country(&self) -> Option<&'static str> {
        const MAX_KM: f64 = 150.0;
        TOWNS
            .iter()
            .map(|&(country, lat, lon)| {
                let town = Coordinates {
                    latitude: lat,
                    longitude: lon,
                };
                (country, self.distance_km(&town))
            })
            .filter(|&(_, km)| km <= MAX_KM)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(country, _)| country)
    }
}

/// (country, latitude, longitude) of towns in and around the countries we cover.
const TOWNS: &[(&str, f64, f64)] = &[
    // Italy
    ("it", 45.46, 9.19),
    ("it", 45.07, 7.69),
    ("it", 44.41, 8.93),
    ("it", 45.44, 12.33),
    ("it", 45.65, 13.78),
    ("it", 44.49, 11.34),
    ("it", 43.77, 11.25),
    ("it", 41.90, 12.50),
    ("it", 40.85, 14.27),
    ("it", 41.12, 16.87),
    ("it", 40.35, 18.17),
    ("it", 38.11, 15.65),
    ("it", 38.12, 13.36),
    ("it", 37.50, 15.09),
    ("it", 39.22, 9.12),
    ("it", 40.73, 8.56),
    ("it", 43.62, 13.52),
    ("it", 42.46, 14.21),
    ("it", 46.50, 11.35),
    ("it", 35.50, 12.60),
    ("it", 45.74, 7.32),
    ("it", 40.64, 15.80),
    ("it", 43.11, 12.39),
    ("it", 45.16, 10.79),
    ("it", 45.54, 10.22),
    ("it", 45.81, 9.08),
    ("it", 43.88, 11.10),
    ("it", 43.46, 11.88),
    ("it", 43.31, 10.52),
    ("it", 45.13, 10.02),
    ("it", 45.58, 9.27),
    ("it", 46.14, 12.22),
    ("it", 39.30, 16.25),
    ("it", 41.46, 15.55),
    ("it", 36.92, 14.73),
    ("it", 42.35, 13.40),
    // Spain
    ("es", 40.42, -3.70),
    ("es", 41.39, 2.17),
    ("es", 39.47, -0.38),
    ("es", 37.39, -5.98),
    ("es", 36.72, -4.42),
    ("es", 36.84, -2.46),
    ("es", 37.18, -3.60),
    ("es", 37.88, -4.78),
    ("es", 37.26, -6.95),
    ("es", 36.53, -6.29),
    ("es", 37.77, -3.79),
    ("es", 37.98, -1.13),
    ("es", 38.35, -0.48),
    ("es", 41.65, -0.89),
    ("es", 43.26, -2.93),
    ("es", 42.88, -8.54),
    ("es", 42.24, -8.72),
    ("es", 43.36, -5.85),
    ("es", 41.65, -4.72),
    ("es", 40.97, -5.66),
    ("es", 38.88, -6.97),
    ("es", 39.57, 2.65),
    ("es", 41.98, 2.82),
    ("es", 41.62, 0.62),
    ("es", 42.81, -1.65),
    ("es", 28.12, -15.43),
    ("es", 28.46, -16.25),
    ("es", 35.89, -5.32),
    ("es", 35.29, -2.94),
    ("es", 39.47, -6.37),
    ("es", 39.86, -4.03),
    ("es", 42.34, -3.70),
    ("es", 38.91, 1.43),
    ("es", 28.96, -13.55),
    ("es", 43.46, -3.80),
    ("es", 42.60, -5.57),
    // Greece
    ("gr", 37.98, 23.73),
    ("gr", 40.64, 22.94),
    ("gr", 38.25, 21.73),
    ("gr", 35.34, 25.14),
    ("gr", 35.51, 24.02),
    ("gr", 39.66, 20.85),
    ("gr", 39.64, 22.42),
    ("gr", 39.36, 22.94),
    ("gr", 40.94, 24.41),
    ("gr", 40.85, 25.87),
    ("gr", 39.62, 19.92),
    ("gr", 36.43, 28.22),
    ("gr", 39.11, 26.55),
    ("gr", 38.37, 26.14),
    ("gr", 37.75, 26.98),
    ("gr", 36.89, 27.29),
    ("gr", 37.04, 22.11),
    ("gr", 37.51, 22.37),
    ("gr", 41.12, 25.41),
    ("gr", 40.78, 21.41),
    ("gr", 37.15, 26.85),
    ("gr", 40.52, 21.27),
    ("gr", 41.09, 23.55),
    ("gr", 38.90, 22.43),
    ("gr", 37.44, 25.33),
    ("gr", 36.42, 25.43),
    ("gr", 38.02, 24.42),
    ("gr", 39.25, 20.27),
    // Neighbours, so that a location near a border finds the right side
    ("pt", 38.72, -9.14),
    ("pt", 41.15, -8.61),
    ("pt", 37.02, -7.93),
    ("pt", 41.55, -8.42),
    ("pt", 41.81, -6.76),
    ("pt", 38.57, -7.91),
    ("pt", 40.21, -8.43),
    ("pt", 39.29, -7.43),
    ("ad", 42.51, 1.52),
    ("fr", 42.70, 2.90),
    ("fr", 43.60, 1.44),
    ("fr", 43.49, -1.47),
    ("fr", 43.30, -0.37),
    ("fr", 43.30, 5.37),
    ("fr", 43.70, 7.27),
    ("fr", 41.93, 8.74),
    ("fr", 42.70, 9.45),
    ("fr", 45.76, 4.84),
    ("fr", 45.19, 5.72),
    ("fr", 42.98, 1.61),
    ("ch", 46.20, 6.14),
    ("ch", 46.00, 8.95),
    ("ch", 47.37, 8.54),
    ("ch", 46.23, 7.36),
    ("at", 47.27, 11.40),
    ("at", 46.62, 14.31),
    ("si", 46.06, 14.51),
    ("si", 45.55, 13.73),
    ("si", 45.96, 13.65),
    ("hr", 45.33, 14.44),
    ("hr", 43.51, 16.44),
    ("hr", 42.65, 18.09),
    ("hr", 44.87, 13.85),
    ("me", 42.43, 19.26),
    ("mt", 35.90, 14.51),
    ("mt", 36.04, 14.24),
    ("sm", 43.94, 12.45),
    ("tn", 36.81, 10.18),
    ("tn", 37.27, 9.87),
    ("tn", 35.83, 10.64),
    ("dz", 35.70, -0.63),
    ("dz", 36.75, 3.06),
    ("ma", 35.76, -5.83),
    ("ma", 35.57, -5.37),
    ("ma", 35.17, -2.93),
    ("ma", 34.03, -6.84),
    ("ma", 28.44, -11.10),
    ("ma", 27.15, -13.20),
    ("al", 41.33, 19.82),
    ("al", 40.47, 19.49),
    ("al", 39.87, 20.01),
    ("al", 40.08, 20.14),
    ("al", 40.62, 20.78),
    ("mk", 41.03, 21.33),
    ("mk", 42.00, 21.43),
    ("mk", 41.44, 22.64),
    ("bg", 42.70, 23.32),
    ("bg", 42.02, 23.09),
    ("bg", 41.65, 25.37),
    ("bg", 41.57, 24.71),
    ("tr", 41.68, 26.56),
    ("tr", 41.01, 28.98),
    ("tr", 38.42, 27.14),
    ("tr", 37.04, 27.43),
    ("tr", 36.86, 28.27),
    ("tr", 38.32, 26.30),
    ("tr", 39.32, 26.69),
    ("tr", 37.86, 27.26),
    ("tr", 40.15, 26.41),
    ("tr", 36.55, 29.12),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn country(lat: f64, lon: f64) -> Option<&'static str> {
        Coordinates::new(lat, lon).unwrap().country()
    }

    #[test]
    fn finds_the_country_of_towns_where_the_work_began() {
        assert_eq!(country(45.16, 10.79), Some("it")); // Mantova
        assert_eq!(country(45.58, 9.27), Some("it")); // Monza
        assert_eq!(country(43.88, 11.10), Some("it")); // Prato
        assert_eq!(country(43.39, 10.71), Some("it")); // Val di Cecina
        assert_eq!(country(37.39, -5.98), Some("es")); // Sevilla
        assert_eq!(country(28.12, -15.43), Some("es")); // Las Palmas
        assert_eq!(country(37.98, 23.73), Some("gr")); // Athens
        assert_eq!(country(39.10, 26.55), Some("gr")); // Lesvos
    }

    #[test]
    fn neighbours_are_not_taken_for_covered_countries() {
        assert_eq!(country(38.72, -9.14), Some("pt")); // Lisbon
        assert_eq!(country(36.80, 10.18), Some("tn")); // Tunis
        assert_eq!(country(41.33, 19.82), Some("al")); // Tirana
        assert_eq!(country(43.60, 1.44), Some("fr")); // Toulouse
        assert_eq!(country(42.51, 1.55), Some("ad")); // Andorra
        assert_eq!(country(48.85, 2.35), None); // Paris: no town near enough
    }

    #[test]
    fn measures_distance() {
        let milan = Coordinates::new(45.46, 9.19).unwrap();
        let rome = Coordinates::new(41.90, 12.50).unwrap();
        assert!((milan.distance_km(&rome) - 477.0).abs() < 5.0);
    }

    #[test]
    fn rejects_impossible_coordinates() {
        assert!(Coordinates::new(91.0, 0.0).is_err());
        assert!(Coordinates::new(0.0, f64::NAN).is_err());
    }
}
