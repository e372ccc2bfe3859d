//! What organisers see of a broadcast: before it goes, how many people each language
//! group reaches; then a progress bar with sent / failed / blocked / remaining and an
//! estimated finish, edited into their status message as delivery goes on, and a final
//! summary. Staff texts are English (the staff interface is).

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use tokio::time::Instant;

use super::NewBroadcast;
use super::sessions::local_time;
use super::worker::Transport;
use crate::figures::MIN_GROUP;
use crate::store::{BroadcastStatus, Store, StoreError};

/// How many subscribers a broadcast reaches, per language of its texts (with the
/// fallback) and in all: the preview of `/broadcast` and of `carenet broadcast create`.
pub struct Reach {
    counts: BTreeMap<String, i64>,
}

impl Reach {
    pub async fn of(store: &Store, broadcast: &NewBroadcast) -> Result<Reach, StoreError> {
        let languages: Vec<String> = broadcast.texts.keys().cloned().collect();
        let counts = store
            .audience_counts(
                &broadcast.audience,
                &languages,
                broadcast.fallback.as_deref(),
            )
            .await?;
        Ok(Reach { counts })
    }

    /// Those who get the `language` text, as organisers may see it.
    pub fn language(&self, language: &str) -> String {
        recipients(self.counts.get(language).copied().unwrap_or(0))
    }

    /// All of them, as organisers may see it: with groups hidden, a range, or the total
    /// less the groups shown would give away the size of a hidden one.
    pub fn total(&self) -> String {
        let small = |n: &&i64| (1..MIN_GROUP as i64).contains(*n);
        let hidden = self.counts.values().filter(small).count() as i64;
        let shown: i64 = self.counts.values().filter(|n| !small(n)).sum();
        let total: i64 = self.counts.values().sum();
        match hidden {
            0 => recipients(total),
            _ if total < MIN_GROUP as i64 => recipients(total),
            _ => format!(
                "{} to {} recipients",
                shown + hidden,
                shown + hidden * (MIN_GROUP as i64 - 1)
            ),
        }
    }
}

/// A number of recipients as organisers may see it: a group of one to four could tell
/// who is in it (a woman, in a language and region, who asked for invitations), so it is
/// "fewer than 5", as in the handoff's figures.
pub fn recipients(n: i64) -> String {
    match n {
        n if (1..MIN_GROUP as i64).contains(&n) => format!("fewer than {MIN_GROUP} recipients"),
        n => format!("{n} recipients"),
    }
}

/// The progress shown so far, with recent sent counts for the estimate.
#[derive(Default)]
pub struct Tracker {
    samples: HashMap<i64, VecDeque<(Instant, i64)>>,
    /// The text last shown for each broadcast: an edit that changes nothing is not made
    /// (it would only spend the organiser's chat limit, and the sender's time).
    shown: HashMap<i64, String>,
}

impl Tracker {
    /// Edits the progress message of every running broadcast that has one, and puts the
    /// final summary into those that ended (once: the store remembers it).
    pub async fn show<T: Transport>(
        &mut self,
        store: &Store,
        transport: &T,
        rate: u32,
    ) -> Result<(), StoreError> {
        let now = crate::clock::now();
        let mut running = HashSet::new();
        for id in store.broadcasts_with_progress().await? {
            let Some(status) = store.broadcast_status(id).await? else {
                continue;
            };
            let Some((chat, message)) = status.progress else {
                continue;
            };
            let per_second = self.measure(&status).unwrap_or(f64::from(rate));
            let text = render(&status, per_second, now);
            if self.shown.get(&id) != Some(&text) {
                transport.show_progress(chat, message, &text).await;
                self.shown.insert(id, text);
            }
            match status.state.as_str() {
                "active" => {
                    running.insert(id);
                }
                _ => store.summary_shown(id).await?,
            }
        }
        self.samples.retain(|id, _| running.contains(id));
        self.shown.retain(|id, _| running.contains(id));
        Ok(())
    }

    /// Messages a second over the last half minute, once there are two samples.
    fn measure(&mut self, status: &BroadcastStatus) -> Option<f64> {
        let samples = self.samples.entry(status.id).or_default();
        let now = Instant::now();
        samples.push_back((
            now,
            status.counts.sent + status.counts.failed + status.counts.blocked,
        ));
        while samples.len() > 2 && now - samples[0].0 > std::time::Duration::from_secs(30) {
            samples.pop_front();
        }
        let (first, last) = (samples.front()?, samples.back()?);
        let seconds = (last.0 - first.0).as_secs_f64();
        (seconds > 0.5 && last.1 > first.1).then(|| (last.1 - first.1) as f64 / seconds)
    }
}

