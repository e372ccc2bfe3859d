//! Contacts: her conversation state (language, region, consent day, where she is, the way
//! back), saved in one row per contact, and its erasure.

use sqlx::Row;

use super::{Backend, ContactKey, SavedConversation, Store, StoreError, day_of, value_rows};
use crate::engine::Conversation;

impl Store {
    pub async fn load_conversation(
        &self,
        key: ContactKey,
    ) -> Result<Option<SavedConversation>, StoreError> {
        if let Some(saved) = self.recent.as_ref().and_then(|r| r.get(key)) {
            return Ok(Some(saved));
        }
        let mark = self.recent.as_ref().map(|r| r.mark());
        let row = sqlx::query(
            "SELECT language, region, consent_at, last_seen_at, node, history
             FROM contacts WHERE channel = $1 AND chat_id = $2",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .fetch_optional(self.reader())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let history: String = row.try_get("history")?;
        let conversation = Conversation {
            locale: row.try_get("language")?,
            region: row.try_get("region")?,
            consented: row.try_get::<Option<i64>, _>("consent_at")?.is_some(),
            node: row.try_get("node")?,
            history: history.split_whitespace().map(str::to_string).collect(),
        };
        let saved = SavedConversation {
            conversation,
            last_seen_day: row.try_get("last_seen_at")?,
        };
        if let (Some(recent), Some(mark)) = (&self.recent, mark) {
            recent.put_read(key, saved.clone(), mark);
        }
        Ok(Some(saved))
    }

    /// Saves her state. `now` is Unix seconds; consent keeps the day it was first given.
    /// On SQLite it joins the steps being saved at the same moment, and the queue keeps
    /// the memory in step with the file (see `batch`).
    pub async fn save_conversation(
        &self,
        key: ContactKey,
        conversation: &Conversation,
        now: i64,
    ) -> Result<(), StoreError> {
        if let Some(queue) = &self.save_queue {
            queue.save(key, conversation, now).await?;
        } else {
            let sql = sqlx::AssertSqlSafe(upsert_conversations_sql(self.backend, 1));
            bind_conversation(sqlx::query(sql), key, conversation, now)
                .execute(self.writer())
                .await?;
        }
        Ok(())
    }

    /// Erases everything about one contact. Returns whether there was anything. Her chat's
    /// message ids stay for quick exit, which /forget runs next; they are purged within 48
    /// hours whatever happens. Her open case, if any, is closed by the caller.
    pub async fn forget(&self, key: ContactKey) -> Result<bool, StoreError> {
        let mut tx = self.durable_tx().await?;
        let erased = sqlx::query("DELETE FROM contacts WHERE channel = $1 AND chat_id = $2")
            .bind(key.channel.as_str())
            .bind(key.chat_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        self.erased_in(tx, erased).await?;
        Ok(erased > 0)
    }

    /// Erases every contact not seen since `before` (Unix seconds). Returns how many.
    pub async fn purge_inactive(&self, before: i64) -> Result<u64, StoreError> {
        self.purge_contacts("last_seen_at < $1", before).await
    }

    /// Erases every contact who never agreed to what is kept and was last seen before
    /// `before`: a chat she opened and left leaves nothing behind for long.
    pub async fn purge_unconsented(&self, before: i64) -> Result<u64, StoreError> {
        self.purge_contacts("consent_at IS NULL AND last_seen_at < $1", before)
            .await
    }

    /// Erases the contacts that match `condition` (with `$1` bound to `before`), in a
    /// transaction whose commit waits for the disk. An open case of one of them is marked,
    /// in the same transaction, for the handoff to close at its next round: a case must
    /// not keep her chat id past her retention. Returns how many contacts went.
    async fn purge_contacts(&self, condition: &str, before: i64) -> Result<u64, StoreError> {
        let mut tx = self.durable_tx().await?;
        let mark = format!(
            "UPDATE cases SET contact_purged = 1
             WHERE closed_at IS NULL AND chat_id IN
                 (SELECT chat_id FROM contacts WHERE channel = 'telegram' AND {condition})"
        );
        sqlx::query(sqlx::AssertSqlSafe(mark))
            .bind(before)
            .execute(&mut *tx)
            .await?;
        let delete = format!("DELETE FROM contacts WHERE {condition}");
        let erased = sqlx::query(sqlx::AssertSqlSafe(delete))
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        self.erased_in(tx, erased).await?;
        Ok(erased)
    }

    /// Commits an erasure: on disk before she is told it is done, whatever
    /// `synchronous_commit` says for ordinary steps (see `durable_tx`); then nothing of it
    /// stays in memory or in SQLite's log. With no row `erased` there is nothing to clear,
    /// and a /forget of someone we know nothing about costs no truncation of the log.
    async fn erased_in(
        &self,
        tx: sqlx::Transaction<'static, sqlx::Any>,
        erased: u64,
    ) -> Result<(), StoreError> {
        tx.commit().await?;
        if erased == 0 {
            return Ok(());
        }
        self.erased();
        // Whatever the erasure took, memory must not keep it: read again from now on.
        if let Some(recent) = &self.recent {
            recent.clear();
        }
        Ok(())
    }

    /// How many contacts we keep anything about.
    pub async fn contact_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM contacts")
            .fetch_one(self.reader())
            .await?;
        Ok(row.try_get("n")?)
    }
}

pub(super) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>;

/// Parameters each conversation takes in [`upsert_conversations_sql`].
const PARAMETERS_PER_ROW: usize = 9;

/// One statement that saves `rows` conversations, each bound by [`bind_conversation`].
pub(super) fn upsert_conversations_sql(backend: Backend, rows: usize) -> String {
    format!(
        "INSERT INTO contacts (channel, chat_id, language, region, consent_at, node,
                               history, created_at, last_seen_at)
         VALUES {}
         ON CONFLICT (channel, chat_id) DO UPDATE SET
             language = excluded.language,
             region = excluded.region,
             consent_at = CASE WHEN excluded.consent_at IS NULL THEN NULL
                 ELSE COALESCE(contacts.consent_at, excluded.consent_at) END,
             node = excluded.node,
             history = excluded.history,
             last_seen_at = excluded.last_seen_at",
        value_rows(backend, rows, PARAMETERS_PER_ROW)
    )
}

/// Binds one conversation's [`PARAMETERS_PER_ROW`] parameters, in order.
pub(super) fn bind_conversation<'q>(
    query: AnyQuery<'q>,
    key: ContactKey,
    conversation: &Conversation,
    now: i64,
) -> AnyQuery<'q> {
    query
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(conversation.locale.clone())
        .bind(conversation.region.clone())
        // The day is enough to show when she agreed; the second would show when she wrote.
        .bind(conversation.consented.then_some(day_of(now)))
        .bind(conversation.node.clone())
        .bind(conversation.history.join(" "))
        // created_at (for a new row) and last_seen_at: the day only.
        .bind(day_of(now))
        .bind(day_of(now))
}
