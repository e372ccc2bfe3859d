//! The sending half of the delivery queue: the one-sender lock, claims, outcomes and the
//! recovery of rows a stopped sender left in flight. Nothing is held in memory only.
//!
//! The fence: a sender session claims rows only while the database says it holds the
//! lock (the check is in the claim's own statement); every row in flight names the
//! session, whose lease is renewed with the lock; the session promises (see
//! `broadcast::worker`) to start no call, and to drop every call in progress, once its
//! lease is over. Another sender puts a row back in the queue only once its session's
//! lease is over, so a sender that stalled, lost its lock and woke up again does not send
//! the rows another sends.

use std::collections::BTreeMap;
use std::time::Duration;

use sqlx::{Connection, Row};

use super::broadcasts::{Bind, STILL_WANTED};
use super::{Backend, Store, StoreError, placeholders};

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
/// lease (a stalled or vanished sender; PostgreSQL 14 and later), and TCP keepalives find
/// a dead host in about as long: another process takes over, after the stalled session's
/// lease is over.
const LOCK_IDLE_MARGIN: Duration = Duration::from_secs(4);

impl Store {
    /// Now, in Unix ms, by the clock every sender compares leases with: the database
    /// server's on PostgreSQL (processes on several hosts share it), this host's on SQLite
    /// (a file on one host).
    pub async fn clock_ms(&self) -> Result<i64, StoreError> {
        match self.backend {
            Backend::Sqlite => Ok(crate::clock::now_ms()),
            Backend::Postgres => {
                let row = sqlx::query(
                    "SELECT CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT) AS now",
                )
                .fetch_one(self.reader())
                .await?;
                Ok(row.try_get("now")?)
            }
        }
    }

    /// Takes the right to send for the bot `name` if nobody holds it, as the session
    /// `session`, leased until `now_ms + lease`.
    pub async fn take_sender_lock(
        &self,
        name: &str,
        session: &str,
        now_ms: i64,
        lease: Duration,
    ) -> Result<Option<SenderLock>, StoreError> {
        let until = now_ms + lease.as_millis() as i64;
        let kind = match self.backend {
            Backend::Sqlite => {
                if !self.take_sender_lease(name, session, now_ms, until).await? {
                    return Ok(None);
                }
                LockKind::Lease {
                    name: name.to_string(),
                }
            }
            Backend::Postgres => {
                let mut conn = self.writer().acquire().await?;
                let key = lock_key(name);
                let row = sqlx::query(
                    "SELECT pg_try_advisory_lock($1) AS locked, pg_backend_pid() AS pid",
                )
                .bind(key)
                .fetch_one(&mut *conn)
                .await?;
                if !row.try_get::<bool, _>("locked")? {
                    // Back to the pool: it holds nothing.
                    return Ok(None);
                }
                let pid: i32 = row.try_get("pid")?;
                // Out of the pool from now on: its lock and settings must not outlive it
                // in another use. Renewals commit durably, like every queue state.
                let mut conn = conn.detach();
                let idle = (lease + LOCK_IDLE_MARGIN).as_secs().max(1);
                for setting in [
                    "SET synchronous_commit = on".to_string(),
                    format!("SET idle_session_timeout = '{idle}s'"),
                    "SET tcp_keepalives_idle = 5".to_string(),
                    "SET tcp_keepalives_interval = 2".to_string(),
                    "SET tcp_keepalives_count = 3".to_string(),
                ] {
                    // Older servers lack idle_session_timeout: the keepalives still hold.
                    let set = sqlx::query(sqlx::AssertSqlSafe(setting));
                    if let Err(e) = set.execute(&mut conn).await {
                        tracing::warn!(error = %e, "sender lock: a connection setting was refused");
                    }
                }
                LockKind::Advisory {
                    conn: tokio::sync::Mutex::new(conn),
                    pid: i64::from(pid),
                    key,
                }
            }
        };
        let lock = SenderLock {
            session: session.to_string(),
            kind,
        };
        let opened = sqlx::query(
            "INSERT INTO sender_sessions (session, lease_until) VALUES ($1, $2)
             ON CONFLICT (session) DO UPDATE SET lease_until = excluded.lease_until",
        )
        .bind(session)
        .bind(until)
        .execute(self.writer())
        .await;
        if let Err(e) = opened {
            self.release_sender_lock(lock, now_ms).await;
            return Err(e.into());
        }
        Ok(Some(lock))
    }

