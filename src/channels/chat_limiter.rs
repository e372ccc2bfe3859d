//! Rates per chat, kept without keeping chat ids (used per chat by a channel's sender and
//! by the flood guard).

use std::sync::Mutex;
use std::time::Duration;

use governor::Quota;

/// A per-chat rate limiter that does not keep chat ids: governor's keyed limiter keeps a
/// cell for every chat it ever saw, until `retain_recent`, and has no call to drop one.
/// Here the cells are shared with the limiter, so that one chat's can be dropped (after
/// /forget), and the idle ones (whose cell is the same as a fresh one) are dropped at most
/// every `prune_every`, on use. Used per chat by the sender and by the flood guard.
pub struct ChatLimiter {
    limiter: governor::RateLimiter<
        i64,
        SharedCells,
        governor::clock::DefaultClock,
        governor::middleware::NoOpMiddleware<
            <governor::clock::DefaultClock as governor::clock::Clock>::Instant,
        >,
    >,
    cells: SharedCells,
    prune_every: Duration,
    last_pruned: Mutex<std::time::Instant>,
}

/// Idle chats are dropped from a [`ChatLimiter`] this often.
const PRUNE_EVERY: Duration = Duration::from_secs(60);

impl ChatLimiter {
    pub fn new(quota: Quota) -> ChatLimiter {
        ChatLimiter::pruned_every(quota, PRUNE_EVERY)
    }

    pub fn pruned_every(quota: Quota, prune_every: Duration) -> ChatLimiter {
        let cells = SharedCells::default();
        let clock = governor::clock::DefaultClock::default();
        ChatLimiter {
            limiter: governor::RateLimiter::new(quota, cells.clone(), clock),
            cells,
            prune_every,
            last_pruned: Mutex::new(std::time::Instant::now()),
        }
    }

    /// Whether `chat` may have one more now (counted when it may).
    pub fn check(&self, chat: i64) -> bool {
        self.prune_when_due();
        self.limiter.check_key(&chat).is_ok()
    }

    /// Waits until `chat` may have one more.
    pub async fn until_ready(&self, chat: i64) {
        self.prune_when_due();
        self.limiter.until_key_ready(&chat).await;
    }

    /// Drops `chat`'s cell.
    pub fn forget(&self, chat: i64) {
        self.cells.0.remove(&chat);
    }

    /// How many chats have a cell.
    #[cfg(test)]
    pub(crate) fn chats(&self) -> usize {
        self.limiter.len()
    }

    /// Drops the cells of chats idle long enough to be as new.
    pub fn prune(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    fn prune_when_due(&self) {
        let due = {
            let mut last = self.last_pruned.lock().unwrap_or_else(|e| e.into_inner());
            let due = last.elapsed() >= self.prune_every;
            if due {
                *last = std::time::Instant::now();
            }
            due
        };
        if due {
            self.prune();
        }
    }
}

/// The cells of a [`ChatLimiter`]: governor's own store behind an `Arc`.
#[derive(Clone, Default)]
struct SharedCells(std::sync::Arc<governor::state::keyed::DefaultKeyedStateStore<i64>>);

impl governor::state::StateStore for SharedCells {
    type Key = i64;

    fn measure_and_replace<T, F, E>(&self, key: &i64, f: F) -> Result<T, E>
    where
        F: Fn(Option<governor::nanos::Nanos>) -> Result<(T, governor::nanos::Nanos), E>,
    {
        self.0.measure_and_replace(key, f)
    }
}

impl governor::state::keyed::ShrinkableKeyedStateStore<i64> for SharedCells {
    fn retain_recent(&self, drop_below: governor::nanos::Nanos) {
        self.0.retain_recent(drop_below);
    }

    fn shrink_to_fit(&self) {
        self.0.shrink_to_fit();
    }

    fn len(&self) -> usize {
        self.0.len()
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU32;

    use super::*;

    fn quick() -> Quota {
        // A cell is as new again a millisecond after its last use.
        Quota::per_second(NonZeroU32::new(1000).unwrap())
    }

    #[test]
    fn forget_drops_her_chat_from_the_limiter() {
        let limiter = ChatLimiter::new(Quota::per_minute(NonZeroU32::MIN));
        assert!(limiter.check(41));
        assert!(limiter.check(42));
        assert!(!limiter.check(42), "one a minute");
        limiter.forget(42);
        assert_eq!(limiter.chats(), 1, "only the other chat is kept");
        assert!(limiter.check(42), "her chat starts afresh");
    }

    #[test]
    fn idle_chats_are_dropped_on_use() {
        let limiter = ChatLimiter::pruned_every(quick(), Duration::from_millis(20));
        for chat in 0..100 {
            assert!(limiter.check(chat));
        }
        assert_eq!(limiter.chats(), 100);
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        // Each check prunes once its time has come; only the chat just checked stays.
        while limiter.chats() > 1 {
            assert!(
                std::time::Instant::now() < deadline,
                "{} chats kept",
                limiter.chats()
            );
            std::thread::sleep(Duration::from_millis(5));
            limiter.check(1_000);
        }
    }
}
