//! What the handoff's relay keeps beyond the case itself: the ids of the copies of her
//! messages in a mediator's private chat, so that they can be deleted, and whether she was
//! warned that files carry hidden details. Never any content.

use sqlx::Row;

use super::{Store, StoreError, placeholders};

/// A copy of one of her messages in a mediator's private chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseCopy {
    pub case_id: i64,
    pub mediator: i64,
    pub message_id: i64,
}

/// Copies that must go: their case is closed (or purged), paused by her quick exit, or
/// no longer held by the mediator whose chat they are in (put back in line).
const STALE: &str = "NOT EXISTS (SELECT 1 FROM cases c
     WHERE c.id = case_copies.case_id AND c.closed_at IS NULL AND c.paused_at IS NULL
       AND c.mediator = case_copies.mediator)";

impl Store {
    /// Notes a copy of her message made in `mediator`'s chat for case `case_id`.
    pub async fn note_copy(
        &self,
        case_id: i64,
        mediator: i64,
        message_id: i64,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO case_copies (mediator, message_id, case_id, sent_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (mediator, message_id) DO NOTHING",
        )
        .bind(mediator)
        .bind(message_id)
        .bind(case_id)
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// The copies of case `case_id` that must go and can still be deleted (made at or
    /// after `since`), by mediator and in order.
    pub async fn stale_copies_of(
        &self,
        case_id: i64,
        since: i64,
    ) -> Result<Vec<CaseCopy>, StoreError> {
        self.stale_copies_where(Some(case_id), since).await
    }

    /// Every copy that must go and can still be deleted (made at or after `since`): what
    /// a restart or a failed call left behind.
    pub async fn stale_copies(&self, since: i64) -> Result<Vec<CaseCopy>, StoreError> {
        self.stale_copies_where(None, since).await
    }

    async fn stale_copies_where(
        &self,
        case_id: Option<i64>,
        since: i64,
    ) -> Result<Vec<CaseCopy>, StoreError> {
        let of_case = match case_id {
            Some(_) => "AND case_id = $2",
            None => "",
        };
        let sql = format!(
            "SELECT case_id, mediator, message_id FROM case_copies
             WHERE sent_at >= $1 {of_case} AND {STALE}
             ORDER BY mediator, message_id"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(since);
        if let Some(case_id) = case_id {
            query = query.bind(case_id);
        }
        // The writer: a case just closed or paused must be read as it is now.
        let rows = query.fetch_all(self.writer()).await?;
        rows.iter()
            .map(|row| {
                Ok(CaseCopy {
                    case_id: row.try_get("case_id")?,
                    mediator: row.try_get("mediator")?,
                    message_id: row.try_get("message_id")?,
                })
            })
            .collect()
    }

    /// Forgets the ids of copies in `mediator`'s chat once deleted (or past deleting).
    pub async fn forget_copies(
        &self,
        mediator: i64,
        message_ids: &[i64],
    ) -> Result<(), StoreError> {
        // Callers pass a batch of Telegram's size (100), well under either database's limit.
        for ids in message_ids.chunks(500) {
            // Numbered or plain placeholders, never both in one statement (see `placeholders`).
            let sql = format!(
                "DELETE FROM case_copies WHERE mediator = {} AND message_id IN ({})",
                placeholders(self.backend, 1, 1),
                placeholders(self.backend, 2, ids.len())
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(mediator);
            for &id in ids {
                query = query.bind(id);
            }
            query.execute(self.writer()).await?;
        }
        Ok(())
    }

    /// Erases the ids of copies made before `before`: Telegram no longer deletes them.
    pub(super) async fn purge_old_copies(&self, before: i64) -> Result<u64, StoreError> {
        let deleted = sqlx::query("DELETE FROM case_copies WHERE sent_at < $1")
            .bind(before)
            .execute(self.writer())
            .await?
            .rows_affected();
        Ok(deleted)
    }

    /// Notes that she is warned, now, about files in case `case_id`. `true` when this
    /// call is the warning (the first file of the case), `false` once she was warned.
    pub async fn warn_about_files(&self, case_id: i64) -> Result<bool, StoreError> {
        let warned = sqlx::query(
            "UPDATE cases SET document_warned = 1 WHERE id = $1 AND document_warned = 0",
        )
        .bind(case_id)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(warned == 1)
    }
}
