//! The figures organisers report to funders: cases opened and claimed, and the time to a
//! first reply, by language and region. Aggregates only: no row describes one person.

use std::collections::BTreeMap;

use super::CaseTimes;
use crate::figures::MIN_GROUP;

/// The figures of one group of cases.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Figures {
    pub opened: usize,
    pub claimed: usize,
    pub answered: usize,
    /// Seconds from opening to the mediator's first reply.
    pub median_first_reply: Option<i64>,
    pub p90_first_reply: Option<i64>,
}

/// Figures for all cases (key `("all", "all")`), per language (`(language, "all")`) and per
/// language and region.
pub fn figures(cases: &[CaseTimes]) -> BTreeMap<(String, String), Figures> {
    let mut groups: BTreeMap<(String, String), Vec<&CaseTimes>> = BTreeMap::new();
    for case in cases {
        let region = match case.region.as_str() {
            "" => "?".to_string(),
            region => region.to_ascii_uppercase(),
        };
        for key in [
            ("all".to_string(), "all".to_string()),
            (case.language.clone(), "all".to_string()),
            (case.language.clone(), region),
        ] {
            groups.entry(key).or_default().push(case);
        }
    }
    groups
        .into_iter()
        .map(|(key, cases)| {
            let mut waits: Vec<i64> = cases
                .iter()
                .filter_map(|c| c.first_reply_at.map(|r| (r - c.opened_at).max(0)))
                .collect();
            waits.sort_unstable();
            let figures = Figures {
                opened: cases.len(),
                claimed: cases.iter().filter(|c| c.claimed_at.is_some()).count(),
                answered: waits.len(),
                median_first_reply: percentile(&waits, 50),
                p90_first_reply: percentile(&waits, 90),
            };
            (key, figures)
        })
        .collect()
}

/// The nearest-rank percentile of sorted values.
fn percentile(sorted: &[i64], p: usize) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    Some(sorted[rank - 1])
}

/// A plain table, for the terminal and for the staff command.
pub fn format_figures(figures: &BTreeMap<(String, String), Figures>) -> String {
    if figures.is_empty() {
        return "no cases in this period".to_string();
    }
    let mut lines = vec![format!(
        "{:<8} {:<6} {:>7} {:>8} {:>8} {:>14} {:>11}",
        "language", "region", "opened", "claimed", "answered", "median reply", "p90 reply"
    )];
    // The totals first, then each language followed by its regions.
    let mut keys: Vec<&(String, String)> = figures.keys().collect();
    keys.sort_by_key(|(language, region)| (language != "all", language.clone(), region != "all"));
    for key in keys {
        let f = &figures[key];
        if key.0 != "all" && f.opened < MIN_GROUP {
            lines.push(format!(
                "{:<8} {:<6} {:>7} {:>8} {:>8} {:>14} {:>11}",
                key.0,
                key.1,
                format!("<{MIN_GROUP}"),
                "-",
                "-",
                "-",
                "-"
            ));
            continue;
        }
        lines.push(format!(
            "{:<8} {:<6} {:>7} {:>8} {:>8} {:>14} {:>11}",
            key.0,
            key.1,
            f.opened,
            f.claimed,
            f.answered,
            duration(f.median_first_reply),
            duration(f.p90_first_reply)
        ));
    }
    lines.join("\n")
}

fn duration(seconds: Option<i64>) -> String {
    match seconds {
        None => "-".to_string(),
        Some(s) if s < 60 => format!("{s}s"),
        Some(s) if s < 3600 => format!("{}m{:02}s", s / 60, s % 60),
        Some(s) => format!("{}h{:02}m", s / 3600, s % 3600 / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(language: &str, region: &str, wait: Option<i64>) -> CaseTimes {
        CaseTimes {
            language: language.into(),
            region: region.into(),
            opened_at: 1000,
            claimed_at: wait.map(|w| 1000 + w / 2),
            first_reply_at: wait.map(|w| 1000 + w),
        }
    }

    #[test]
    fn medians_and_p90_by_language_and_region() {
        let mut cases: Vec<CaseTimes> = (1..=10).map(|i| case("ar", "it", Some(i * 60))).collect();
        cases.push(case("ar", "es", None));
        cases.push(case("uk", "", Some(30)));
        let figures = figures(&cases);
        let all = &figures[&("all".into(), "all".into())];
        assert_eq!((all.opened, all.claimed, all.answered), (12, 11, 11));
        let ar_it = &figures[&("ar".into(), "IT".into())];
        assert_eq!(ar_it.median_first_reply, Some(300));
        assert_eq!(ar_it.p90_first_reply, Some(540));
        let ar = &figures[&("ar".into(), "all".into())];
        assert_eq!((ar.opened, ar.answered), (11, 10));
        assert_eq!(
            figures[&("ar".into(), "ES".into())].median_first_reply,
            None
        );
        assert_eq!(figures[&("uk".into(), "?".into())].opened, 1);
        let table = format_figures(&figures);
        assert!(table.lines().nth(1).unwrap().starts_with("all"), "{table}");
        assert!(table.contains("5m00s"), "{table}");
        // One Ukrainian case: no figures of its own, only in the totals.
        let uk = table.lines().find(|l| l.starts_with("uk ")).unwrap();
        assert_eq!(
            uk.split_whitespace().collect::<Vec<_>>(),
            ["uk", "all", "<5", "-", "-", "-", "-"]
        );
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[7], 90), Some(7));
        assert_eq!(percentile(&[1, 2, 3, 4], 50), Some(2));
        assert_eq!(percentile(&[1, 2, 3, 4], 90), Some(4));
    }
}
