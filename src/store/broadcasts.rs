//! Broadcasts and their delivery queue's rows: a broadcast and all its recipient rows are
//! created in one transaction (sending them is `queue.rs`); cancelling, counting, status,
//! and organisers' drafts.

use std::collections::BTreeMap;

use sqlx::Row;

use super::{Backend, Store, StoreError, placeholders};
use crate::broadcast::{Audience, NewBroadcast};

/// How many rows of a broadcast are in each state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub blocked: i64,
    pub failed: i64,
    pub cancelled: i64,
    pub dropped: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.pending
            + self.sending
            + self.sent
            + self.blocked
            + self.failed
            + self.cancelled
            + self.dropped
    }

    /// Rows still to go.
    pub fn remaining(&self) -> i64 {
        self.pending + self.sending
    }
}

/// One broadcast as `status` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroadcastStatus {
    pub id: i64,
    pub kind: String,
    /// active, done or cancelled.
    pub state: String,
    pub audience: String,
    pub scheduled_at: i64,
    pub created_at: i64,
    pub finished_at: Option<i64>,
    pub in_flight_recovered: i64,
    pub progress: Option<(i64, i64)>,
    pub languages: Vec<String>,
    pub counts: Counts,
}

/// What `create_broadcast` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Created {
    pub id: i64,
    /// False when the idempotency key named a broadcast created before.
    pub new: bool,
    pub recipients: i64,
}

impl Store {
    /// How many subscribers `audience` reaches per language of `texts` (with the
    /// fallback): the preview an organiser sees before sending.
    pub async fn audience_counts(
        &self,
        audience: &Audience,
        languages: &[String],
        fallback: Option<&str>,
    ) -> Result<BTreeMap<String, i64>, StoreError> {
        let (select, binds) = audience_select(self.backend, audience, languages, fallback, 1);
        let sql = format!("SELECT language, COUNT(*) AS n FROM ({select}) a GROUP BY language");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for bind in binds {
            query = bind.apply(query);
        }
        let rows = query.fetch_all(self.reader()).await?;
        let mut counts = BTreeMap::new();
        for row in rows {
            counts.insert(row.try_get("language")?, row.try_get("n")?);
        }
        Ok(counts)
    }

