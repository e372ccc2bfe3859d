//! Inbound flood control, for every channel: past a generous rate per chat, one calm
//! notice, then silence until she slows down. Protects the bot and the database from a
//! stuck phone or a script, so that one person cannot slow down the others.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::chat_limiter::ChatLimiter;
use governor::Quota;

/// How long without going over the limit before she is calm again.
const CALM: Duration = Duration::from_secs(60);

pub struct FloodGuard {
    /// Drops idle chats itself (see `ChatLimiter`).
    limiter: ChatLimiter,
    /// Chats told to slow down, with the time of their last update over the limit.
    notified: Mutex<HashMap<i64, Instant>>,
    /// When chats calm again last left `notified`.
    pruned: Mutex<Instant>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Handle,
    /// The first update over the limit: tell her, once.
    Notify,
    Ignore,
}

impl FloodGuard {
    /// `per_minute` updates a minute per chat, in bursts of as many.
    pub fn new(per_minute: NonZeroU32) -> Self {
        FloodGuard {
            limiter: ChatLimiter::new(Quota::per_minute(per_minute)),
            notified: Mutex::new(HashMap::new()),
            pruned: Mutex::new(Instant::now()),
        }
    }

    pub fn check(&self, chat: i64) -> Verdict {
        self.check_at(chat, Instant::now())
    }

    /// She is calm again after a full minute without going over the limit; until then the
    /// updates the limiter lets through are handled, and no second notice is sent.
    fn check_at(&self, chat: i64, now: Instant) -> Verdict {
        self.prune_notified(now);
        let allowed = self.limiter.check(chat);
        self.decide(chat, allowed, now)
    }

    /// Chats calm again leave `notified`, once a minute at most (the limiter drops its
    /// own idle cells): no chat id is kept longer than its flood.
    fn prune_notified(&self, now: Instant) {
        {
            let mut pruned = self.pruned.lock().unwrap_or_else(|e| e.into_inner());
            if now.saturating_duration_since(*pruned) < CALM {
                return;
            }
            *pruned = now;
        }
        let mut notified = self.notified.lock().unwrap_or_else(|e| e.into_inner());
        notified.retain(|_, last| now.saturating_duration_since(*last) < CALM);
    }

    fn decide(&self, chat: i64, allowed: bool, now: Instant) -> Verdict {
        let mut notified = self.notified.lock().unwrap_or_else(|e| e.into_inner());
        if allowed {
            if notified
                .get(&chat)
                .is_some_and(|last| now.duration_since(*last) >= CALM)
            {
                notified.remove(&chat);
            }
            return Verdict::Handle;
        }
        match notified.insert(chat, now) {
            None => Verdict::Notify,
            Some(_) => Verdict::Ignore,
        }
    }

    /// Forgets a chat (after /forget or a block): its notice and its limiter cell.
    pub fn forget(&self, chat: i64) {
        self.notified
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&chat);
        self.limiter.forget(chat);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_notice_then_silence() {
        let guard = FloodGuard::new(NonZeroU32::new(3).unwrap());
        let her = 1;
        let verdicts: Vec<_> = (0..6).map(|_| guard.check(her)).collect();
        use Verdict::*;
        assert_eq!(verdicts, [Handle, Handle, Handle, Notify, Ignore, Ignore]);
        assert_eq!(guard.check(2), Handle, "others are not affected");
    }

    #[test]
    fn forget_drops_everything_kept_of_her_chat() {
        let guard = FloodGuard::new(NonZeroU32::new(1).unwrap());
        let her = 1;
        assert_eq!(guard.check(her), Verdict::Handle);
        assert_eq!(guard.check(her), Verdict::Notify);
        assert_eq!(guard.check(2), Verdict::Handle);
        guard.forget(her);
        assert_eq!(
            guard.limiter.chats(),
            1,
            "only the other chat's cell is kept"
        );
        assert!(guard.notified.lock().unwrap().is_empty());
        assert_eq!(guard.check(her), Verdict::Handle, "her chat starts afresh");
    }

    #[test]
    fn chats_calm_again_are_not_kept() {
        let guard = FloodGuard::new(NonZeroU32::new(1).unwrap());
        let start = Instant::now();
        assert_eq!(guard.check_at(1, start), Verdict::Handle);
        assert_eq!(guard.check_at(1, start), Verdict::Notify);
        // Someone else writes two calm minutes later: the first chat's notice goes.
        guard.check_at(2, start + 2 * CALM);
        assert!(!guard.notified.lock().unwrap().contains_key(&1));
    }

    #[test]
    fn no_second_notice_until_a_calm_minute() {
        let guard = FloodGuard::new(NonZeroU32::new(60).unwrap());
        let her = 1;
        let start = Instant::now();
        let at = |ms: u64| start + Duration::from_millis(ms);
        // Two a second for 20 seconds: every other one is over the limit.
        let notices = (0..40)
            .filter(|&i| guard.decide(her, i % 2 == 0, at(i * 500)) == Verdict::Notify)
            .count();
        assert_eq!(notices, 1);
        // After a full calm minute, going over again gets a new notice.
        assert_eq!(guard.decide(her, true, at(90_000)), Verdict::Handle);
        assert_eq!(guard.decide(her, false, at(90_500)), Verdict::Notify);
    }
}
