//! Broadcasts and their durable delivery queue: a broadcast and all its recipient rows
//! are created in one transaction; a sender claims due rows (a lease on SQLite, `FOR
//! UPDATE SKIP LOCKED` on PostgreSQL), marks them `sending` before the call and `sent`,
//! `blocked`, `failed` or back to `pending` after it. Nothing is held in memory only.

use std::collections::BTreeMap;

use sqlx::Row;

use super::{Backend, Store, StoreError, placeholders};
use crate::broadcast::{Audience, NewBroadcast};

/// A row claimed for sending.
#[derive(Clone, PartialEq, Eq)]
pub struct Claimed {
    pub id: i64,
    pub broadcast_id: i64,
    pub chat_id: i64,
    pub language: String,
    pub silent: bool,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

impl std::fmt::Debug for Claimed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Claimed(delivery {}, broadcast {}, ***)",
            self.id, self.broadcast_id
        )
    }
}

/// What became of one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// She blocked the bot or her account is gone: never retried (and she is forgotten).
    Blocked,
    /// Refused for good (chat not found…), or transient failures past the last attempt.
    Failed(String),
    /// A transient failure: try again at `at_ms`.
    Retry {
        error: String,
        at_ms: i64,
    },
}

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

    /// Rows of the previous sender left `sending` (it died mid-call): each may have gone
    /// out, so each is counted on its broadcast, then queued again. Call only while
    /// holding the sender lock, before claiming.
    pub async fn recover_in_flight(&self) -> Result<i64, StoreError> {
        let mut tx = self.durable_tx().await?;
        sqlx::query(
            "UPDATE broadcasts SET in_flight_recovered = in_flight_recovered +
                 (SELECT COUNT(*) FROM deliveries d
                  WHERE d.broadcast_id = broadcasts.id AND d.state = 'sending')
             WHERE id IN (SELECT broadcast_id FROM deliveries WHERE state = 'sending')",
        )
        .execute(&mut *tx)
        .await?;
        // Counted above; but a row whose broadcast was cancelled, or whose woman said stop
        // or was forgotten meanwhile, is not sent again.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE deliveries
             SET state = CASE WHEN chat_id IS NULL THEN 'dropped' ELSE 'cancelled' END,
                 lease_until = NULL, last_error = 'in flight at a crash'
             WHERE state = 'sending' AND NOT ({STILL_WANTED})"
        )))
        .execute(&mut *tx)
        .await?;
        let recovered = sqlx::query(
            "UPDATE deliveries
             SET state = 'pending', lease_until = NULL, last_error = 'in flight at a crash'
             WHERE state = 'sending'",
        )
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        Ok(recovered as i64)
    }

    /// Claims up to `limit` due rows: marks them `sending` (attempted now, leased until
    /// `lease_until_ms`) and returns them, oldest due first.
    pub async fn claim_deliveries(
        &self,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> Result<Vec<Claimed>, StoreError> {
        let lock = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE deliveries
             SET state = 'sending', attempted_at = $1, lease_until = $2, attempts = attempts + 1
             WHERE id IN (SELECT id FROM deliveries
                          WHERE state = 'pending' AND next_attempt_at <= $1 AND {STILL_WANTED}
                          ORDER BY next_attempt_at, id LIMIT $3 {lock})
             RETURNING id, broadcast_id, chat_id, language, silent, attempts"
        );
        let mut tx = self.durable_tx().await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms)
            .bind(lease_until_ms)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await?;
        tx.commit().await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in rows {
            let chat_id: Option<i64> = row.try_get("chat_id")?;
            let silent: i64 = row.try_get("silent")?;
            claimed.push(Claimed {
                id: row.try_get("id")?,
                broadcast_id: row.try_get("broadcast_id")?,
                chat_id: chat_id.unwrap_or(0),
                language: row.try_get("language")?,
                silent: silent != 0,
                attempts: row.try_get("attempts")?,
            });
        }
        claimed.sort_by_key(|c| c.id);
        Ok(claimed)
    }

    /// The earliest time a pending row is due (Unix ms), if any.
    pub async fn next_due(&self) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT MIN(next_attempt_at) AS due FROM deliveries WHERE state = 'pending'",
        )
        .fetch_one(self.writer())
        .await?;
        Ok(row.try_get("due")?)
    }

    /// Records the outcome of each attempt, in one transaction, and marks the broadcasts
    /// that have nothing left to send as done.
    pub async fn finish_deliveries(
        &self,
        results: &[(i64, Outcome)],
        now_ms: i64,
    ) -> Result<(), StoreError> {
        if results.is_empty() {
            return Ok(());
        }
        let mut tx = self.durable_tx().await?;
        for (state, ids) in [
            ("sent", ids_where(results, |o| *o == Outcome::Sent)),
            ("blocked", ids_where(results, |o| *o == Outcome::Blocked)),
        ] {
            for chunk in ids.chunks(500) {
                // All plain `?` on SQLite: it numbers them in order, after any `$N`.
                let sql = format!(
                    "UPDATE deliveries SET state = '{state}', finished_at = {}, lease_until = NULL
                     WHERE state = 'sending' AND id IN ({})",
                    placeholders(self.backend, 1, 1),
                    placeholders(self.backend, 2, chunk.len())
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now_ms);
                for id in chunk {
                    query = query.bind(*id);
                }
                query.execute(&mut *tx).await?;
            }
        }
        for (id, outcome) in results {
            match outcome {
                Outcome::Sent | Outcome::Blocked => {}
                Outcome::Failed(error) => {
                    sqlx::query(
                        "UPDATE deliveries SET state = 'failed', finished_at = $2,
                             lease_until = NULL, last_error = $3
                         WHERE id = $1 AND state = 'sending'",
                    )
                    .bind(*id)
                    .bind(now_ms)
                    .bind(error.clone())
                    .execute(&mut *tx)
                    .await?;
                }
                Outcome::Retry { error, at_ms } => {
                    // Again later, unless the broadcast was cancelled or she said stop (or
                    // was forgotten) while it was in flight: then it ends here.
                    let sql = format!(
                        "UPDATE deliveries SET
                             state = CASE WHEN {STILL_WANTED} THEN 'pending'
                                          WHEN chat_id IS NULL THEN 'dropped'
                                          ELSE 'cancelled' END,
                             next_attempt_at = $2, lease_until = NULL, last_error = $3
                         WHERE id = $1 AND state = 'sending'"
                    );
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .bind(*id)
                        .bind(*at_ms)
                        .bind(error.clone())
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Marks done the active broadcasts among `ids` with no row left to send; returns
    /// those it marked.
    pub async fn close_finished_broadcasts(
        &self,
        ids: &[i64],
        now: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let mut done = Vec::new();
        for id in ids {
            let changed = sqlx::query(
                "UPDATE broadcasts SET state = 'done', finished_at = $2
                 WHERE id = $1 AND state = 'active' AND NOT EXISTS (
                     SELECT 1 FROM deliveries d
                     WHERE d.broadcast_id = $1 AND d.state IN ('pending', 'sending'))",
            )
            .bind(*id)
            .bind(now)
            .execute(self.writer())
            .await?
            .rows_affected();
            if changed > 0 {
                done.push(*id);
            }
        }
        Ok(done)
    }

    /// Takes or renews the right to send for the bot `name` on SQLite: a lease row that
    /// `holder` keeps while it renews it before `expires_at_ms`. True if `holder` has it.
    pub async fn take_sender_lease(
        &self,
        name: &str,
        holder: &str,
        now_ms: i64,
        expires_at_ms: i64,
    ) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "INSERT INTO sender_leases (name, holder, expires_at) VALUES ($1, $2, $3)
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,
                 expires_at = excluded.expires_at
             WHERE sender_leases.holder = excluded.holder OR sender_leases.expires_at < $4",
        )
        .bind(name)
        .bind(holder)
        .bind(expires_at_ms)
        .bind(now_ms)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(changed > 0)
    }

    /// Gives the lease up (a clean stop), so that another process takes over at once.
    pub async fn release_sender_lease(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sender_leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// PostgreSQL: a connection holding the advisory lock `key`, or `None` when another
    /// session holds it. The lock lives as long as the connection: a process that dies
    /// releases it.
    pub async fn try_advisory_lock(
        &self,
        key: i64,
    ) -> Result<Option<sqlx::pool::PoolConnection<sqlx::Any>>, StoreError> {
        let mut conn = self.writer().acquire().await?;
        let row = sqlx::query("SELECT pg_try_advisory_lock($1) AS locked")
            .bind(key)
            .fetch_one(&mut *conn)
            .await?;
        let locked: bool = row.try_get("locked")?;
        if locked { Ok(Some(conn)) } else { Ok(None) }
    }
}

/// A delivery row is still wanted while its broadcast is active, her contact exists, and,
/// for an announcement, she is still subscribed.
const STILL_WANTED: &str = "(deliveries.chat_id IS NOT NULL AND EXISTS (
     SELECT 1 FROM broadcasts b
     WHERE b.id = deliveries.broadcast_id AND b.state = 'active'
       AND (b.kind <> 'announcement' OR EXISTS (
           SELECT 1 FROM subscriptions s WHERE s.contact_id = deliveries.contact_id))))";

fn ids_where(results: &[(i64, Outcome)], keep: impl Fn(&Outcome) -> bool) -> Vec<i64> {
    results
        .iter()
        .filter(|(_, o)| keep(o))
        .map(|(id, _)| *id)
        .collect()
}

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