    /// Creates a broadcast and one queue row per subscriber in its audience, in one
    /// transaction. With an idempotency key already used, returns that broadcast.
    pub async fn create_broadcast(
        &self,
        new: &NewBroadcast,
        now: i64,
    ) -> Result<Created, StoreError> {
        if let Some(key) = &new.idempotency_key
            && let Some(id) = self.broadcast_by_key(key).await?
        {
            return Ok(Created {
                id,
                new: false,
                recipients: self.broadcast_counts(id).await?.total(),
            });
        }
        let mut tx = self.durable_tx().await?;
        let inserted = sqlx::query(
            "INSERT INTO broadcasts (idempotency_key, kind, audience, scheduled_at, created_at,
                                     created_by, progress_chat, progress_message)
             VALUES ($1, 'announcement', $2, $3, $4, $5, $6, $7)
             ON CONFLICT (idempotency_key) DO NOTHING
             RETURNING id",
        )
        .bind(new.idempotency_key.clone())
        .bind(new.audience.to_string())
        .bind(new.scheduled_at)
        .bind(now)
        .bind(new.created_by)
        .bind(new.progress.map(|p| p.0))
        .bind(new.progress.map(|p| p.1))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = inserted else {
            // Another submission with the same key won the race.
            tx.rollback().await?;
            let key = new.idempotency_key.as_deref().unwrap_or_default();
            let id = self
                .broadcast_by_key(key)
                .await?
                .ok_or(StoreError::Closed)?;
            return Ok(Created {
                id,
                new: false,
                recipients: self.broadcast_counts(id).await?.total(),
            });
        };
        let id: i64 = row.try_get("id")?;
        insert_texts(self.backend, &mut tx, id, &new.texts).await?;
        let languages: Vec<String> = new.texts.keys().cloned().collect();
        let (select, binds) = audience_select(
            self.backend,
            &new.audience,
            &languages,
            new.fallback.as_deref(),
            3,
        );
        // SQLite numbers a plain `?` after the others: all plain there, in order.
        let (p1, p2) = (
            placeholders(self.backend, 1, 1),
            placeholders(self.backend, 2, 1),
        );
        let sql = format!(
            "INSERT INTO deliveries (broadcast_id, contact_id, chat_id, language, silent,
                                     next_attempt_at)
             SELECT {p1}, contact_id, chat_id, language, silent, {p2} FROM ({select}) a"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(new.scheduled_at.saturating_mul(1000));
        for bind in binds {
            query = bind.apply(query);
        }
        let recipients = query.execute(&mut *tx).await?.rows_affected() as i64;
        if recipients == 0 {
            sqlx::query("UPDATE broadcasts SET state = 'done', finished_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(Created {
            id,
            new: true,
            recipients,
        })
    }

    async fn broadcast_by_key(&self, key: &str) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT id FROM broadcasts WHERE idempotency_key = $1")
            .bind(key)
            .fetch_optional(self.writer())
            .await?;
        row.map(|r| r.try_get("id")).transpose().map_err(Into::into)
    }

    /// Stops a broadcast: its pending rows are cancelled (rows already in flight finish).
    /// Returns false when there was no active broadcast with this id.
    pub async fn cancel_broadcast(&self, id: i64, now: i64) -> Result<bool, StoreError> {
        let mut tx = self.durable_tx().await?;
        let changed = sqlx::query(
            "UPDATE broadcasts SET state = 'cancelled', finished_at = $2
             WHERE id = $1 AND state = 'active'",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE deliveries SET state = 'cancelled'
             WHERE broadcast_id = $1 AND state = 'pending'",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(changed > 0)
    }

    /// Rows in each state for one broadcast.
    pub async fn broadcast_counts(&self, id: i64) -> Result<Counts, StoreError> {
        let rows = sqlx::query(
            "SELECT state, COUNT(*) AS n FROM deliveries WHERE broadcast_id = $1 GROUP BY state",
        )
        .bind(id)
        .fetch_all(self.writer())
        .await?;
        let mut counts = Counts::default();
        for row in rows {
            let state: String = row.try_get("state")?;
            let n: i64 = row.try_get("n")?;
            match state.as_str() {
                "pending" => counts.pending = n,
                "sending" => counts.sending = n,
                "sent" => counts.sent = n,
                "blocked" => counts.blocked = n,
                "failed" => counts.failed = n,
                "cancelled" => counts.cancelled = n,
                _ => counts.dropped += n,
            }
        }
        Ok(counts)
    }

    /// One broadcast with its counts.
    pub async fn broadcast_status(&self, id: i64) -> Result<Option<BroadcastStatus>, StoreError> {
        let row = sqlx::query(
            "SELECT id, kind, state, audience, scheduled_at, created_at, finished_at,
                    in_flight_recovered, progress_chat, progress_message
             FROM broadcasts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.writer())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let languages = sqlx::query(
            "SELECT language FROM broadcast_texts WHERE broadcast_id = $1 ORDER BY language",
        )
        .bind(id)
        .fetch_all(self.writer())
        .await?
        .iter()
        .map(|r| r.try_get("language"))
        .collect::<Result<Vec<String>, _>>()?;
        let chat: Option<i64> = row.try_get("progress_chat")?;
        let message: Option<i64> = row.try_get("progress_message")?;
        Ok(Some(BroadcastStatus {
            id: row.try_get("id")?,
            kind: row.try_get("kind")?,
            state: row.try_get("state")?,
            audience: row.try_get("audience")?,
            scheduled_at: row.try_get("scheduled_at")?,
            created_at: row.try_get("created_at")?,
            finished_at: row.try_get("finished_at")?,
            in_flight_recovered: row.try_get("in_flight_recovered")?,
            progress: chat.zip(message),
            languages,
            counts: self.broadcast_counts(id).await?,
        }))
    }

    /// The latest broadcasts (announcements and reminders), newest first.
    pub async fn recent_broadcasts(&self, limit: i64) -> Result<Vec<BroadcastStatus>, StoreError> {
        let ids = sqlx::query("SELECT id FROM broadcasts ORDER BY id DESC LIMIT $1")
            .bind(limit)
            .fetch_all(self.writer())
            .await?;
        let mut list = Vec::new();
        for row in ids {
            if let Some(status) = self.broadcast_status(row.try_get("id")?).await? {
                list.push(status);
            }
        }
        Ok(list)
    }

    /// Broadcasts that show their progress in an organiser's chat and still need an
    /// edit: the active ones, and those ended without their final summary shown.
    pub async fn broadcasts_with_progress(&self) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT id FROM broadcasts
             WHERE progress_chat IS NOT NULL AND (state = 'active' OR summary_shown = 0)",
        )
        .fetch_all(self.writer())
        .await?;
        rows.iter()
            .map(|r| r.try_get("id").map_err(Into::into))
            .collect()
    }

    /// The text of a broadcast in one language.
    pub async fn broadcast_text(
        &self,
        id: i64,
        language: &str,
    ) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT text FROM broadcast_texts WHERE broadcast_id = $1 AND language = $2",
        )
        .bind(id)
        .bind(language)
        .fetch_optional(self.writer())
        .await?;
        row.map(|r| r.try_get("text"))
            .transpose()
            .map_err(Into::into)
    }
}

/// A delivery row is still wanted while its broadcast is active, her contact exists, and,
/// for an announcement, she is still subscribed.
pub(super) const STILL_WANTED: &str = "(deliveries.chat_id IS NOT NULL AND EXISTS (
     SELECT 1 FROM broadcasts b
     WHERE b.id = deliveries.broadcast_id AND b.state = 'active'
       AND (b.kind <> 'announcement' OR EXISTS (
           SELECT 1 FROM subscriptions s WHERE s.contact_id = deliveries.contact_id))))";

