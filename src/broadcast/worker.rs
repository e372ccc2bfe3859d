//! The broadcast sender: one per bot token (a PostgreSQL advisory lock, a lease row on
//! SQLite), it claims due rows of the delivery queue, sends each once through the
//! channel's rate limits, and records every outcome. Rows are marked `sending` when
//! claimed and at most `window` rows are claimed and not yet recorded at any time: after a
//! crash only those can go out twice, and the next sender counts them.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, watch};
use tokio::time::Instant;

use super::now_ms;
use super::progress;
use crate::store::{Backend, Channel, Claimed, ContactKey, Outcome, Store, StoreError};

/// What one attempt to send gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// She blocked the bot or her account is gone.
    Blocked,
    /// Refused for good (chat not found, bad request): never retried.
    Refused(String),
    /// A network error or a 5xx: retried later with backoff.
    Transient(String),
}

/// The channel the queue sends through (Telegram; a fake in tests).
pub trait Transport: Send + Sync + 'static {
    /// One announcement to one chat, within the channel's limits. A 429 is waited out
    /// inside; other failures come back at once.
    fn send(
        &self,
        chat_id: i64,
        language: &str,
        text: &str,
        silent: bool,
    ) -> impl Future<Output = Attempt> + Send;
    /// Replaces the text of an organiser's progress message.
    fn show_progress(
        &self,
        chat_id: i64,
        message_id: i64,
        text: &str,
    ) -> impl Future<Output = ()> + Send;
    /// Names the bot (not secret: the id part of the token), for the one-sender lock.
    fn sender_name(&self) -> String;
}

/// How the sender works; see `config::BroadcastConfig` for the settings people change.
#[derive(Debug, Clone)]
pub struct WorkerSettings {
    /// Messages a second the channel allows (sizes the window of rows claimed).
    pub rate: u32,
    /// Attempts for transient failures before a row fails.
    pub max_attempts: i64,
    /// First retry delay; doubled for each attempt, at most 10 minutes.
    pub backoff: Duration,
    /// How often an idle sender looks for due rows (another process may have queued).
    pub idle_poll: Duration,
    /// How often organisers' progress messages are edited.
    pub progress_every: Duration,
    /// How often a process without the sender lock tries to take it.
    pub lock_retry: Duration,
    /// SQLite lease length; renewed at a third of it.
    pub lease: Duration,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        WorkerSettings {
            rate: 30,
            max_attempts: 5,
            backoff: Duration::from_secs(5),
            idle_poll: Duration::from_millis(500),
            progress_every: Duration::from_secs(3),
            lock_retry: Duration::from_secs(1),
            lease: Duration::from_secs(6),
        }
    }
}

impl WorkerSettings {
    /// Rows claimed and not yet recorded, at most: a quarter second of traffic.
    pub fn window(&self) -> usize {
        (self.rate as usize / 4).clamp(4, 1000)
    }
}

/// Runs the sender until `stopped` turns true: takes the lock when it is free, sends
/// while it holds it, finishes the rows in hand before it stops.
pub async fn run<T: Transport>(
    store: Store,
    transport: Arc<T>,
    settings: WorkerSettings,
    mut stopped: watch::Receiver<bool>,
) -> Result<(), StoreError> {
    let holder = format!("{}-{}", std::process::id(), now_ms());
    let name = format!("broadcast-sender-{}", transport.sender_name());
    loop {
        if *stopped.borrow() {
            return Ok(());
        }
        let Some(lock) = SenderLock::take(&store, &name, &holder, &settings).await? else {
            tokio::select! {
                _ = stopped.wait_for(|s| *s) => return Ok(()),
                _ = tokio::time::sleep(settings.lock_retry) => continue,
            }
        };
        tracing::info!("broadcast sender: this process sends");
        let recovered = store.recover_in_flight().await?;
        if recovered > 0 {
            tracing::warn!(
                recovered,
                "broadcast rows were in flight when the last sender stopped: sent again, counted"
            );
        }
        let result = send_while_held(&store, &transport, &settings, &lock, &mut stopped).await;
        lock.release(&store).await;
        result?;
    }
}

/// The one-sender lock: an advisory lock on PostgreSQL (released when its connection
/// closes, so a dead process frees it at once), a lease row on SQLite.
enum SenderLock {
    Advisory(tokio::sync::Mutex<sqlx::pool::PoolConnection<sqlx::Any>>),
    Lease { name: String, holder: String },
}

