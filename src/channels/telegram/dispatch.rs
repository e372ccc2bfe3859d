//! Updates of one chat in order, chats in parallel, and no chat waits for another: each
//! chat with work has its own queue and task. The dispatcher also knows which updates are
//! still in hand, so the polling offset never moves past one that is not yet handled.
//!
//! A chat's queue is bounded ([`MAX_QUEUED_PER_CHAT`]): a flooding chat (a script, ten
//! forwards of 100 messages) would otherwise fill the bot's memory and hold the polling
//! offset, so that nobody else is heard. The excess is dropped, counted and logged without
//! content; quick exit, /forget and the danger button always find a place; the ids of her
//! dropped messages are still kept for quick exit.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::types::{ChatId, MessageId, Update, UpdateKind};
use tokio::sync::watch;
use tokio::time::Instant;

use super::{Telegram, escapes};

/// Updates one chat may have waiting, at most. Two full forwards of 100 messages fit; a
/// woman never writes faster than the flood guard lets through anyway (20 a minute by
/// default), so only a flood ever reaches this.
pub const MAX_QUEUED_PER_CHAT: usize = 200;

/// A chat with this many updates waiting is flooding ([`Dispatcher::flooded`]).
const FLOODED_QUEUE: usize = 20;

/// Ids of dropped messages kept for quick exit per chat between two of its updates, at
/// most (memory stays bounded whatever the flood).
const MAX_DROPPED_IDS: usize = 10_000;

pub struct Dispatcher {
    tg: Arc<Telegram>,
    state: Mutex<State>,
    /// How many updates are done: a receiver sees a change even when it came while it was
    /// not waiting (a `Notify` would lose that wake-up and leave polling idle).
    progress: watch::Sender<u64>,
}

#[derive(Default)]
struct State {
    /// Queued updates of each chat that has a running task.
    queues: HashMap<Option<ChatId>, ChatQueue>,
    /// Ids of updates dispatched and not yet handled, with when they were dispatched.
    in_hand: BTreeMap<u32, Instant>,
    /// Updates dropped from full queues since the start.
    dropped: u64,
}

/// One chat's waiting updates.
#[derive(Default)]
struct ChatQueue {
    updates: VecDeque<Update>,
    /// Her messages dropped from the full queue: never answered, but deleted by quick exit
    /// like any other (the chat's task keeps their ids).
    dropped_messages: Vec<MessageId>,
}

impl ChatQueue {
    /// Queues `update`, or gives back the update dropped to keep the queue bounded: the
    /// new one, or, for quick exit, /forget or danger, the newest that is none of those.
    fn push(&mut self, update: Update) -> Option<Update> {
        if self.updates.len() < MAX_QUEUED_PER_CHAT {
            self.updates.push_back(update);
            return None;
        }
        if escapes(&update)
            && let Some(at) = self.updates.iter().rposition(|queued| !escapes(queued))
        {
            let evicted = self.updates.remove(at);
            self.updates.push_back(update);
            return evicted;
        }
        Some(update)
    }

    fn note_dropped(&mut self, update: &Update) {
        if let UpdateKind::Message(message) = &update.kind
            && self.dropped_messages.len() < MAX_DROPPED_IDS
        {
            self.dropped_messages.push(message.id);
        }
    }
}

impl Dispatcher {
    pub fn new(tg: Arc<Telegram>) -> Arc<Self> {
        Arc::new(Dispatcher {
            tg,
            state: Mutex::new(State::default()),
            progress: watch::Sender::new(0),
        })
    }

    /// Queues an update behind the other updates of its chat, or drops one when that
    /// chat's queue is full (see [`MAX_QUEUED_PER_CHAT`]).
    pub fn dispatch(self: &Arc<Self>, update: Update) {
        let chat = chat_of(&update);
        let id = update.id.0;
        let mut guard = self.lock();
        let state = &mut *guard;
        let Some(queue) = state.queues.get_mut(&chat) else {
            state.in_hand.insert(id, Instant::now());
            state.queues.insert(chat, ChatQueue::default());
            tokio::spawn(Arc::clone(self).work(chat, update));
            return;
        };
        let Some(dropped) = queue.push(update) else {
            state.in_hand.insert(id, Instant::now());
            return;
        };
        if dropped.id.0 != id {
            state.in_hand.remove(&dropped.id.0);
            state.in_hand.insert(id, Instant::now());
        }
        queue.note_dropped(&dropped);
        state.dropped += 1;
        if state.dropped == 1 || state.dropped.is_multiple_of(1000) {
            tracing::warn!(
                dropped = state.dropped,
                "a chat's queue is full: its extra updates are dropped"
            );
        }
        drop(guard);
        // The offset may move past what was dropped.
        self.progress.send_modify(|done| *done += 1);
    }

    /// The lowest update id still in hand, if any.
    pub fn oldest_in_hand(&self) -> Option<u32> {
        self.lock().in_hand.first_key_value().map(|(&id, _)| id)
    }

