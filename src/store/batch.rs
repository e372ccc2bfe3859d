//! Group commit for SQLite. SQLite takes one writer at a time and every statement costs a
//! trip to the connection's thread, so conversation steps that arrive together are saved
//! together: one statement, one commit, then each step is told its state is kept. Nobody
//! waits for a batch to fill: the writer takes whatever is queued the moment it is free,
//! so a lone step is saved at once and a busy moment makes bigger batches. The queue also
//! puts each saved state in memory (`cache`), in the order the rows were written, so that
//! memory and file never disagree.

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::cache::RecentConversations;
use super::contacts::{bind_conversation, upsert_conversations_sql};
use super::{ContactKey, SavedConversation, StoreError, day_of};
use crate::engine::Conversation;

/// The most steps in one statement (9 parameters each, far below SQLite's limit).
const MAX_BATCH: usize = 64;

struct Pending {
    key: ContactKey,
    conversation: Conversation,
    now: i64,
    done: oneshot::Sender<Result<(), StoreError>>,
}

/// The queue in front of the SQLite writer; clones share it.
#[derive(Clone)]
pub(super) struct SaveQueue {
    sender: mpsc::Sender<Pending>,
}

impl SaveQueue {
    /// Starts the task that saves what is queued. It ends when the last clone is dropped.
    pub fn start(writer: AnyPool, recent: RecentConversations) -> SaveQueue {
        let (sender, receiver) = mpsc::channel(MAX_BATCH * 16);
        tokio::spawn(save_queued(writer, recent, receiver));
        SaveQueue { sender }
    }

    /// Saves her state; returns once it is committed.
    pub async fn save(
        &self,
        key: ContactKey,
        conversation: &Conversation,
        now: i64,
    ) -> Result<(), StoreError> {
        let (done, saved) = oneshot::channel();
        let pending = Pending {
            key,
            conversation: conversation.clone(),
            now,
            done,
        };
        self.sender
            .send(pending)
            .await
            .map_err(|_| StoreError::Closed)?;
        saved.await.map_err(|_| StoreError::Closed)?
    }
}

async fn save_queued(
    writer: AnyPool,
    recent: RecentConversations,
    mut receiver: mpsc::Receiver<Pending>,
) {
    let mut batch = Vec::with_capacity(MAX_BATCH);
    while receiver.recv_many(&mut batch, MAX_BATCH).await > 0 {
        if save_together(&writer, &batch).await.is_ok() {
            for pending in batch.drain(..) {
                pending.saved(&recent, Ok(()));
            }
            continue;
        }
        // One bad step must not fail the others: each on its own, with its own answer.
        for pending in batch.drain(..) {
            let result = save_together(&writer, std::slice::from_ref(&pending)).await;
            pending.saved(&recent, result);
        }
    }
}

impl Pending {
    /// Tells the step how saving went; once saved, her state is the one in memory.
    fn saved(self, recent: &RecentConversations, result: Result<(), StoreError>) {
        if result.is_ok() {
            let saved = SavedConversation {
                conversation: self.conversation,
                last_seen_day: day_of(self.now),
            };
            recent.put(self.key, saved);
        }
        let _ = self.done.send(result);
    }
}

/// One statement for the whole batch. Should one contact come twice, SQLite applies the
/// rows in order, so the later state wins.
async fn save_together(writer: &AnyPool, batch: &[Pending]) -> Result<(), StoreError> {
    let mut query = sqlx::query(sqlx::AssertSqlSafe(upsert_conversations_sql(batch.len())));
    for pending in batch {
        query = bind_conversation(query, pending.key, &pending.conversation, pending.now);
    }
    query.execute(writer).await?;
    Ok(())
}
