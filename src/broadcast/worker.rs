//! The broadcast sender: one per bot token (a PostgreSQL advisory lock, a lease row on
//! SQLite), it claims due rows of the delivery queue, sends each once through the
//! channel's rate limits, and records every outcome. Rows are marked `sending` when
//! claimed and at most `window` rows are claimed and not yet recorded at any time: after a
//! crash only those can go out twice, and the next sender counts them.
//!
//! A sender that stalls (a paused VM, a frozen disk) past its lease may have lost the lock
//! to another process without knowing it: it starts no call and abandons any call in
//! progress once its lease is over (the [`Fence`]), and the other process sends its rows
//! again only after that lease, so the rows are not sent by both.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::sync::Arc;
use std::task::Poll;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, watch};
use tokio::time::Instant;

use super::progress;
use crate::clock;
use crate::store::{Channel, Claimed, ContactKey, Outcome, SenderLock, Store, StoreError};

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
    /// The sender's lease (the lock's on SQLite, its rows' on both): renewed every third
    /// of it; a sender that could not renew it stops sending when it ends.
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
    let name = format!("broadcast-sender-{}", transport.sender_name());
    let mut takes = 0u64;
    loop {
        if *stopped.borrow() {
            return Ok(());
        }
        // A new session at every take: rows a lost session left in flight are never
        // renewed again, and come back to the queue once their lease is over.
        takes += 1;
        let session = format!("{}-{}-{takes}", std::process::id(), clock::now_ms());
        let started = Instant::now();
        let now = store.clock_ms().await?;
        let taken = store
            .take_sender_lock(&name, &session, now, settings.lease)
            .await?;
        let Some(lock) = taken else {
            tokio::select! {
                _ = stopped.wait_for(|s| *s) => return Ok(()),
                _ = tokio::time::sleep(settings.lock_retry) => continue,
            }
        };
        tracing::info!("broadcast sender: this process sends");
        let fence = Fence::new(started + settings.lease);
        let held = Held {
            store: &store,
            settings: &settings,
            lock: &lock,
            fence: &fence,
        };
        let result = send_while_held(held, &transport, &mut stopped).await;
        let now = store.clock_ms().await.unwrap_or_else(|_| clock::now_ms());
        store.release_sender_lock(lock, now).await;
        result?;
    }
}

/// Rows a stopped sender left in flight come back this long after their lease ended: the
/// last call it started before then has reached Telegram or never will.
const RECOVERY_GRACE: Duration = Duration::from_secs(2);

/// Puts back in the queue, and counts, the rows in flight whose sender's lease is over.
async fn recover(store: &Store) -> Result<(), StoreError> {
    let now = store.clock_ms().await?;
    let recovered = store
        .recover_in_flight(now - RECOVERY_GRACE.as_millis() as i64)
        .await?;
    if recovered > 0 {
        tracing::warn!(
            recovered,
            "broadcast rows were in flight when their sender stopped: queued again, counted"
        );
    }
    Ok(())
}

/// This process's side of the lock: the moment its lease ends, as far as it knows (taken
/// before each renewal is asked for, so never later than the database's lease). No call
/// starts or goes on past it.
#[derive(Clone)]
struct Fence {
    until: Arc<std::sync::Mutex<Instant>>,
    /// The lock is lost: no more claims, and the lease is not renewed; calls in progress
    /// may finish until it ends (another sender takes their rows only after it).
    lost: Arc<std::sync::atomic::AtomicBool>,
}

impl Fence {
    fn new(until: Instant) -> Self {
        Fence {
            until: Arc::new(std::sync::Mutex::new(until)),
            lost: Arc::default(),
        }
    }