async fn insert_texts(
    backend: Backend,
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    texts: &BTreeMap<String, String>,
) -> Result<(), StoreError> {
    if texts.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "INSERT INTO broadcast_texts (broadcast_id, language, text) VALUES {}",
        super::value_rows(backend, texts.len(), 3)
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for (language, text) in texts {
        query = query.bind(id).bind(language.clone()).bind(text.clone());
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

/// A value to bind, kept until the statement exists.
pub(super) enum Bind {
    Text(String),
    Int(i64),
}

impl Bind {
    pub(super) fn apply<'q>(
        self,
        query: super::contacts::AnyQuery<'q>,
    ) -> super::contacts::AnyQuery<'q> {
        match self {
            Bind::Text(text) => query.bind(text),
            Bind::Int(n) => query.bind(n),
        }
    }
}

/// Parameters of a statement built piece by piece: placeholders and their values.
struct Params {
    backend: Backend,
    next: usize,
    binds: Vec<Bind>,
}

impl Params {
    fn texts(&mut self, items: &[String]) -> String {
        let sql = placeholders(self.backend, self.next, items.len());
        self.next += items.len();
        self.binds.extend(items.iter().cloned().map(Bind::Text));
        sql
    }

    fn int(&mut self, value: i64) -> String {
        let sql = placeholders(self.backend, self.next, 1);
        self.next += 1;
        self.binds.push(Bind::Int(value));
        sql
    }
}

/// `SELECT contact_id, chat_id, language, silent` of every Telegram subscriber in
/// `audience` who reads one of `languages` (or gets `fallback`), with the language she
/// gets. Parameters are numbered from `first`.
fn audience_select(
    backend: Backend,
    audience: &Audience,
    languages: &[String],
    fallback: Option<&str>,
    first: usize,
) -> (String, Vec<Bind>) {
    let mut params = Params {
        backend,
        next: first,
        binds: Vec::new(),
    };
    // Her own language when there is a text in it, the fallback otherwise.
    let has_text = match languages.is_empty() {
        true => "FALSE".to_string(),
        false => format!("c.language IN ({})", params.texts(languages)),
    };
    let mut conditions = vec![
        "c.channel = 'telegram'".to_string(),
        "c.language IS NOT NULL".into(),
    ];
    let language = match fallback {
        Some(fallback) => {
            let p = params.texts(&[fallback.to_string()]);
            format!("CASE WHEN {has_text} THEN c.language ELSE {p} END")
        }
        None => {
            conditions.push(has_text);
            "c.language".to_string()
        }
    };
    if !audience.languages.is_empty() {
        conditions.push(format!(
            "c.language IN ({})",
            params.texts(&audience.languages)
        ));
    }
    if !audience.regions.is_empty() {
        conditions.push(format!("s.region IN ({})", params.texts(&audience.regions)));
    }
    if !audience.topics.is_empty() {
        let p = params.int(audience.topics.0);
        conditions.push(format!("(s.topics & {p}) <> 0"));
    }
    let binds = params.binds;
    let sql = format!(
        "SELECT s.contact_id AS contact_id, c.chat_id AS chat_id, {language} AS language,
                s.silent AS silent
         FROM subscriptions s JOIN contacts c ON c.id = s.contact_id
         WHERE {}",
        conditions.join(" AND ")
    );
    (sql, binds)
}

impl Store {
    /// An organiser's draft (`/broadcast` in the bot), as TOML.
    pub async fn broadcast_draft(&self, user_id: i64) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT body FROM broadcast_drafts WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(self.writer())
            .await?;
        row.map(|r| r.try_get("body"))
            .transpose()
            .map_err(Into::into)
    }

    pub async fn put_broadcast_draft(
        &self,
        user_id: i64,
        body: &str,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO broadcast_drafts (user_id, body, updated_at) VALUES ($1, $2, $3)
             ON CONFLICT (user_id) DO UPDATE SET body = excluded.body,
                 updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(body)
        .bind(now)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    pub async fn delete_broadcast_draft(&self, user_id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM broadcast_drafts WHERE user_id = $1")
            .bind(user_id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// The final summary of a broadcast that ended is in its progress message.
    pub async fn summary_shown(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE broadcasts SET summary_shown = 1 WHERE id = $1 AND state <> 'active'")
            .bind(id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Where an organiser's progress message is, once it is sent.
    pub async fn set_broadcast_progress(
        &self,
        id: i64,
        chat: i64,
        message: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE broadcasts SET progress_chat = $2, progress_message = $3 WHERE id = $1",
        )
        .bind(id)
        .bind(chat)
        .bind(message)
        .execute(self.writer())
        .await?;
        Ok(())
    }
}
