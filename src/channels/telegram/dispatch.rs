//! Updates of one chat in order, chats in parallel, and no chat waits for another: each
//! chat with work has its own queue and task. The dispatcher also knows which updates are
//! still in hand, so the polling offset never moves past one that is not yet handled.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::types::{ChatId, Update};
use tokio::sync::watch;
use tokio::time::Instant;

use super::Telegram;

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
    queues: HashMap<Option<ChatId>, VecDeque<Update>>,
    /// Ids of updates dispatched and not yet handled, with when they were dispatched.
    in_hand: BTreeMap<u32, Instant>,
}

impl Dispatcher {
    pub fn new(tg: Arc<Telegram>) -> Arc<Self> {
        Arc::new(Dispatcher {
            tg,
            state: Mutex::new(State::default()),
            progress: watch::Sender::new(0),
        })
    }

    /// Queues an update behind the other updates of its chat.
    pub fn dispatch(self: &Arc<Self>, update: Update) {
        let chat = chat_of(&update);
        let mut state = self.lock();
        state.in_hand.insert(update.id.0, Instant::now());
        match state.queues.get_mut(&chat) {
            Some(queue) => queue.push_back(update),
            None => {
                state.queues.insert(chat, VecDeque::new());
                tokio::spawn(Arc::clone(self).work(chat, update));
            }
        }
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
            let mut state = self.lock();
            state.in_hand.remove(&id);
            next = state.queues.get_mut(&chat).and_then(VecDeque::pop_front);
            if next.is_none() {
                state.queues.remove(&chat);
            }
            drop(state);
            self.progress.send_modify(|done| *done += 1);
        }
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