    fn lose(&self) {
        self.lost.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    /// Whether this session may claim rows: the lock is held and the lease lasts.
    fn may_claim(&self) -> bool {
        !self.lost.load(std::sync::atomic::Ordering::SeqCst) && !self.over()
    }

    fn until(&self) -> Instant {
        *self.until.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Moves the end of the lease on, unless it has ended: calls may have been abandoned
    /// then, and their rows must go to the recovery, so the session ends with its fence.
    fn extend(&self, until: Instant) {
        let mut current = self.until.lock().unwrap_or_else(|e| e.into_inner());
        if Instant::now() < *current {
            *current = (*current).max(until);
        }
    }

    /// Waits until the lease ends.
    async fn ended(&self) {
        loop {
            let until = self.until();
            if Instant::now() >= until {
                return;
            }
            tokio::time::sleep_until(until).await;
        }
    }

    fn over(&self) -> bool {
        Instant::now() >= self.until()
    }

    /// Runs `call` while the lease lasts: `None` if it ended first, and then the call is
    /// dropped (its request abandoned). The lease is checked before every step of the
    /// call, so a process that stalled and wakes up past its lease goes no further.
    async fn guard<F: Future>(&self, call: F) -> Option<F::Output> {
        let mut call = std::pin::pin!(call);
        let mut watch = std::pin::pin!(self.ended());
        std::future::poll_fn(|cx| {
            if self.over() {
                return Poll::Ready(None);
            }
            if let Poll::Ready(output) = call.as_mut().poll(cx) {
                return Poll::Ready(Some(output));
            }
            match watch.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(None),
                Poll::Pending => Poll::Pending,
            }
        })
        .await
    }
}

/// One attempt's result on its way to the recorder, with its place in the window. No
/// outcome when the lease ended first: the row stays in flight, for the recovery.
struct Done {
    row: Claimed,
    outcome: Option<Outcome>,
    _permit: OwnedSemaphorePermit,
}

/// One session of the sender: what it sends with while it holds the lock.
#[derive(Clone, Copy)]
struct Held<'a> {
    store: &'a Store,
    settings: &'a WorkerSettings,
    lock: &'a SenderLock,
    fence: &'a Fence,
}

/// Sends while the lock is held: the keeper renews it (and recovers rows of stopped
/// senders) on its own schedule, so that a send loop held up (progress edits waiting out a
/// 429, a slow query) never lets the lease lapse; the send loop stops when the fence ends.
async fn send_while_held<T: Transport>(
    held: Held<'_>,
    transport: &Arc<T>,
    stopped: &mut watch::Receiver<bool>,
) -> Result<(), StoreError> {
    let sending = send_loop(held, transport, stopped);
    let keeper = keep_lock(held);
    tokio::pin!(sending, keeper);
    tokio::select! {
        sent = &mut sending => sent,
        // The lock is lost or the lease over: the send loop claims no more and finishes
        // what is in hand (within the lease).
        () = &mut keeper => sending.await,
    }
}

/// Renews the lock every third of the lease and puts back rows of stopped senders, until
/// the lock is lost or the fence ends.
async fn keep_lock(held: Held<'_>) {
    let Held {
        store,
        settings,
        fence,
        ..
    } = held;
    loop {
        let next = match renew(held).await {
            Renewal::Renewed => Instant::now() + settings.lease / 3,
            Renewal::NotNow => Instant::now() + settings.lease / 12,
            Renewal::Lost => {
                tracing::warn!("broadcast sender: lost the lock; another process sends");
                fence.lose();
                return;
            }
        };
        if fence.over() {
            tracing::warn!("broadcast sender: the lease ended before it could be renewed");
            return;
        }
        // Bounded, and never fatal: a slow or failing recovery must not delay the next
        // renewal, and the next round tries again.
        match tokio::time::timeout(settings.lease / 6, recover(store)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => tracing::warn!(error = %e, "broadcast sender: recovery failed"),
            Err(_) => tracing::warn!("broadcast sender: recovery timed out"),
        }
        tokio::time::sleep_until(next).await;
    }
}

