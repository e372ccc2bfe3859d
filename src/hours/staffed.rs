//! When mediators are there: weekly hours in a time zone, for everyone or per language.
//! Written as `CARENET_STAFFED_HOURS`, teams separated by `|`, each `[LANGUAGES=]ZONE HOURS`
//! with the directory's short form of hours:
//!
//! `Europe/Rome Mo-Fr 09:00-18:00 | ar,fa=Europe/Rome Mo-Sa 10:00-20:00`
//!
//! A team without languages serves every language that has no team of its own. No text
//! at all means someone is always there.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::{Hours, open_at, parse_short_form};

#[derive(Debug, Clone, Default)]
pub struct StaffedHours {
    teams: Vec<Team>,
}

#[derive(Debug, Clone)]
pub struct Team {
    /// Locale codes; empty for the team that serves everyone else.
    pub languages: Vec<String>,
    pub zone_name: String,
    zone: TimeZone,
    pub hours: Vec<Hours>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StaffedHoursError {
    #[error("staffed hours {0:?}: write ZONE HOURS, e.g. \"Europe/Rome Mo-Fr 09:00-18:00\"")]
    Shape(String),
    #[error("staffed hours: unknown time zone {0:?} (use a name such as Europe/Rome)")]
    Zone(String),
    #[error("staffed hours: cannot read the hours {0:?} (e.g. Mo-Fr 09:00-13:00,14:00-18:00)")]
    Hours(String),
    #[error("staffed hours: two teams without languages; give one of them LANGUAGES=")]
    TwoDefaults,
}

impl StaffedHours {
    /// Someone is always there.
    pub fn always() -> StaffedHours {
        StaffedHours::default()
    }

    pub fn parse(text: &str) -> Result<StaffedHours, StaffedHoursError> {
        let mut teams = Vec::new();
        for entry in text.split('|').map(str::trim).filter(|e| !e.is_empty()) {
            let (languages, rest) = match entry.split_once('=') {
                Some((languages, rest)) => (
                    languages
                        .split(',')
                        .map(|l| l.trim().to_ascii_lowercase())
                        .filter(|l| !l.is_empty())
                        .collect(),
                    rest.trim(),
                ),
                None => (Vec::new(), entry),
            };
            let (zone_name, hours) = rest
                .split_once(char::is_whitespace)
                .ok_or_else(|| StaffedHoursError::Shape(entry.to_string()))?;
            let zone = TimeZone::get(zone_name)
                .map_err(|_| StaffedHoursError::Zone(zone_name.to_string()))?;
            let hours = parse_short_form(hours.trim())
                .ok_or_else(|| StaffedHoursError::Hours(hours.trim().to_string()))?;
            teams.push(Team {
                languages,
                zone_name: zone_name.to_string(),
                zone,
                hours,
            });
        }
        if teams.iter().filter(|t| t.languages.is_empty()).count() > 1 {
            return Err(StaffedHoursError::TwoDefaults);
        }
        Ok(StaffedHours { teams })
    }

    /// The team that answers `language`; `None` when nobody is configured for it, which
    /// means always staffed.
    pub fn team_for(&self, language: &str) -> Option<&Team> {
        self.teams
            .iter()
            .find(|t| t.languages.iter().any(|l| l == language))
            .or_else(|| self.teams.iter().find(|t| t.languages.is_empty()))
    }

    /// Whether someone who speaks `language` is there at `at` (Unix seconds).
    pub fn is_staffed(&self, language: &str, at: i64) -> bool {
        let Some(team) = self.team_for(language) else {
            return true;
        };
        let Ok(at) = Timestamp::from_second(at) else {
            return true;
        };
        open_at(&team.hours, &team.zone, at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> i64 {
        text.parse::<Timestamp>().unwrap().as_second()
    }

    #[test]
    fn teams_by_language_in_their_time_zone() {
        let hours =
            StaffedHours::parse("Europe/Rome Mo-Fr 09:00-18:00 | ar,FA=Asia/Tehran Sa 10:00-12:00")
                .unwrap();
        // Thursday 26 November 2026, 08:30 UTC is 09:30 in Rome.
        assert!(hours.is_staffed("it", at("2026-11-26T08:30:00Z")));
        assert!(!hours.is_staffed("it", at("2026-11-26T07:30:00Z")));
        assert!(!hours.is_staffed("ar", at("2026-11-26T08:30:00Z")));
        // Saturday 10:30 in Tehran (UTC+3:30) is 07:00 UTC.
        assert!(hours.is_staffed("fa", at("2026-11-28T07:00:00Z")));
        assert!(!hours.is_staffed("it", at("2026-11-28T09:00:00Z")));
        assert!(StaffedHours::always().is_staffed("it", 0));
        assert!(StaffedHours::parse("").unwrap().is_staffed("uk", 0));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        for bad in [
            "Europe/Rome",
            "Mars/Olympus Mo-Fr 09:00-18:00",
            "Europe/Rome Mo-Fr 9-18",
            "Europe/Rome Mo 09:00-10:00 | Europe/Rome Tu 09:00-10:00",
        ] {
            assert!(StaffedHours::parse(bad).is_err(), "{bad}");
        }
    }
}
