//! The only module that speaks SQL. One interface, two backends chosen by the URL scheme:
//! SQLite (a file, WAL) by default, PostgreSQL for deployments that outgrow one machine.
//! Queries are checked at run time (`sqlx::query` with binds), so building needs no
//! database; the same SQL runs on both backends through sqlx's `Any` driver.

use std::fmt;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{AnyPool, Executor, Row};

use crate::engine::Conversation;

mod directory;

pub use directory::DirectoryCounts;

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
    pool: AnyPool,
    backend: Backend,
}

pub const SECONDS_PER_DAY: i64 = 86_400;

impl Store {
    /// Connects (creating the SQLite file if needed). Call [`migrate`](Self::migrate) next.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let backend = Backend::of_url(url)?;
        let (url, max_connections) = match backend {
            Backend::Sqlite => (sqlite_url_creating_file(url), 4),
            Backend::Postgres => (url.to_string(), 16),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL makes readers and the writer not block each other; NORMAL is
                        // safe in WAL mode (a power cut can lose the last commits, never
                        // corrupt the file) and spares an fsync per conversation step.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                    } else {
                        // The same trade for PostgreSQL: a crash of the server can lose
                        // the last conversation steps (never corrupt anything), and a step
                        // does not wait for a disk flush. Erasures stay synchronous:
                        // see `durable`.
                        conn.execute("SET synchronous_commit = off").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await?;
        Ok(Store { pool, backend })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The connections for queries that only read.
    fn reader(&self) -> &AnyPool {
        &self.pool
    }

    /// The connections for statements that write.
    fn writer(&self) -> &AnyPool {
        &self.pool
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
        self.pool.close().await;
    }

    pub async fn load_conversation(
        &self,
        key: ContactKey,
    ) -> Result<Option<SavedConversation>, StoreError> {
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
        Ok(Some(SavedConversation {
            conversation,
            last_seen_day: row.try_get("last_seen_at")?,
        }))
    }

    /// Saves her state in one statement. `now` is Unix seconds; consent keeps the day it
    /// was first given.
    pub async fn save_conversation(
        &self,
        key: ContactKey,
        conversation: &Conversation,
        now: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO contacts (channel, chat_id, language, region, consent_at, node,
                                   history, created_at, last_seen_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
             ON CONFLICT (channel, chat_id) DO UPDATE SET
                 language = excluded.language,
                 region = excluded.region,
                 consent_at = CASE WHEN excluded.consent_at IS NULL THEN NULL
                     ELSE COALESCE(contacts.consent_at, excluded.consent_at) END,
                 node = excluded.node,
                 history = excluded.history,
                 last_seen_at = excluded.last_seen_at",
        )
        .bind(key.channel.as_str())
        .bind(key.chat_id)
        .bind(conversation.locale.as_deref())
        .bind(conversation.region.as_deref())
        // The day is enough to show when she agreed; the second would show when she wrote.
        .bind(conversation.consented.then_some(day_of(now)))
        .bind(conversation.node.as_str())
        .bind(conversation.history.join(" "))
        .bind(day_of(now))
        .execute(self.writer())
        .await?;
        Ok(())
    }

    /// Remembers the ids of messages in her chat (hers and ours) for quick exit.
    pub async fn remember_messages(
        &self,
        key: ContactKey,
        message_ids: &[i64],
        now: i64,
    ) -> Result<(), StoreError> {
        if message_ids.is_empty() {
            return Ok(());
        }
        let mut tx = self.writer().begin().await?;
        for &message_id in message_ids {
            sqlx::query(
                "INSERT INTO recent_messages (channel, chat_id, message_id, sent_at)
                 VALUES ($1, $2, $3, $4)
                 ON CONFLICT (channel, chat_id, message_id) DO NOTHING",
            )
            .bind(key.channel.as_str())
            .bind(key.chat_id)
            .bind(message_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
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

    /// A transaction whose commit waits for the disk: an erasure is on disk before she is
    /// told it is done, whatever `synchronous_commit` says for ordinary steps.
    async fn durable(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        let mut tx = self.writer().begin().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SET LOCAL synchronous_commit = on")
                .execute(&mut *tx)
                .await?;
        }
        Ok(tx)
    }

    /// Erases everything about one contact. Returns whether there was anything. Her chat's
    /// message ids stay for quick exit, which /forget runs next; they are purged within 48
    /// hours whatever happens.
    pub async fn forget(&self, key: ContactKey) -> Result<bool, StoreError> {
        let mut tx = self.durable().await?;
        let deleted = sqlx::query("DELETE FROM contacts WHERE channel = $1 AND chat_id = $2")
            .bind(key.channel.as_str())
            .bind(key.chat_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(deleted > 0)
    }

    /// Erases every contact not seen since `before` (Unix seconds). Returns how many.
    pub async fn purge_inactive(&self, before: i64) -> Result<u64, StoreError> {
        let mut tx = self.durable().await?;
        let deleted = sqlx::query("DELETE FROM contacts WHERE last_seen_at < $1")
            .bind(before)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.commit().await?;
        Ok(deleted)
    }

    /// Erases every contact who never agreed to what is kept and was last seen before
    /// `before`: a chat she opened and left leaves nothing behind for long.
    pub async fn purge_unconsented(&self, before: i64) -> Result<u64, StoreError> {
        let mut tx = self.durable().await?;
        let deleted =
            sqlx::query("DELETE FROM contacts WHERE consent_at IS NULL AND last_seen_at < $1")
                .bind(before)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        tx.commit().await?;
        Ok(deleted)
    }

    /// How many contacts we keep anything about.
    pub async fn contact_count(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM contacts")
            .fetch_one(self.reader())
            .await?;
        Ok(row.try_get("n")?)
    }
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
