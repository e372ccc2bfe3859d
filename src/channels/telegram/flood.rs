//! Inbound flood control: past a generous rate per chat, one calm notice, then silence
//! until she slows down. Protects the bot and the database from a stuck phone or a script.

use std::collections::HashSet;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use teloxide::types::ChatId;

pub struct FloodGuard {
    limiter: DefaultKeyedRateLimiter<ChatId>,
    /// Chats told to slow down, and not yet calm again.
    notified: Mutex<HashSet<ChatId>>,
    checks: AtomicU64,
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
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            notified: Mutex::new(HashSet::new()),
            checks: AtomicU64::new(0),
        }
    }

    pub fn check(&self, chat: ChatId) -> Verdict {
        // The keyed limiter keeps a cell per chat: drop idle ones now and then.
        if self.checks.fetch_add(1, Ordering::Relaxed) % 10_000 == 9_999 {
            self.limiter.retain_recent();
        }
        let allowed = self.limiter.check_key(&chat).is_ok();
        let mut notified = self.notified.lock().unwrap_or_else(|e| e.into_inner());
        match allowed {
            true => {
                notified.remove(&chat);
                Verdict::Handle
            }
            false if notified.insert(chat) => Verdict::Notify,
            false => Verdict::Ignore,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_notice_then_silence() {
        let guard = FloodGuard::new(NonZeroU32::new(3).unwrap());
        let her = ChatId(1);
        let verdicts: Vec<_> = (0..6).map(|_| guard.check(her)).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Handle,
                Verdict::Handle,
                Verdict::Handle,
                Verdict::Notify,
                Verdict::Ignore,
                Verdict::Ignore
            ]
        );
        assert_eq!(
            guard.check(ChatId(2)),
            Verdict::Handle,
            "others are not affected"
        );
    }
}
