//! Group commit for SQLite. SQLite takes one writer at a time and every statement costs a
//! trip to the connection's thread, so the writes of steps that arrive together (her new
//! state, the ids of the messages exchanged) are made together: one transaction of at most
//! two statements, then each step is told its writes are kept. Nobody waits for a batch
//! to fill: the writer takes whatever is queued the moment it is free, so a lone step is
//! written at once and a busy moment makes bigger batches. The queue also puts each saved
//! state in memory (`cache`), in the order the rows were written, so that memory and file
//! never disagree.

use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

use super::cache::RecentConversations;
use super::contacts::{bind_conversation, upsert_conversations_sql};
use super::messages::{MAX_QUEUED_IDS, bind_message_id, remember_sql};
use super::{Backend, ContactKey, SavedConversation, StoreError, day_of};
use crate::engine::Conversation;

/// The most writes in one batch: at most 64 × 9 parameters for the states and
/// 64 × 64 × 4 for message ids, within SQLite's limit of 32,766.
const MAX_BATCH: usize = 64;

enum Write {
    Conversation(Conversation),
    MessageIds(Vec<i64>),
}

struct Pending {
    key: ContactKey,
    write: Write,
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
        self.queue(key, Write::Conversation(conversation.clone()), now)
            .await
    }

    /// Remembers message ids (at most [`MAX_QUEUED_IDS`]); returns once committed.
    pub async fn remember(
        &self,
        key: ContactKey,
        message_ids: &[i64],
        now: i64,
    ) -> Result<(), StoreError> {
        debug_assert!(message_ids.len() <= MAX_QUEUED_IDS);
        self.queue(key, Write::MessageIds(message_ids.to_vec()), now)
            .await
    }

    async fn queue(&self, key: ContactKey, write: Write, now: i64) -> Result<(), StoreError> {
        let (done, written) = oneshot::channel();
        let pending = Pending {
            key,
            write,
            now,
            done,
        };
        self.sender
            .send(pending)
            .await
            .map_err(|_| StoreError::Closed)?;
        written.await.map_err(|_| StoreError::Closed)?
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
    /// Tells the step how writing went; once saved, her state is the one in memory.
    fn saved(self, recent: &RecentConversations, result: Result<(), StoreError>) {
        if result.is_ok()
            && let Write::Conversation(conversation) = self.write
        {
            let saved = SavedConversation {
                conversation,
                last_seen_day: day_of(self.now),
            };
            recent.put(self.key, saved);
        }
        let _ = self.done.send(result);
    }
}

/// The whole batch in one transaction: one statement for the states, one for the ids.
/// Should one contact's state come twice, SQLite applies the rows in order, so the later
/// state wins.
async fn save_together(writer: &AnyPool, batch: &[Pending]) -> Result<(), StoreError> {
    let states: Vec<&Pending> = batch
        .iter()
        .filter(|p| matches!(p.write, Write::Conversation(_)))
        .collect();
    let ids: Vec<(ContactKey, i64, i64)> = batch
        .iter()
        .flat_map(|p| match &p.write {
            Write::MessageIds(ids) => ids.iter().map(|&id| (p.key, id, p.now)).collect(),
            Write::Conversation(_) => Vec::new(),
        })
        .collect();
    let states = (!states.is_empty()).then(|| {
        let sql = upsert_conversations_sql(Backend::Sqlite, states.len());
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for pending in &states {
            if let Write::Conversation(conversation) = &pending.write {
                query = bind_conversation(query, pending.key, conversation, pending.now);
            }
        }
        query
    });
    let ids = (!ids.is_empty()).then(|| {
        let sql = remember_sql(Backend::Sqlite, ids.len());
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for &(key, id, now) in &ids {
            query = bind_message_id(query, key, id, now);
        }
        query
    });
    match (states, ids) {
        // Both: one transaction. One alone: a statement commits by itself, without the
        // two extra trips of BEGIN and COMMIT.
        (Some(states), Some(ids)) => {
            let mut tx = writer.begin().await?;
            states.execute(&mut *tx).await?;
            ids.execute(&mut *tx).await?;
            tx.commit().await?;
        }
        (Some(one), None) | (None, Some(one)) => {
            one.execute(writer).await?;
        }
        (None, None) => {}
    }
    Ok(())
}
