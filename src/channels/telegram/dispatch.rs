//! Updates of one chat in order, chats in parallel, and no chat waits for another: each
//! chat with work has its own queue and task. The dispatcher also knows which updates are
//! still in hand, so the polling offset never moves past one that is not yet handled.

use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use teloxide::types::{ChatId, Update};
use tokio::sync::Notify;

use super::Telegram;

pub struct Dispatcher {
    tg: Arc<Telegram>,
    state: Mutex<State>,
    /// Woken each time an update is done.
    progress: Notify,
}

#[derive(Default)]
struct State {
    /// Queued updates of each chat that has a running task.
    queues: HashMap<Option<ChatId>, VecDeque<Update>>,
    /// Ids of updates dispatched and not yet handled.
    in_hand: BTreeSet<u32>,
}

impl Dispatcher {
    pub fn new(tg: Arc<Telegram>) -> Arc<Self> {
        Arc::new(Dispatcher {
            tg,
            state: Mutex::new(State::default()),
            progress: Notify::new(),
        })
    }

    /// Queues an update behind the other updates of its chat.
    pub fn dispatch(self: &Arc<Self>, update: Update) {
        let chat = chat_of(&update);
        let mut state = self.lock();
        state.in_hand.insert(update.id.0);
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
        self.lock().in_hand.first().copied()
    }

    pub fn in_hand(&self) -> usize {
        self.lock().in_hand.len()
    }

    /// Waits until some update is done (or a short while, so callers re-check).
    pub async fn progressed(&self) {
        let _ = tokio::time::timeout(
            std::time::Duration::from_millis(200),
            self.progress.notified(),
        )
        .await;
    }

    /// Waits until every dispatched update is handled.
    pub async fn drained(&self) {
        while self.in_hand() > 0 {
            self.progressed().await;
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
            self.progress.notify_waiters();
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
