//! The last few thousand conversations read or written, kept in memory so that a step
//! reads her state without a trip to SQLite. Only with SQLite: the file belongs to this one
//! process, so nothing else can change a row behind the cache's back (PostgreSQL may be
//! shared by several instances, and is read every time).
//!
//! Two generations bound the memory without bookkeeping per entry: entries go into the
//! current one; when it is full it becomes the previous one and the older one is dropped;
//! an entry used from the previous generation moves back into the current one.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use super::{ContactKey, SavedConversation};

/// Entries per generation: at most twice this many conversations are in memory (a few
/// hundred bytes each).
const PER_GENERATION: usize = 5_000;

#[derive(Clone, Default)]
pub(super) struct RecentConversations {
    generations: Arc<Mutex<Generations>>,
}

#[derive(Default)]
struct Generations {
    current: HashMap<ContactKey, SavedConversation>,
    previous: HashMap<ContactKey, SavedConversation>,
    /// Raised by every `clear`: a row read before an erasure must not come back after it.
    erasures: u64,
}

impl RecentConversations {
    pub fn get(&self, key: ContactKey) -> Option<SavedConversation> {
        let mut generations = self.lock();
        if let Some(saved) = generations.current.get(&key) {
            return Some(saved.clone());
        }
        let saved = generations.previous.remove(&key)?;
        generations.insert(key, saved.clone());
        Some(saved)
    }

    pub fn put(&self, key: ContactKey, saved: SavedConversation) {
        self.lock().insert(key, saved);
    }

    /// A mark to take before reading a row from the database, for [`put_read`](Self::put_read).
    pub fn mark(&self) -> u64 {
        self.lock().erasures
    }

    /// Keeps a row read from the database, unless an erasure happened since `mark`: the
    /// row read may be gone.
    pub fn put_read(&self, key: ContactKey, saved: SavedConversation, mark: u64) {
        let mut generations = self.lock();
        if generations.erasures == mark {
            generations.insert(key, saved);
        }
    }

    /// She was seen on `day` (a message to her mediator): a conversation in memory says so.
    pub fn seen(&self, key: ContactKey, day: i64) {
        let mut generations = self.lock();
        let Generations {
            current, previous, ..
        } = &mut *generations;
        for saved in [current.get_mut(&key), previous.get_mut(&key)]
            .into_iter()
            .flatten()
        {
            saved.last_seen_day = saved.last_seen_day.max(day);
        }
    }

    /// Forgets everything, after an erasure.
    pub fn clear(&self) {
        let mut generations = self.lock();
        let erasures = generations.erasures + 1;
        *generations = Generations {
            erasures,
            ..Generations::default()
        };
    }

    fn lock(&self) -> MutexGuard<'_, Generations> {
        // The maps stay consistent whatever panicked while holding the lock.
        self.generations.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Generations {
    fn insert(&mut self, key: ContactKey, saved: SavedConversation) {
        if self.current.len() >= PER_GENERATION && !self.current.contains_key(&key) {
            self.previous = std::mem::take(&mut self.current);
        }
        self.previous.remove(&key);
        self.current.insert(key, saved);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Conversation;
    use crate::store::Channel;

    fn key(chat_id: i64) -> ContactKey {
        ContactKey {
            channel: Channel::Telegram,
            chat_id,
        }
    }

    fn saved(node: &str) -> SavedConversation {
        SavedConversation {
            conversation: Conversation {
                node: node.into(),
                ..Conversation::default()
            },
            last_seen_day: 0,
        }
    }

    #[test]
    fn keeps_recent_entries_and_bounds_the_rest() {
        let cache = RecentConversations::default();
        cache.put(key(0), saved("menu"));
        for n in 1..(PER_GENERATION as i64 * 2) {
            cache.put(key(n), saved("help"));
            if n == PER_GENERATION as i64 {
                // Used while in the previous generation: moves back to the current one.
                assert_eq!(cache.get(key(0)).unwrap().conversation.node, "menu");
            }
        }
        assert!(cache.get(key(0)).is_some(), "a used entry stays");
        assert!(cache.get(key(1)).is_none(), "an old unused entry goes");
        let generations = cache.lock();
        assert!(generations.current.len() + generations.previous.len() <= 2 * PER_GENERATION);
    }

    #[test]
    fn cleared_entries_are_gone() {
        let cache = RecentConversations::default();
        cache.put(key(1), saved("menu"));
        cache.clear();
        assert!(cache.get(key(1)).is_none());
    }

    #[test]
    fn a_row_read_before_an_erasure_is_not_kept_after_it() {
        let cache = RecentConversations::default();
        let mark = cache.mark();
        cache.clear();
        cache.put_read(key(1), saved("menu"), mark);
        assert!(cache.get(key(1)).is_none());
        let mark = cache.mark();
        cache.put_read(key(1), saved("menu"), mark);
        assert!(cache.get(key(1)).is_some());
    }
}
