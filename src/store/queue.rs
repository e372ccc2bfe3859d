//! The sending half of the delivery queue: the one-sender lock, claims, outcomes and the
//! recovery of rows a stopped sender left in flight. Nothing is held in memory only.
//!
//! The fence: a sender session claims rows only while the database says it holds the
//! lock (the check is in the claim's own statement), every row in flight names the
//! session and carries a lease that the session renews with the lock, and the session
//! promises (see `broadcast::worker`) not to start or continue a call once its lease is
//! over. Another sender puts a row back in the queue only once its lease is over, so a
//! sender that stalled, lost its lock and woke up again sends nothing twice.

use std::collections::BTreeMap;
use std::time::Duration;

use sqlx::{Connection, Row};

use super::broadcasts::{Bind, STILL_WANTED};
use super::{Backend, Store, StoreError};

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

fn ids_where(results: &[(i64, Outcome)], keep: impl Fn(&Outcome) -> bool) -> Vec<i64> {
    results
        .iter()
        .filter(|(_, o)| keep(o))
        .map(|(id, _)| *id)
        .collect()
}

/// The right to send broadcasts for one bot, held by one sender session: an advisory lock
/// on PostgreSQL (on a connection of its own, freed when that connection closes), a lease
/// row on SQLite (renewed by the session, free once expired).
pub struct SenderLock {
    /// This session, new at every take: rows in flight name it.
    session: String,
    kind: LockKind,
}

enum LockKind {
    Lease {
        name: String,
    },
    Advisory {
        conn: tokio::sync::Mutex<sqlx::AnyConnection>,
        /// The server process of `conn`: claims check in `pg_locks` that it holds `key`.
        pid: i64,
        key: i64,
    },
}

impl SenderLock {
    pub fn session(&self) -> &str {
        &self.session
    }
}

/// The server ends the lock's connection when it has been idle this much longer than a
/// lease (a stalled or vanished sender), and TCP keepalives find a dead host in about as
/// long: another process takes over, after the stalled session's lease is over.
const LOCK_IDLE_MARGIN: Duration = Duration::from_secs(4);

impl Store {
    /// Takes the right to send for the bot `name` if nobody holds it; the session's rows
    /// are leased until `now_ms + lease`.
    pub async fn take_sender_lock(
        &self,
        name: &str,
        session: &str,
        now_ms: i64,
        lease: Duration,
    ) -> Result<Option<SenderLock>, StoreError> {
        let session = session.to_string();
        match self.backend {
            Backend::Sqlite => {
                let until = now_ms + lease.as_millis() as i64;
                let held = self
                    .take_sender_lease(name, &session, now_ms, until)
                    .await?;
                Ok(held.then(|| SenderLock {
                    session,
                    kind: LockKind::Lease {
                        name: name.to_string(),
                    },
                }))
            }
            Backend::Postgres => {
                // A connection of its own, out of the pool: its settings and its lock
                // must not outlive it in another use.
                let mut conn = self.writer().acquire().await?.detach();
                let key = lock_key(name);
                let row = sqlx::query(
                    "SELECT pg_try_advisory_lock($1) AS locked, pg_backend_pid() AS pid",
                )
                .bind(key)
                .fetch_one(&mut conn)
                .await?;
                let locked: bool = row.try_get("locked")?;
                if !locked {
                    let _ = conn.close().await;
                    return Ok(None);
                }
                let pid: i32 = row.try_get("pid")?;
                let idle = (lease + LOCK_IDLE_MARGIN).as_secs().max(1);
                for setting in [
                    format!("SET idle_session_timeout = '{idle}s'"),
                    "SET tcp_keepalives_idle = 5".to_string(),
                    "SET tcp_keepalives_interval = 2".to_string(),
                    "SET tcp_keepalives_count = 3".to_string(),
                ] {
                    // Older servers lack idle_session_timeout: the keepalives still hold.
                    if let Err(e) = sqlx::query(sqlx::AssertSqlSafe(setting))
                        .execute(&mut conn)
                        .await
                    {
                        tracing::warn!(error = %e, "sender lock: a connection setting was refused");
                    }
                }
                Ok(Some(SenderLock {
                    session,
                    kind: LockKind::Advisory {
                        conn: tokio::sync::Mutex::new(conn),
                        pid: i64::from(pid),
                        key,
                    },
                }))
            }
        }
    }

