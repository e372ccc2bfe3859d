//! The only module that speaks SQL. One interface, two backends chosen by the URL scheme:
//! SQLite (a file, WAL) by default, PostgreSQL for deployments that outgrow one machine.
//! Queries are checked at run time (`sqlx::query` with binds), so building needs no
//! database; the same SQL runs on both backends through sqlx's `Any` driver.

mod batch;
mod cache;
mod cases;
mod contacts;
mod messages;
mod relay;
mod staff;

use std::fmt;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor};

use crate::engine::Conversation;

mod directory;

pub use cases::{NewCase, Sender};
pub use directory::DirectoryCounts;
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
}

/// The channel a contact writes from; with the chat id, it names one contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Channel {
    Telegram,
    Console,
}

impl Channel {
    fn as_str(self) -> &'static str {
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
                    backend,
                })
            }
            Backend::Sqlite => {
                let url = sqlite_url_creating_file(url);
                let recent = cache::RecentConversations::default();
                let writer = pool(backend, 1).connect(&url).await?;
                let reader = pool(backend, 4).connect(&url).await?;
                checkpoint_regularly(reader.clone());
                Ok(Store {
                    reader,
                    save_queue: Some(batch::SaveQueue::start(writer.clone(), recent.clone())),
                    recent: Some(recent),
                    writer,
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

/// Copies SQLite's write-ahead log into the database file every second, on a connection
/// other than the writer's, so that no step waits for it. PASSIVE never blocks the writer
/// or readers; the log is reused from its start once a checkpoint has caught up.
fn checkpoint_regularly(pool: AnyPool) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(CHECKPOINT_EVERY);
        every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            every.tick().await;
            if pool.is_closed() {
                return;
            }
            if let Err(error) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
                .execute(&pool)
                .await
            {
                tracing::warn!(%error, "SQLite checkpoint failed");
            }
        }
    });
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