impl SenderLock {
    async fn take(
        store: &Store,
        name: &str,
        holder: &str,
        settings: &WorkerSettings,
    ) -> Result<Option<SenderLock>, StoreError> {
        match store.backend() {
            Backend::Postgres => Ok(store
                .try_advisory_lock(lock_key(name))
                .await?
                .map(|c| SenderLock::Advisory(tokio::sync::Mutex::new(c)))),
            Backend::Sqlite => {
                let now = now_ms();
                let held = store
                    .take_sender_lease(name, holder, now, now + settings.lease.as_millis() as i64)
                    .await?;
                Ok(held.then(|| SenderLock::Lease {
                    name: name.to_string(),
                    holder: holder.to_string(),
                }))
            }
        }
    }

    /// Whether this process still holds the lock (renewing a lease).
    async fn still_held(&self, store: &Store, settings: &WorkerSettings) -> bool {
        match self {
            SenderLock::Advisory(conn) => {
                let mut conn = conn.lock().await;
                sqlx::query("SELECT 1").execute(&mut **conn).await.is_ok()
            }
            SenderLock::Lease { name, holder } => {
                let now = now_ms();
                store
                    .take_sender_lease(name, holder, now, now + settings.lease.as_millis() as i64)
                    .await
                    .unwrap_or(false)
            }
        }
    }

    async fn release(self, store: &Store) {
        match self {
            SenderLock::Advisory(conn) => {
                let mut conn = conn.into_inner();
                let _ = sqlx::query("SELECT pg_advisory_unlock_all()")
                    .execute(&mut *conn)
                    .await;
            }
            SenderLock::Lease { name, holder } => {
                let _ = store.release_sender_lease(&name, &holder).await;
            }
        }
    }
}

/// A 64-bit key for the advisory lock, the same in every process and build.
fn lock_key(name: &str) -> i64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |hash, b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    }) as i64
}

/// One attempt's result on its way to the recorder, with its place in the window.
struct Done {
    row: Claimed,
    outcome: Outcome,
    _permit: OwnedSemaphorePermit,
}

async fn send_while_held<T: Transport>(
    store: &Store,
    transport: &Arc<T>,
    settings: &WorkerSettings,
    lock: &SenderLock,
    stopped: &mut watch::Receiver<bool>,
) -> Result<(), StoreError> {
    let window = settings.window();
    let permits = Arc::new(Semaphore::new(window));
    let (done_tx, done_rx) = mpsc::unbounded_channel::<Done>();
    let recorder = tokio::spawn(record(store.clone(), done_rx));
    let mut texts = TextCache::default();
    let mut progress = progress::Tracker::default();
    let mut next_check = Instant::now();
    let mut next_progress = Instant::now();
    let result = loop {
        if *stopped.borrow() || recorder.is_finished() {
            break Ok(());
        }
        let now = Instant::now();
        if now >= next_check {
            if !lock.still_held(store, settings).await {
                tracing::warn!("broadcast sender: lost the lock; another process sends");
                break Ok(());
            }
            next_check = now + settings.lease / 3;
        }
        if now >= next_progress {
            if let Err(e) = progress
                .show(store, transport.as_ref(), settings.rate)
                .await
            {
                tracing::warn!(error = %e, "broadcast progress not shown");
            }
            // From when the edits are done: slow edits must not leave no time to send.
            next_progress = Instant::now() + settings.progress_every;
        }
        let free = permits.available_permits();
        let claimed = match free {
            0 => vec![],
            n => {
                let now = now_ms();
                let lease_until = now + settings.lease.as_millis() as i64;
                match store.claim_deliveries(now, lease_until, n as i64).await {
                    Ok(rows) => rows,
                    Err(e) => break Err(e),
                }
            }
        };
        if claimed.is_empty() {
            let wait = match free {
                0 => Duration::from_millis(5),
                _ => idle_wait(store, settings).await,
            };
            tokio::select! {
                _ = stopped.wait_for(|s| *s) => {}
                _ = tokio::time::sleep(wait) => {}
            }
            continue;
        }
        if let Err(e) = dispatch(
            claimed, store, transport, settings, &permits, &done_tx, &mut texts,
        )
        .await
        {
            break Err(e);
        }
    };
    // Finish what is in hand: the recorder ends once every claimed row is sent and
    // recorded (each sending task holds a handle to it), before the lock goes.
    drop(done_tx);
    let recorded = recorder.await.unwrap_or(Ok(()));
    let _ = progress
        .show(store, transport.as_ref(), settings.rate)
        .await;
    result.and(recorded)
}

