//! The only module that speaks SQL. One interface, two backends chosen by the URL scheme:
//! SQLite (a file, WAL) by default, PostgreSQL for deployments that outgrow one machine.
//! Queries are checked at run time (`sqlx::query` with binds), so building needs no
//! database; the same SQL runs on both backends through sqlx's `Any` driver.

mod batch;
mod cache;
pub mod case;
mod cases;
mod contacts;
mod files;
mod messages;
mod relay;
mod staff;

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

use crate::engine::Conversation;

mod directory;

pub use cases::{NewCase, Sender};
pub use directory::{DirectoryCounts, StaleService};
pub use relay::CaseCopy;

// Awareness sessions, subscriptions and the broadcast queue (issue 6).
mod broadcasts;
mod queue;
mod sessions;
mod subscriptions;

pub use broadcasts::{BroadcastStatus, Counts, Created};
pub use queue::{Claimed, Outcome, SenderLock, lock_key};
pub use sessions::Reminder;
pub use subscriptions::Subscription;

/// Which database a URL names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL: use sqlite://FILE or postgres://HOST/DATABASE")]
    UnsupportedUrl,
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("the database is closed")]
    Closed,
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot make the database files private to this user: {0}")]
    Files(std::io::Error),
}

/// The channel a contact writes from; with the chat id, it names one contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Telegram,
    Console,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Console => "console",
        }
    }
}

/// One contact. Its `Debug` hides the chat id, so that a stray log line cannot leak it.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContactKey {
    pub channel: Channel,
    pub chat_id: i64,
}

impl fmt::Debug for ContactKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ContactKey({}, ***)", self.channel.as_str())
    }
}

/// A contact's saved state, as the engine needs it, plus what the store tracks itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedConversation {
    pub conversation: Conversation,
    /// The day (Unix seconds at 00:00 UTC) she was last seen.
    pub last_seen_day: i64,
}

#[derive(Clone)]
pub struct Store {
    /// For PostgreSQL the same pool as `writer`.
    reader: AnyPool,
    /// For SQLite one connection: SQLite lets one writer in at a time, and connections
    /// that queue here wait in order, where several would poll each other's lock in
    /// SQLite's busy handler, sleeping.
    writer: AnyPool,
    /// SQLite only: conversation steps saved together (see `batch`).
    save_queue: Option<batch::SaveQueue>,
    /// SQLite only: conversations in memory (see `cache`).
    recent: Option<cache::RecentConversations>,
    /// SQLite file only: asks for the write-ahead log to be emptied after an erasure.
    log: Option<Arc<LogTruncation>>,
    backend: Backend,
}

pub const SECONDS_PER_DAY: i64 = 86_400;

impl Store {
    /// Connects (creating the SQLite file if needed). Call [`migrate`](Self::migrate) next.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let backend = Backend::of_url(url)?;
        match backend {
            // Each connection to `:memory:` has a database of its own: one connection.
            Backend::Sqlite if url.contains(":memory:") => {
                let recent = cache::RecentConversations::default();
                let pool = pool(backend, 1).connect(url).await?;
                Ok(Store {
                    reader: pool.clone(),
                    save_queue: Some(batch::SaveQueue::start(pool.clone(), recent.clone())),
                    recent: Some(recent),
                    writer: pool,
                    log: None,
                    backend,
                })
            }
            Backend::Sqlite => {
                // Before SQLite creates the file with the umask's mode (0644 as a rule):
                // see `files`.
                files::keep_private(url).map_err(StoreError::Files)?;
                let url = sqlite_url_creating_file(url);
                let recent = cache::RecentConversations::default();
                let writer = pool(backend, 1).connect(&url).await?;
                let reader = pool(backend, 4).connect(&url).await?;
                let log = Arc::new(LogTruncation::default());
                checkpoint_regularly(reader.clone(), writer.clone(), log.clone());
                Ok(Store {
                    reader,
                    save_queue: Some(batch::SaveQueue::start(writer.clone(), recent.clone())),
                    recent: Some(recent),
                    writer,
                    log: Some(log),
                    backend,
                })
            }
            Backend::Postgres => {
                // PostgreSQL takes many writers at once: no queue needed.
                let pool = pool(backend, 16).connect(url).await?;
                Ok(Store {
                    reader: pool.clone(),
                    writer: pool,
                    save_queue: None,
                    recent: None,
                    log: None,
                    backend,
                })
            }
        }
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connections for queries that only read.
    fn reader(&self) -> &AnyPool {
        &self.reader
    }

