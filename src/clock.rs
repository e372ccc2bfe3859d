//! The wall clock, in the two units the bot keeps: Unix seconds (conversations, cases,
//! contacts, retention) and Unix milliseconds (the broadcast queue's leases and pauses).
//! Domain rules take the time as an argument wherever a test must choose it; these are
//! read at the edge, once per event.

use std::time::{SystemTime, UNIX_EPOCH};

/// Unix seconds now.
pub fn now() -> i64 {
    since_epoch().as_secs() as i64
}

/// Unix milliseconds now.
pub fn now_ms() -> i64 {
    since_epoch().as_millis() as i64
}

/// A clock set before 1970 reads as 1970 rather than failing.
fn since_epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn seconds_and_milliseconds_agree() {
        let (s, ms) = (super::now(), super::now_ms());
        assert!((ms / 1000 - s).abs() <= 1, "{s} s and {ms} ms");
        assert!(s > 1_700_000_000, "a clock after 2023: {s}");
    }
}