/// Starts one task per claimed row: it sends (waiting for its turn in the limits) and
/// hands the outcome to the recorder, with its place in the window.
async fn dispatch<T: Transport>(
    claimed: Vec<Claimed>,
    store: &Store,
    transport: &Arc<T>,
    settings: &WorkerSettings,
    permits: &Arc<Semaphore>,
    done_tx: &mpsc::UnboundedSender<Done>,
    texts: &mut TextCache,
) -> Result<(), StoreError> {
    for row in claimed {
        // No more rows are claimed than places are free, and only this task takes them.
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            break;
        };
        let text = texts.get(store, row.broadcast_id, &row.language).await?;
        let transport = transport.clone();
        let done = done_tx.clone();
        let settings = settings.clone();
        tokio::spawn(async move {
            let outcome = match text {
                None => Outcome::Failed("no text in this language".into()),
                Some(text) => {
                    let attempt = transport
                        .send(row.chat_id, &row.language, &text, row.silent)
                        .await;
                    outcome_of(attempt, &row, &settings)
                }
            };
            let _ = done.send(Done {
                row,
                outcome,
                _permit: permit,
            });
        });
    }
    Ok(())
}

/// How long an idle sender sleeps: until the next due row, at most `idle_poll`.
async fn idle_wait(store: &Store, settings: &WorkerSettings) -> Duration {
    match store.next_due().await {
        Ok(Some(due)) => Duration::from_millis(
            (due - now_ms()).clamp(1, settings.idle_poll.as_millis() as i64) as u64,
        ),
        _ => settings.idle_poll,
    }
}

fn outcome_of(attempt: Attempt, row: &Claimed, settings: &WorkerSettings) -> Outcome {
    match attempt {
        Attempt::Sent => Outcome::Sent,
        Attempt::Blocked => Outcome::Blocked,
        Attempt::Refused(error) => Outcome::Failed(error),
        Attempt::Transient(error) if row.attempts >= settings.max_attempts => {
            Outcome::Failed(format!("gave up after {} attempts: {error}", row.attempts))
        }
        Attempt::Transient(error) => {
            let factor = 1u32 << (row.attempts - 1).clamp(0, 16) as u32;
            let delay = settings
                .backoff
                .saturating_mul(factor)
                .min(Duration::from_secs(600));
            Outcome::Retry {
                error,
                at_ms: now_ms() + delay.as_millis() as i64,
            }
        }
    }
}

/// Writes outcomes as they come, many at a time, then frees their places in the window;
/// forgets whoever blocked the bot; closes broadcasts with nothing left to send.
async fn record(store: Store, mut done: mpsc::UnboundedReceiver<Done>) -> Result<(), StoreError> {
    let mut batch: Vec<Done> = Vec::new();
    loop {
        if done.recv_many(&mut batch, 2048).await == 0 {
            return Ok(());
        }
        // A moment more for the results that are about to arrive: fewer, larger writes.
        tokio::time::sleep(Duration::from_millis(10)).await;
        while batch.len() < 2048 {
            match done.try_recv() {
                Ok(d) => batch.push(d),
                Err(_) => break,
            }
        }
        let results: Vec<(i64, Outcome)> = batch
            .iter()
            .map(|d| (d.row.id, d.outcome.clone()))
            .collect();
        let now = now_ms();
        store.finish_deliveries(&results, now).await?;
        for d in batch.iter().filter(|d| d.outcome == Outcome::Blocked) {
            let key = ContactKey {
                channel: Channel::Telegram,
                chat_id: d.row.chat_id,
            };
            if let Err(e) = store.forget(key).await {
                tracing::error!(error = %e, "cannot forget a contact who blocked the bot");
            }
        }
        let broadcasts: HashSet<i64> = batch.iter().map(|d| d.row.broadcast_id).collect();
        let broadcasts: Vec<i64> = broadcasts.into_iter().collect();
        store
            .close_finished_broadcasts(&broadcasts, now / 1000)
            .await?;
        // Dropping the batch frees the window only now, once the outcomes are stored.
        batch.clear();
    }
}

/// Texts of broadcasts by (broadcast, language): they never change once created.
#[derive(Default)]
struct TextCache {
    texts: HashMap<(i64, String), Option<Arc<str>>>,
}

impl TextCache {
    async fn get(
        &mut self,
        store: &Store,
        broadcast: i64,
        language: &str,
    ) -> Result<Option<Arc<str>>, StoreError> {
        let key = (broadcast, language.to_string());
        if let Some(text) = self.texts.get(&key) {
            return Ok(text.clone());
        }
        if self.texts.len() > 10_000 {
            self.texts.clear();
        }
        let text = store
            .broadcast_text(broadcast, language)
            .await?
            .map(Arc::from);
        self.texts.insert(key, text.clone());
        Ok(text)
    }
}