/// The status message: state, bar, counts, estimate or summary.
pub fn render(status: &BroadcastStatus, per_second: f64, now: i64) -> String {
    let c = &status.counts;
    let total = c.total().max(1);
    let handled = c.sent + c.failed + c.blocked + c.cancelled + c.dropped;
    let percent = handled * 100 / total;
    let filled = (handled * 10 / total) as usize;
    let bar: String = "█".repeat(filled) + &"░".repeat(10 - filled.min(10));
    let head = match status.state.as_str() {
        "active" if status.scheduled_at > now => format!(
            "Broadcast #{}: scheduled for {} UTC",
            status.id,
            local_time(status.scheduled_at, "UTC")
        ),
        "active" => format!("Broadcast #{}: sending", status.id),
        "done" => format!("Broadcast #{}: done", status.id),
        other => format!("Broadcast #{}: {other}", status.id),
    };
    let mut text = format!(
        "{head}\n{bar} {percent}%\nsent {} · failed {} · blocked {} · remaining {}",
        c.sent,
        c.failed,
        c.blocked,
        c.remaining()
    );
    if c.cancelled + c.dropped > 0 {
        text += &format!(
            " · not sent (cancelled or unsubscribed) {}",
            c.cancelled + c.dropped
        );
    }
    match status.state.as_str() {
        "active" if status.scheduled_at <= now && c.remaining() > 0 => {
            let seconds = (c.remaining() as f64 / per_second.max(0.1)).ceil() as i64;
            text += &format!("\nabout {} left", duration(seconds));
        }
        "done" | "cancelled" => {
            if let Some(finished) = status.finished_at {
                let took = finished - status.scheduled_at.max(status.created_at);
                text += &format!("\nfinished after {}", duration(took.max(0)));
            }
            if status.in_flight_recovered > 0 {
                text += &format!(
                    "\n{} in flight at a restart: they may have received it twice",
                    status.in_flight_recovered
                );
            }
        }
        _ => {}
    }
    text
}

/// One line per broadcast for `/broadcasts` and `carenet broadcast status`.
pub fn line(status: &BroadcastStatus, now: i64) -> String {
    let c = &status.counts;
    let state = match status.state.as_str() {
        "active" if status.scheduled_at > now => {
            format!("scheduled {} UTC", local_time(status.scheduled_at, "UTC"))
        }
        "active" => "sending".into(),
        other => other.into(),
    };
    let what = match status.kind.as_str() {
        "reminder" => "reminders",
        _ => "announcement",
    };
    format!(
        "#{} {what} [{}] {state}: {} recipients, sent {}, failed {}, blocked {}, remaining {}; {}",
        status.id,
        status.languages.join(","),
        c.total(),
        c.sent,
        c.failed,
        c.blocked,
        c.remaining(),
        status.audience
    )
}

fn duration(seconds: i64) -> String {
    match seconds {
        s if s < 60 => format!("{s} s"),
        s if s < 3600 => format!("{} min {} s", s / 60, s % 60),
        s => format!("{} h {} min", s / 3600, (s % 3600) / 60),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Counts;

    #[test]
    fn small_groups_are_not_counted_out_loud() {
        assert_eq!(recipients(0), "0 recipients");
        for n in 1..5 {
            assert_eq!(recipients(n), "fewer than 5 recipients", "{n}");
        }
        assert_eq!(recipients(5), "5 recipients");
        assert_eq!(recipients(600), "600 recipients");
    }

    #[test]
    fn a_total_never_gives_away_a_hidden_group() {
        let reach = |counts: &[(&str, i64)]| Reach {
            counts: counts.iter().map(|(l, n)| (l.to_string(), *n)).collect(),
        };
        assert_eq!(reach(&[("en", 6), ("it", 0)]).total(), "6 recipients");
        assert_eq!(reach(&[("it", 2)]).total(), "fewer than 5 recipients");
        // en 6 and it "fewer than 5": 8 would tell that it is 2.
        let two_hidden = reach(&[("en", 6), ("it", 2)]);
        assert_eq!(two_hidden.language("it"), "fewer than 5 recipients");
        assert_eq!(two_hidden.total(), "7 to 10 recipients");
        assert_eq!(
            reach(&[("ar", 1), ("it", 3)]).total(),
            "fewer than 5 recipients"
        );
        assert_eq!(reach(&[("ar", 1), ("it", 4)]).total(), "2 to 8 recipients");
    }

    #[test]
    fn shows_a_bar_counts_and_an_estimate() {
        let status = BroadcastStatus {
            id: 7,
            kind: "announcement".into(),
            state: "active".into(),
            audience: String::new(),
            scheduled_at: 100,
            created_at: 100,
            finished_at: None,
            in_flight_recovered: 0,
            progress: Some((1, 2)),
            languages: vec!["en".into()],
            counts: Counts {
                pending: 540,
                sent: 450,
                failed: 5,
                blocked: 5,
                ..Counts::default()
            },
        };
        let text = render(&status, 30.0, 200);
        assert!(text.contains("████░░░░░░ 46%"), "{text}");
        assert!(
            text.contains("sent 450 · failed 5 · blocked 5 · remaining 540"),
            "{text}"
        );
        assert!(text.contains("about 18 s left"), "{text}");
    }
}