    /// Renews the lock and the leases of the session's rows in flight, until
    /// `now_ms + lease`. False when the session no longer holds the lock.
    pub async fn renew_sender_lock(
        &self,
        lock: &SenderLock,
        now_ms: i64,
        lease: Duration,
    ) -> Result<bool, StoreError> {
        let until = now_ms + lease.as_millis() as i64;
        let renew_rows = "UPDATE deliveries SET lease_until = $1
                          WHERE state = 'sending' AND sender = $2";
        match &lock.kind {
            LockKind::Lease { name } => {
                let mut tx = self.durable_tx().await?;
                let held = sqlx::query(
                    "UPDATE sender_leases SET expires_at = $1
                     WHERE name = $2 AND holder = $3 AND expires_at > $4",
                )
                .bind(until)
                .bind(name)
                .bind(&lock.session)
                .bind(now_ms)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    > 0;
                if held {
                    sqlx::query(renew_rows)
                        .bind(until)
                        .bind(&lock.session)
                        .execute(&mut *tx)
                        .await?;
                }
                tx.commit().await?;
                Ok(held)
            }
            // The lock's own connection: while it answers, its session holds the lock.
            LockKind::Advisory { conn, .. } => {
                let mut conn = conn.lock().await;
                let renewed = sqlx::query(renew_rows)
                    .bind(until)
                    .bind(&lock.session)
                    .execute(&mut *conn)
                    .await;
                Ok(renewed.is_ok())
            }
        }
    }

    /// Gives the lock up (a clean stop), so that another process takes over at once.
    pub async fn release_sender_lock(&self, lock: SenderLock) {
        match lock.kind {
            LockKind::Lease { name } => {
                let _ = self.release_sender_lease(&name, &lock.session).await;
            }
            LockKind::Advisory { conn, .. } => {
                let mut conn = conn.into_inner();
                let _ = sqlx::query("SELECT pg_advisory_unlock_all()")
                    .execute(&mut conn)
                    .await;
                let _ = conn.close().await;
            }
        }
    }

