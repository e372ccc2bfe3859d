//! Message ids of her chat (hers and ours), kept only so that quick exit can delete the
//! messages; never their content. Telegram deletes nothing older than 48 hours, so older
//! ids are purged.

use sqlx::Row;

use super::{ContactKey, Store, StoreError};

impl Store {
    /// Remembers the ids of messages in her chat (hers and ours) for quick exit.
    pub async fn remember_messages(
        &self,
        key: ContactKey,
        message_ids: &[i64],
        now: i64,
    ) -> Result<(), StoreError> {
        // One statement per few hundred ids (a step sends a handful): ($1, $2, $3, $4),
        // ($1, $2, $3, $5), …, well under either database's limit on parameters.
        for ids in message_ids.chunks(500) {
            let rows: Vec<String> = (0..ids.len())
                .map(|i| format!("($1, $2, $3, ${})", i + 4))
                .collect();
            let sql = format!(
                "INSERT INTO recent_messages (channel, chat_id, sent_at, message_id)
                 VALUES {}
                 ON CONFLICT (channel, chat_id, message_id) DO NOTHING",
                rows.join(", ")
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(key.channel.as_str())
                .bind(key.chat_id)
                .bind(now);
            for &message_id in ids {
                query = query.bind(message_id);
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
        sqlx::query("DELETE FROM recent_messages WHERE channel = $1 AND chat_id = $2")
            .bind(key.channel.as_str())
            .bind(key.chat_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        rows.iter()
            .map(|row| row.try_get("message_id").map_err(StoreError::from))
            .collect()
    }

    /// Erases message ids older than `before`: past 48 hours they cannot be deleted.
    pub async fn purge_old_messages(&self, before: i64) -> Result<u64, StoreError> {
        let deleted = sqlx::query("DELETE FROM recent_messages WHERE sent_at < $1")
            .bind(before)
            .execute(self.writer())
            .await?
            .rows_affected();
        Ok(deleted)
    }
}