    /// The connections for statements that write.
    fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// A transaction whose commit waits for the disk, whatever `synchronous_commit` says
    /// for ordinary conversation steps: for erasures, and for the delivery queue's states,
    /// where a lost commit would mean a message sent twice or to someone who said stop.
    async fn durable_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        let mut tx = self.writer().begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SET LOCAL synchronous_commit = on")
                .execute(&mut *tx)
                .await?;
        }
        Ok(tx)
    }

    /// Call after an erasure commits. On SQLite the log still holds the pages as they were
    /// before it: they are copied over and the log is emptied within a second, by the
    /// checkpoint task (see `checkpoint_regularly`), so that nothing erased stays behind.
    fn erased(&self) {
        if let Some(log) = &self.log {
            log.ask();
        }
    }

    /// How many times SQLite's log was emptied after an erasure (0 on PostgreSQL).
    pub fn log_truncations(&self) -> u64 {
        self.log
            .as_ref()
            .map_or(0, |log| log.done.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// PostgreSQL keeps an erased row on disk as a dead tuple until VACUUM marks its space
    /// for reuse (and later writes overwrite it); autovacuum comes only once a fifth of a
    /// table has changed, which a few erasures in a big table never reach. This runs it on
    /// the tables that hold chat ids, from the hourly purge. On SQLite nothing is needed
    /// (`secure_delete` overwrites at once). VACUUM refuses to run in a transaction: it is
    /// sent as a plain statement on a connection of the pool.
    pub async fn vacuum_erased(&self) -> Result<(), StoreError> {
        if self.backend != Backend::Postgres {
            return Ok(());
        }
        sqlx::raw_sql(
            "VACUUM contacts, subscriptions, deliveries, recent_messages, cases, \
             case_pending, case_messages, case_copies",
        )
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Applies the migrations of this backend that are not applied yet.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(self.writer())
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(self.writer())
                    .await?
            }
        }
        Ok(())
    }

    pub async fn close(&self) {
        if self.backend == Backend::Sqlite {
            // Leave one file behind, the log copied into it (best effort: a later start
            // finishes the job whatever happens).
            let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(self.writer())
                .await;
        }
        self.writer.close().await;
        self.reader.close().await;
    }
}

/// Pool settings for `backend`, with each connection set up as the store needs it.
fn pool(backend: Backend, max_connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(10))
        // A connection to a file cannot go stale; checking it would cost a round trip per
        // statement. A server connection can (a restart of PostgreSQL), so it is checked.
        .test_before_acquire(backend == Backend::Postgres)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == Backend::Sqlite {
                    // WAL makes readers and the writer not block each other; NORMAL is
                    // safe in WAL mode (a power cut can lose the last commits, never
                    // corrupt the file) and spares an fsync per conversation step.
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    // What an erasure deletes is overwritten with zeros, in the table and
                    // its indexes, instead of staying in a free page of the file until
                    // reused: measured, a chat id stayed readable after /forget without it.
                    conn.execute("PRAGMA secure_delete = ON").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    // The commit that fills the log would copy it into the file and wait
                    // for the disk, holding every step queued behind it; a task does that
                    // beside the writer instead (`checkpoint_regularly`).
                    conn.execute("PRAGMA wal_autocheckpoint = 0").await?;
                    // Once a checkpoint has caught up, the log is cut back to this size.
                    conn.execute("PRAGMA journal_size_limit = 67108864").await?;
                } else {
                    // The same trade for PostgreSQL: a crash of the server can lose the
                    // last conversation steps (never corrupt anything), and a step does
                    // not wait for a disk flush. Erasures stay synchronous: see `durable`.
                    conn.execute("SET synchronous_commit = off").await?;
                }
                Ok(())
            })
        })
}

/// How often the SQLite log is copied into the database file.
const CHECKPOINT_EVERY: Duration = Duration::from_secs(1);

