//! Message ids of her chat (hers and ours), kept only so that quick exit can delete the
//! messages; never their content. Telegram deletes nothing older than 48 hours, so older
//! ids are purged.

use sqlx::Row;

use super::contacts::AnyQuery;
use super::{Backend, ContactKey, Store, StoreError, value_rows};

/// Ids of one step that go through SQLite's write queue; more (never in practice) are
/// written on their own.
pub(super) const MAX_QUEUED_IDS: usize = 64;

/// Parameters each id takes in [`remember_sql`].
const PARAMETERS_PER_ID: usize = 4;

/// One statement that remembers `rows` message ids, each bound by [`bind_message_id`].
pub(super) fn remember_sql(backend: Backend, rows: usize) -> String {
    format!(
        "INSERT INTO recent_messages (channel, chat_id, sent_at, message_id)
         VALUES {}
         ON CONFLICT (channel, chat_id, message_id) DO NOTHING",
        value_rows(backend, rows, PARAMETERS_PER_ID)
    )
}

pub(super) fn bind_message_id<'q>(
    query: AnyQuery<'q>,
    key: ContactKey,
    message_id: i64,
    now: i64,
) -> AnyQuery<'q> {
    query
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(now)
        .bind(message_id)
}

impl Store {
    /// Remembers the ids of messages in her chat (hers and ours) for quick exit.
    pub async fn remember_messages(
        &self,
        key: ContactKey,
        message_ids: &[i64],
        now: i64,
    ) -> Result<(), StoreError> {
        if let Some(queue) = &self.save_queue
            && message_ids.len() <= MAX_QUEUED_IDS
        {
            return queue.remember(key, message_ids, now).await;
        }
        // One statement per few hundred ids, well under either database's limit.
        for ids in message_ids.chunks(500) {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(remember_sql(self.backend, ids.len())));
            for &message_id in ids {
                query = bind_message_id(query, key, message_id, now);
            }
            query.execute(self.writer()).await?;
        }
        Ok(())
    }

    /// Takes (returns and erases) the remembered message ids of her chat sent at or after
    /// `since`, in order. Older ids are erased too: they can no longer be deleted.
    pub async fn take_recent_messages(
        &self,
        key: ContactKey,
        since: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.writer().begin().await?;
        let rows = sqlx::query(
            "SELECT message_id FROM recent_messages
             WHERE channel = $1 AND chat_id = $2 AND sent_at >= $3
             ORDER BY message_id",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(since)
        .fetch_all(&mut *tx)
        .await?;
        let erased = sqlx::query("DELETE FROM recent_messages WHERE channel = $1 AND chat_id = $2")
            .bind(key.channel.as_str())
            .bind(key.chat_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        if erased > 0 {
            self.erased();
        }
        rows.iter()
            .map(|row| row.try_get("message_id").map_err(StoreError::from))
            .collect()
    }

    /// Erases message ids older than `before`: past 48 hours they cannot be deleted.
    /// The ids of her copies in mediators' chats go too (see `relay`).
    pub async fn purge_old_messages(&self, before: i64) -> Result<u64, StoreError> {
        let deleted = sqlx::query("DELETE FROM recent_messages WHERE sent_at < $1")
            .bind(before)
            .execute(self.writer())
            .await?
            .rows_affected();
        let deleted = deleted + self.purge_old_copies(before).await?;
        if deleted > 0 {
            self.erased();
        }
        Ok(deleted)
    }
}