    /// `EXISTS (…)`: `lock` still holds the right to send, as the database sees it now.
    /// Parameters from `first`; returns the SQL and its values.
    fn lock_held_sql(&self, lock: &SenderLock, first: usize, now_ms: i64) -> (String, Vec<Bind>) {
        let p = |n: usize| numbered(first + n, 1);
        match &lock.kind {
            LockKind::Lease { name } => (
                format!(
                    "EXISTS (SELECT 1 FROM sender_leases
                             WHERE name = {} AND holder = {} AND expires_at > {})",
                    p(0),
                    p(1),
                    p(2)
                ),
                vec![
                    Bind::Text(name.clone()),
                    Bind::Text(lock.session.clone()),
                    Bind::Int(now_ms),
                ],
            ),
            // A bigint key shows as its high half in classid, its low half in objid.
            LockKind::Advisory { pid, key, .. } => (
                format!(
                    "EXISTS (SELECT 1 FROM pg_locks
                             WHERE locktype = 'advisory' AND granted AND pid = {}
                               AND classid::bigint = {} AND objid::bigint = {}
                               AND objsubid = 1)",
                    p(0),
                    p(1),
                    p(2)
                ),
                vec![
                    Bind::Int(*pid),
                    Bind::Int((*key as u64 >> 32) as i64),
                    Bind::Int((*key as u64 & 0xffff_ffff) as i64),
                ],
            ),
        }
    }

    /// Claims up to `limit` due rows for `lock`'s session, if it still holds the lock:
    /// marks them `sending` (attempted now, leased until `lease_until_ms`) and returns
    /// them, oldest due first.
    pub async fn claim_deliveries(
        &self,
        lock: &SenderLock,
        now_ms: i64,
        lease_until_ms: i64,
        limit: i64,
    ) -> Result<Vec<Claimed>, StoreError> {
        let skip_locked = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let (held, held_params) = self.lock_held_sql(lock, 4, now_ms);
        let limit_at = numbered(4 + held_params.len(), 1);
        let sql = format!(
            "UPDATE deliveries
             SET state = 'sending', attempted_at = $1, lease_until = $2, sender = $3,
                 attempts = attempts + 1
             WHERE id IN (SELECT id FROM deliveries
                          WHERE state = 'pending' AND next_attempt_at <= $1 AND {held}
                            AND {STILL_WANTED}
                          ORDER BY next_attempt_at, id LIMIT {limit_at} {skip_locked})
             RETURNING id, broadcast_id, chat_id, language, silent, attempts"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms)
            .bind(lease_until_ms)
            .bind(lock.session.clone());
        for param in held_params {
            query = param.apply(query);
        }
        let mut tx = self.durable_tx().await?;
        let rows = query.bind(limit).fetch_all(&mut *tx).await?;
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

    /// Rows left `sending` by a sender whose lease ended before `expired_before_ms` (it
    /// died, stalled or lost its lock mid-call): each may have gone out, so each is
    /// counted on its broadcast, then queued again, unless its broadcast was cancelled or
    /// she said stop or was forgotten meanwhile. Returns how many.
    pub async fn recover_in_flight(&self, expired_before_ms: i64) -> Result<i64, StoreError> {
        let mut tx = self.durable_tx().await?;
        let sql = format!(
            "UPDATE deliveries SET
                 state = CASE WHEN {STILL_WANTED} THEN 'pending'
                              WHEN chat_id IS NULL THEN 'dropped'
                              ELSE 'cancelled' END,
                 lease_until = NULL, sender = NULL,
                 last_error = 'in flight when its sender stopped'
             WHERE state = 'sending' AND (lease_until IS NULL OR lease_until < $1)
             RETURNING broadcast_id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(expired_before_ms)
            .fetch_all(&mut *tx)
            .await?;
        let mut per_broadcast: BTreeMap<i64, i64> = BTreeMap::new();
        for row in &rows {
            *per_broadcast
                .entry(row.try_get("broadcast_id")?)
                .or_default() += 1;
        }
        for (broadcast, n) in &per_broadcast {
            sqlx::query(
                "UPDATE broadcasts SET in_flight_recovered = in_flight_recovered + $2
                 WHERE id = $1",
            )
            .bind(*broadcast)
            .bind(*n)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(rows.len() as i64)
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

    /// Records the outcome of each attempt of `session`, in one transaction. A row that is
    /// no longer this session's in flight (another sender recovered it) is left alone.
    pub async fn finish_deliveries(
        &self,
        session: &str,
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
                let sql = format!(
                    "UPDATE deliveries SET state = '{state}', finished_at = {}, lease_until = NULL
                     WHERE state = 'sending' AND sender = {} AND id IN ({})",
                    numbered(1, 1),
                    numbered(2, 1),
                    numbered(3, chunk.len())
                );
                let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(now_ms)
                    .bind(session.to_string());
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
                         WHERE id = $1 AND state = 'sending' AND sender = $4",
                    )
                    .bind(*id)
                    .bind(now_ms)
                    .bind(error.clone())
                    .bind(session.to_string())
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
                             next_attempt_at = $2, lease_until = NULL, sender = NULL,
                             last_error = $3
                         WHERE id = $1 AND state = 'sending' AND sender = $4"
                    );
                    sqlx::query(sqlx::AssertSqlSafe(sql))
                        .bind(*id)
                        .bind(*at_ms)
                        .bind(error.clone())
                        .bind(session.to_string())
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

    /// Takes or renews the SQLite lease row of the bot `name` for `holder`: free, expired
    /// or already `holder`'s. True if `holder` has it until `expires_at_ms`.
    async fn take_sender_lease(
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

    async fn release_sender_lease(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM sender_leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Shares a 429's pause between the processes of the bot `name`: records `until_ms`
    /// if it is later than the pause on record (`None` records nothing) and returns the
    /// pause on record, if any.
    pub async fn share_pause(
        &self,
        name: &str,
        until_ms: Option<i64>,
    ) -> Result<Option<i64>, StoreError> {
        let row = match until_ms {
            Some(until) => {
                sqlx::query(
                    "INSERT INTO bot_pauses (name, until_ms) VALUES ($1, $2)
                     ON CONFLICT (name) DO UPDATE SET until_ms = CASE
                         WHEN bot_pauses.until_ms > excluded.until_ms THEN bot_pauses.until_ms
                         ELSE excluded.until_ms END
                     RETURNING until_ms",
                )
                .bind(name)
                .bind(until)
                .fetch_optional(self.writer())
                .await?
            }
            None => {
                sqlx::query("SELECT until_ms FROM bot_pauses WHERE name = $1")
                    .bind(name)
                    .fetch_optional(self.reader())
                    .await?
            }
        };
        row.map(|r| r.try_get("until_ms"))
            .transpose()
            .map_err(Into::into)
    }
}

/// A 64-bit key for the advisory lock, the same in every process and build (FNV-1a).
fn lock_key(name: &str) -> i64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) as i64
}

/// `$first, $first+1, …`: numbered parameters, which both backends read by number (plain
/// `?` on SQLite are numbered apart from them, so statements here use numbers only).
fn numbered(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