    /// How long the oldest update in hand has been in hand.
    pub fn oldest_held_for(&self) -> Option<std::time::Duration> {
        self.lock()
            .in_hand
            .first_key_value()
            .map(|(_, since)| since.elapsed())
    }

    /// Whether some chat has a long queue: a flood (a human pace never builds one), not
    /// a busy moment.
    pub fn flooded(&self) -> bool {
        self.lock()
            .queues
            .values()
            .any(|queue| queue.updates.len() >= FLOODED_QUEUE)
    }

    pub fn in_hand(&self) -> usize {
        self.lock().in_hand.len()
    }

    /// A watch on progress for [`progressed`](Self::progressed).
    pub fn watch_progress(&self) -> watch::Receiver<u64> {
        self.progress.subscribe()
    }

    /// Waits until some update is done since `watch` last looked (at once if one was), or
    /// a short while, so callers re-check.
    pub async fn progressed(watch: &mut watch::Receiver<u64>) {
        let _ = tokio::time::timeout(std::time::Duration::from_millis(200), watch.changed()).await;
    }

    /// Waits until every dispatched update is handled.
    pub async fn drained(&self) {
        let mut watch = self.watch_progress();
        while self.in_hand() > 0 {
            watch.borrow_and_update();
            if self.in_hand() == 0 {
                break;
            }
            Self::progressed(&mut watch).await;
        }
    }

    /// Handles one chat's updates one after the other, then ends.
    async fn work(self: Arc<Self>, chat: Option<ChatId>, first: Update) {
        let mut next = Some(first);
        while let Some(update) = next {
            let id = update.id.0;
            let tg = Arc::clone(&self.tg);
            // Its own task, so that a panic ends this update, not the chat's queue.
            let handled = tokio::spawn(async move { tg.handle_update(&update).await }).await;
            if handled.is_err() {
                tracing::error!("an update handler panicked; going on with the next update");
            }
            let dropped;
            (next, dropped) = self.finish(chat, id);
            self.progress.send_modify(|done| *done += 1);
            if let (Some(chat), false) = (chat, dropped.is_empty()) {
                self.tg.remember_dropped(chat, &dropped).await;
            }
        }
    }

    /// Marks update `id` done and takes the chat's next update (the chat's queue goes
    /// when there is none), with the ids of her messages dropped meanwhile.
    fn finish(&self, chat: Option<ChatId>, id: u32) -> (Option<Update>, Vec<MessageId>) {
        let mut state = self.lock();
        state.in_hand.remove(&id);
        let (dropped, update) = match state.queues.get_mut(&chat) {
            Some(queue) => (
                std::mem::take(&mut queue.dropped_messages),
                queue.updates.pop_front(),
            ),
            None => (Vec::new(), None),
        };
        if update.is_none() {
            state.queues.remove(&chat);
        }
        (update, dropped)
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The chat an update belongs to; a button press on an inline message has only a user.
fn chat_of(update: &Update) -> Option<ChatId> {
    update
        .chat()
        .map(|c| c.id)
        .or_else(|| update.from().map(|user| ChatId(user.id.0 as i64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(id: u32, text: &str) -> Update {
        let json = serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id,
                "date": 0,
                "chat": { "id": 7, "type": "private", "first_name": "x" },
                "from": { "id": 7, "is_bot": false, "first_name": "x" },
                "text": text,
            }
        });
        // From text, as updates arrive (teloxide reads a `Value` as an unknown kind).
        serde_json::from_str(&json.to_string()).expect("an update")
    }

    fn ids(queue: &ChatQueue) -> Vec<u32> {
        queue.updates.iter().map(|u| u.id.0).collect()
    }

    #[test]
    fn a_full_queue_drops_the_excess_but_never_quick_exit_or_forget() {
        let mut queue = ChatQueue::default();
        let max = MAX_QUEUED_PER_CHAT as u32;
        for id in 0..max {
            assert!(queue.push(message(id, "hello")).is_none());
        }
        let dropped = queue.push(message(max, "one more")).expect("dropped");
        assert_eq!(dropped.id.0, max, "the newest is dropped");
        // Quick exit takes the place of the newest update that is not an escape.
        let evicted = queue.push(message(max + 1, "/exit")).expect("evicted");
        assert_eq!(evicted.id.0, max - 1);
        assert_eq!(ids(&queue).last(), Some(&(max + 1)));
        let evicted = queue.push(message(max + 2, "/forget")).expect("evicted");
        assert_eq!(evicted.id.0, max - 2);
        assert_eq!(queue.updates.len(), MAX_QUEUED_PER_CHAT);
        // Order among what stays is kept.
        let kept = ids(&queue);
        assert!(kept.windows(2).all(|w| w[0] < w[1]), "{kept:?}");
        for dropped in [dropped, evicted] {
            queue.note_dropped(&dropped);
        }
        assert_eq!(queue.dropped_messages.len(), 2, "kept for quick exit");
    }
}