async fn send_loop<T: Transport>(
    held: Held<'_>,
    transport: &Arc<T>,
    stopped: &mut watch::Receiver<bool>,
) -> Result<(), StoreError> {
    let Held {
        store,
        settings,
        lock,
        fence,
    } = held;
    let window = settings.window();
    let permits = Arc::new(Semaphore::new(window));
    let (done_tx, done_rx) = mpsc::unbounded_channel::<Done>();
    let recorder = tokio::spawn(record(store.clone(), lock.session().to_string(), done_rx));
    let mut texts = TextCache::default();
    let mut progress = progress::Tracker::default();
    let mut next_progress = Instant::now();
    let result = loop {
        if *stopped.borrow() || recorder.is_finished() {
            break Ok(());
        }
        if !fence.may_claim() {
            break Ok(());
        }
        if Instant::now() >= next_progress {
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
            n => match store
                .claim_deliveries(lock, clock::now_ms(), n as i64)
                .await
            {
                Ok(rows) => rows,
                Err(e) => break Err(e),
            },
        };
        if claimed.is_empty() {
            let wait = match free {
                0 => Duration::from_millis(5),
                _ => idle_wait(store, settings).await,
            };
            tokio::select! {
                _ = stopped.wait_for(|s| *s) => {}
                _ = tokio::time::sleep(wait) => {}
                _ = fence.ended() => {}
            }
            continue;
        }
        if let Err(e) = dispatch(claimed, held, transport, &permits, &done_tx, &mut texts).await {
            break Err(e);
        }
    };
    // Finish what is in hand: the recorder ends once every claimed row is sent (or its
    // lease is over) and recorded, each sending task holding a handle to it, before the
    // lock goes.
    drop(done_tx);
    let recorded = recorder.await.unwrap_or(Ok(()));
    let _ = progress
        .show(store, transport.as_ref(), settings.rate)
        .await;
    result.and(recorded)
}

enum Renewal {
    Renewed,
    /// The database did not answer in time: try again soon, while the fence lasts.
    NotNow,
    Lost,
}

/// Renews the lock and the session's lease, and moves the fence on.
async fn renew(held: Held<'_>) -> Renewal {
    let Held {
        store,
        settings,
        lock,
        fence,
    } = held;
    let asked = Instant::now();
    let renewal = tokio::time::timeout(settings.lease / 3, async {
        let now = store.clock_ms().await?;
        store.renew_sender_lock(lock, now, settings.lease).await
    })
    .await;
    match renewal {
        Ok(Ok(true)) => {
            fence.extend(asked + settings.lease);
            Renewal::Renewed
        }
        Ok(Ok(false)) => Renewal::Lost,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "broadcast sender: lock not renewed");
            Renewal::NotNow
        }
        Err(_) => {
            tracing::warn!("broadcast sender: lock renewal timed out");
            Renewal::NotNow
        }
    }
}

/// Starts one task per claimed row: it sends (waiting for its turn in the limits) while
/// the lease lasts, and hands the outcome to the recorder, with its place in the window.
async fn dispatch<T: Transport>(
    claimed: Vec<Claimed>,
    held: Held<'_>,
    transport: &Arc<T>,
    permits: &Arc<Semaphore>,
    done_tx: &mpsc::UnboundedSender<Done>,
    texts: &mut TextCache,
) -> Result<(), StoreError> {
    let Held {
        store,
        settings,
        fence,
        ..
    } = held;
    for row in claimed {
        // No more rows are claimed than places are free, and only this task takes them.
        let Ok(permit) = permits.clone().try_acquire_owned() else {
            break;
        };
        let text = texts.get(store, row.broadcast_id, &row.language).await?;
        let transport = transport.clone();
        let done = done_tx.clone();
        let settings = settings.clone();
        let fence = fence.clone();
        tokio::spawn(async move {
            let outcome = match text {
                None => Some(Outcome::Failed("no text in this language".into())),
                Some(text) => fence
                    .guard(transport.send(row.chat_id, &row.language, &text, row.silent))
                    .await
                    .map(|attempt| outcome_of(attempt, &row, &settings)),
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
            (due - clock::now_ms()).clamp(1, settings.idle_poll.as_millis() as i64) as u64,
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
                at_ms: clock::now_ms() + delay.as_millis() as i64,
            }
        }
    }
}

/// Writes outcomes as they come, many at a time, then frees their places in the window;
/// forgets whoever blocked the bot; closes broadcasts with nothing left to send.
async fn record(
    store: Store,
    session: String,
    mut done: mpsc::UnboundedReceiver<Done>,
) -> Result<(), StoreError> {
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
            .filter_map(|d| Some((d.row.id, d.outcome.clone()?)))
            .collect();
        let abandoned = batch.len() - results.len();
        if abandoned > 0 {
            tracing::warn!(
                abandoned,
                "broadcast calls stopped at the end of the lease: left for the recovery"
            );
        }
        let now = clock::now_ms();
        store.finish_deliveries(&session, &results, now).await?;
        for d in batch.iter().filter(|d| d.outcome == Some(Outcome::Blocked)) {
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