/// An erasure asks for the write-ahead log to be emptied: the log keeps whole copies of
/// the pages written before, her rows among them, and a checkpoint only copies the latest
/// pages into the file; the older frames stay in the log until overwritten.
#[derive(Default)]
struct LogTruncation {
    pending: std::sync::atomic::AtomicBool,
    wake: tokio::sync::Notify,
    /// How many TRUNCATE checkpoints ran.
    done: std::sync::atomic::AtomicU64,
}

impl LogTruncation {
    fn ask(&self) {
        self.pending
            .store(true, std::sync::atomic::Ordering::SeqCst);
        self.wake.notify_one();
    }
}

/// Copies SQLite's write-ahead log into the database file every second, on a connection
/// other than the writer's, so that no step waits for it. PASSIVE never blocks the writer
/// or readers; the log is reused from its start once a checkpoint has caught up.
///
/// After an erasure (`log` asks) it runs a TRUNCATE checkpoint instead, which leaves the
/// log empty. That one waits for the writer's turn and for readers to finish with the log
/// (queries of milliseconds), so it takes the writer's connection: it queues with the
/// conversation steps instead of making them poll a lock. When readers keep it from
/// finishing (SQLite answers "busy"), it is tried again a second later. It runs at most
/// once a second: /forget passes every flood guard, and a burst of them must not make
/// everyone's steps queue behind one truncation after another; the erasures of that
/// second are all in the next one.
fn checkpoint_regularly(reader: AnyPool, writer: AnyPool, log: Arc<LogTruncation>) {
    use std::sync::atomic::Ordering;
    tokio::spawn(async move {
        let mut every = tokio::time::interval(CHECKPOINT_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = every.tick() => {}
                _ = log.wake.notified() => {}
            }
            if reader.is_closed() || writer.is_closed() {
                return;
            }
            let truncating = log.pending.swap(false, Ordering::SeqCst);
            let result = match truncating {
                true => {
                    log.done.fetch_add(1, Ordering::Relaxed);
                    let result = truncate_log(&writer).await;
                    // The next one a second later at the earliest (see above): a wake
                    // meanwhile is kept by `Notify` and served then.
                    tokio::time::sleep(CHECKPOINT_EVERY).await;
                    result
                }
                false => sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                    .execute(&reader)
                    .await
                    .map(|_| true),
            };
            match result {
                Ok(true) => {}
                Ok(false) => log.pending.store(true, Ordering::SeqCst),
                Err(error) => {
                    if reader.is_closed() || writer.is_closed() {
                        return;
                    }
                    tracing::warn!(%error, "SQLite checkpoint failed");
                    if truncating {
                        log.pending.store(true, Ordering::SeqCst);
                    }
                }
            }
        }
    });
}

/// Copies the whole log into the file and cuts it to nothing. `false`: readers kept it
/// from finishing.
async fn truncate_log(pool: &AnyPool) -> Result<bool, sqlx::Error> {
    use sqlx::Row;
    let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .fetch_one(pool)
        .await?;
    let busy: i64 = row.try_get(0)?;
    Ok(busy == 0)
}

/// `$first, $first+1, …`, `count` of them; plain `?` on SQLite, which looks up each
/// numbered parameter's name by a linear scan: with thousands of `$N` in one statement,
/// binding took longer than writing (30 s instead of a few for 100,000 services).
fn placeholders(backend: Backend, first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| match backend {
            Backend::Sqlite => "?".to_string(),
            Backend::Postgres => format!("${n}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `(…), (…), …`: the VALUES of a multi-row INSERT, `rows` rows of `width` parameters.
fn value_rows(backend: Backend, rows: usize, width: usize) -> String {
    (0..rows)
        .map(|r| format!("({})", placeholders(backend, r * width + 1, width)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Unix seconds rounded down to the day.
pub fn day_of(seconds: i64) -> i64 {
    seconds.div_euclid(SECONDS_PER_DAY) * SECONDS_PER_DAY
}

/// sqlx opens an SQLite file only if it exists unless the URL says `mode=rwc`.
fn sqlite_url_creating_file(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        return url.to_string();
    }
    let separator = if url.contains('?') { '&' } else { '?' };
    format!("{url}{separator}mode=rwc")
}