    /// Renews the lock and the session's lease until `now_ms + lease`: `Ok(false)` when
    /// the session no longer holds the lock, an error when the database could not tell.
    pub async fn renew_sender_lock(
        &self,
        lock: &SenderLock,
        now_ms: i64,
        lease: Duration,
    ) -> Result<bool, StoreError> {
        let until = now_ms + lease.as_millis() as i64;
        let renew_session = "UPDATE sender_sessions SET lease_until = $1 WHERE session = $2";
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
                let renewed = held
                    && sqlx::query(renew_session)
                        .bind(until)
                        .bind(&lock.session)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected()
                        > 0;
                tx.commit().await?;
                Ok(renewed)
            }
            // On the lock's own connection: while it answers, its session holds the lock.
            LockKind::Advisory { conn, .. } => {
                let mut conn = conn.lock().await;
                let renewed = sqlx::query(renew_session)
                    .bind(until)
                    .bind(&lock.session)
                    .execute(&mut *conn)
                    .await;
                match renewed {
                    Ok(done) => Ok(done.rows_affected() > 0),
                    // A connection that still answers holds the lock still: a failed
                    // statement (a conflict, a timeout) is not a lost lock.
                    Err(e) => match conn.ping().await {
                        Ok(()) => Err(e.into()),
                        Err(_) => Ok(false),
                    },
                }
            }
        }
    }

    /// Gives the lock up, so that another process takes over at once; the session's rows
    /// still in flight (calls abandoned) come back to the queue after the grace.
    pub async fn release_sender_lock(&self, lock: SenderLock, now_ms: i64) {
        let _ = sqlx::query(
            "UPDATE sender_sessions SET lease_until = $1
             WHERE session = $2 AND lease_until > $1",
        )
        .bind(now_ms)
        .bind(&lock.session)
        .execute(self.writer())
        .await;
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
    /// marks them `sending` (attempted now) and returns them, oldest due first.
    pub async fn claim_deliveries(
        &self,
        lock: &SenderLock,
        now_ms: i64,
        limit: i64,
    ) -> Result<Vec<Claimed>, StoreError> {
        let skip_locked = match self.backend {
            Backend::Postgres => "FOR UPDATE SKIP LOCKED",
            Backend::Sqlite => "",
        };
        let (held, held_params) = self.lock_held_sql(lock, 3, now_ms);
        let limit_at = numbered(3 + held_params.len(), 1);
        let sql = format!(
            "UPDATE deliveries
             SET state = 'sending', attempted_at = $1, sender = $2, attempts = attempts + 1
             WHERE id IN (SELECT id FROM deliveries
                          WHERE state = 'pending' AND next_attempt_at <= $1 AND {held}
                            AND {STILL_WANTED}
                          ORDER BY next_attempt_at, id LIMIT {limit_at} {skip_locked})
             RETURNING id, broadcast_id, chat_id, language, silent, attempts"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(now_ms)
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

    /// Rows left `sending` by a session whose lease ended before `expired_before_ms` (its
    /// sender died, stalled or lost its lock mid-call): each may have gone out, so each is
    /// counted on its broadcast, then queued again, unless its broadcast was cancelled or
    /// she said stop or was forgotten meanwhile. Returns how many. Sessions over by then
    /// are forgotten.
    pub async fn recover_in_flight(&self, expired_before_ms: i64) -> Result<i64, StoreError> {
        let mut tx = self.durable_tx().await?;
        let sql = format!(
            "UPDATE deliveries SET
                 state = CASE WHEN {STILL_WANTED} THEN 'pending'
                              WHEN chat_id IS NULL THEN 'dropped'
                              ELSE 'cancelled' END,
                 sender = NULL, last_error = 'in flight when its sender stopped'
             WHERE state = 'sending' AND NOT EXISTS (
                 SELECT 1 FROM sender_sessions s
                 WHERE s.session = deliveries.sender AND s.lease_until >= $1)
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
        sqlx::query("DELETE FROM sender_sessions WHERE lease_until < $1")
            .bind(expired_before_ms)
            .execute(&mut *tx)
            .await?;
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
                    "UPDATE deliveries SET state = '{state}', finished_at = {}
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
                        "UPDATE deliveries SET state = 'failed', finished_at = $2, last_error = $3
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
                             next_attempt_at = $2, sender = NULL, last_error = $3
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

/// A 64-bit key for the advisory lock of `name`, the same in every process and build
/// (FNV-1a): what to look for in `pg_locks` (high half in `classid`, low in `objid`).
pub fn lock_key(name: &str) -> i64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) as i64
}

/// `$first, $first+1, …`: numbered parameters, which both backends read by number (plain
/// `?` on SQLite are numbered apart from them, so statements here use numbers only).
fn numbered(first: usize, count: usize) -> String {
    placeholders(Backend::Postgres, first, count)
}
