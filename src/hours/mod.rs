//! Opening hours: days, times, the organisers' short form (`Mo-Fr 09:00-17:00; 24/7`) and
//! whether a service is open at an instant in its own time zone; and the staffed hours of
//! the mediators' teams (`staffed`). A leaf: it names no other module of the crate.

mod staffed;

pub use staffed::{StaffedHours, StaffedHoursError, Team};

use jiff::Timestamp;
use jiff::tz::TimeZone;

const MINUTES_PER_DAY: u16 = 24 * 60;
const ICAL_DAYS: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A set of weekdays, Monday = bit 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Days(u8);

impl Days {
    pub const ALL: Days = Days(0b111_1111);

    pub fn contains(self, weekday: u8) -> bool {
        self.0 & (1 << weekday) != 0
    }

    fn insert(&mut self, weekday: u8) {
        self.0 |= 1 << weekday;
    }

    /// `MO,TU,WE`, as HSDS's `byday`.
    pub fn to_ical(self) -> String {
        (0..7)
            .filter(|&d| self.contains(d))
            .map(|d| ICAL_DAYS[d as usize])
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// Opening on some days, from `opens` to `closes` (minutes after midnight). A closing
/// time at or before the opening time is on the next day: 22:00–02:00 is open across
/// midnight, 00:00–00:00 all day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours {
    pub days: Days,
    pub opens: u16,
    pub closes: u16,
}

impl Hours {
    fn minutes_open(&self) -> u16 {
        if self.closes > self.opens {
            self.closes - self.opens
        } else {
            self.closes + MINUTES_PER_DAY - self.opens
        }
    }

    /// Open on `weekday` (Monday = 0) at `minute` after local midnight, counting a
    /// stretch that began the day before and runs past midnight.
    pub fn is_open(&self, weekday: u8, minute: u16) -> bool {
        let end = self.opens + self.minutes_open();
        let today = self.days.contains(weekday) && minute >= self.opens && minute < end;
        let yesterday = (weekday + 6) % 7;
        let from_yesterday = self.days.contains(yesterday)
            && end > MINUTES_PER_DAY
            && minute < end - MINUTES_PER_DAY;
        today || from_yesterday
    }

    pub fn is_all_week(&self) -> bool {
        self.days == Days::ALL && self.minutes_open() == MINUTES_PER_DAY
    }
}

/// Whether any of `hours` is open at `at`, in time zone `zone`.
pub fn open_at(hours: &[Hours], zone: &TimeZone, at: Timestamp) -> bool {
    let local = at.to_zoned_datetime(zone.clone());
    let weekday = local.weekday().to_monday_zero_offset() as u8;
    let minute = local.hour() as u16 * 60 + local.minute() as u16;
    hours.iter().any(|h| h.is_open(weekday, minute))
}

/// `MO,TU,FR`, any case.
pub fn parse_days(text: &str) -> Option<Days> {
    let mut days = Days::default();
    for part in text.split(',') {
        let day = ICAL_DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(part.trim()))?;
        days.insert(day as u8);
    }
    Some(days)
}

/// `HH:MM` (or `HH:MM:SS`, seconds ignored), 00:00 to 24:00, as minutes.
pub fn parse_time(text: &str) -> Option<u16> {
    let mut parts = text.trim().split(':');
    let hour: u16 = parts.next()?.parse().ok()?;
    let minute: u16 = parts.next()?.parse().ok()?;
    if let Some(seconds) = parts.next() {
        seconds.parse::<u16>().ok().filter(|s| *s < 60)?;
    }
    if parts.next().is_some() || hour > 24 || minute >= 60 || hour * 60 + minute > MINUTES_PER_DAY {
        return None;
    }
    Some(hour * 60 + minute)
}

pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// The organisers' short form: `Mo-Fr 09:00-13:00,14:00-18:00; Sa 09:00-12:00`, or
/// `24/7`. Day names are the first two letters of the English names.
pub fn parse_short_form(text: &str) -> Option<Vec<Hours>> {
    let mut all = Vec::new();
    for rule in text.split(';').map(str::trim).filter(|r| !r.is_empty()) {
        if rule == "24/7" {
            all.push(Hours {
                days: Days::ALL,
                opens: 0,
                closes: MINUTES_PER_DAY,
            });
            continue;
        }
        let (days, times) = rule.split_once(' ')?;
        let days = parse_day_ranges(days)?;
        for range in times.split(',') {
            let (opens, closes) = range.trim().split_once('-')?;
            all.push(Hours {
                days,
                opens: parse_time(opens)?,
                closes: parse_time(closes)?,
            });
        }
    }
    (!all.is_empty()).then_some(all)
}

/// `Mo-Fr,Su`.
fn parse_day_ranges(text: &str) -> Option<Days> {
    let day = |name: &str| {
        ICAL_DAYS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(name.trim()))
            .map(|d| d as u8)
    };
    let mut days = Days::default();
    for part in text.split(',') {
        match part.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (day(first)?, day(last)?);
                let mut d = first;
                loop {
                    days.insert(d);
                    if d == last {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => days.insert(day(part)?),
        }
    }
    Some(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_short_form() {
        let hours = parse_short_form("Mo-Fr 09:00-13:00,14:00-18:00; Sa 09:00-12:00").unwrap();
        assert_eq!(hours.len(), 3);
        assert_eq!(hours[0].days.to_ical(), "MO,TU,WE,TH,FR");
        assert_eq!((hours[1].opens, hours[1].closes), (14 * 60, 18 * 60));
        assert_eq!(hours[2].days.to_ical(), "SA");
        assert!(parse_short_form("24/7").unwrap()[0].is_all_week());
        assert_eq!(
            parse_short_form("Fr-Mo 20:00-02:00").unwrap()[0]
                .days
                .to_ical(),
            "MO,FR,SA,SU"
        );
        for bad in [
            "Mo-Fr 9-17",
            "Mo-Fr",
            "Xx 09:00-10:00",
            "Mo 09:00-25:00",
            "",
        ] {
            assert_eq!(parse_short_form(bad), None, "{bad}");
        }
    }

    #[test]
    fn opening_runs_past_midnight() {
        let friday_night = Hours {
            days: parse_days("FR").unwrap(),
            opens: 22 * 60,
            closes: 2 * 60,
        };
        assert!(friday_night.is_open(4, 23 * 60));
        assert!(friday_night.is_open(5, 60), "Saturday 01:00");
        assert!(!friday_night.is_open(5, 3 * 60));
        assert!(!friday_night.is_open(4, 21 * 60));
        assert!(
            !friday_night.is_open(3, 60),
            "Friday 01:00 is Thursday's night"
        );
    }
}
