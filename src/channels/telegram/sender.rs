//! Every call to the Bot API goes through here: Telegram's limits (about 30 messages a
//! second per bot, about 1 a second per chat), a 429's `retry_after` obeyed by every
//! sender at once, transient failures retried with backoff, and blocked users reported
//! so that they are forgotten.

use std::future::IntoFuture;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use crate::channels::chat_limiter::ChatLimiter;
use teloxide::types::ChatId;
use teloxide::{ApiError, RequestError};
use tokio::time::Instant;

/// Outbound limits; the defaults are Telegram's published ones.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Messages a second for the whole bot.
    pub overall_per_second: NonZeroU32,
    /// Messages a second in one chat, sustained.
    pub per_chat_per_second: NonZeroU32,
    /// How many messages one chat may get at once (a reply can be two or three messages).
    pub per_chat_burst: NonZeroU32,
    /// Attempts for a network error or a 5xx before giving up.
    pub max_attempts: u32,
    /// Send nothing counted in the first second, as if the full rate had just gone out: a
    /// process started after another one on the same token (a restart, even after a
    /// SIGKILL) cannot know what its predecessor sent in its last second.
    pub quiet_start: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            overall_per_second: NonZeroU32::new(30).unwrap(),
            per_chat_per_second: NonZeroU32::new(1).unwrap(),
            per_chat_burst: NonZeroU32::new(3).unwrap(),
            max_attempts: 5,
            quiet_start: false,
        }
    }
}

/// Why a call did not go through. Its `Display` names the kind of failure only: teloxide's
/// own errors can carry a raw response, with names, chat ids and text.
#[derive(Debug)]
pub enum SendError {
    /// She blocked the bot or her account is gone: forget her, never retry.
    Blocked,
    /// Telegram refused this call for good (bad request, chat not found…).
    Refused(RequestError),
    /// Transient failures went on past the last attempt.
    GaveUp(RequestError),
    /// Sent, then deleted at once: she used quick exit while it was on its way.
    Withdrawn,
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Blocked => f.write_str("the user blocked the bot or was deactivated"),
            SendError::Refused(e) => write!(f, "refused by Telegram: {}", describe(e)),
            SendError::GaveUp(e) => write!(f, "gave up after repeated failures: {}", describe(e)),
            SendError::Withdrawn => f.write_str("withdrawn: she used quick exit meanwhile"),
        }
    }
}

impl std::error::Error for SendError {}

/// A Bot API error in words that are safe to log: the kind, never a response body.
pub fn describe(error: &RequestError) -> String {
    match error {
        // Telegram's own descriptions name the error, not the user ("chat not found").
        RequestError::Api(api) => format!("{api:?}").chars().take(80).collect(),
        RequestError::MigrateToChatId(_) => "group migrated to a supergroup".into(),
        RequestError::RetryAfter(seconds) => format!("retry after {}s", seconds.seconds()),
        RequestError::Network(e) if e.is_timeout() => "network timeout".into(),
        RequestError::Network(e) if e.is_connect() => "cannot connect".into(),
        RequestError::Network(_) => "network error".into(),
        RequestError::InvalidJson { .. } => "response not understood".into(),
        RequestError::Io(_) => "I/O error".into(),
    }
}

/// Which limits a call counts against. A 429 is obeyed by every call all the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// A new message: the bot's overall limit and her chat's.
    Message,
    /// An edit (a screen, a progress or status line): counted like a message, since
    /// Telegram answers 429 to edits past the bot's rate as to new messages.
    Edit,
    /// Callback answers and deletions.
    Free,
    /// An announcement of the broadcast queue: the overall limit and her chat's like a
    /// message, but only when no conversation message is waiting for the overall limit,
    /// and paced evenly (no burst): replies to women always go first.
    Broadcast,
}

/// 429s in a row for one call before it is given up (each pause is obeyed first).
const MAX_PAUSES: u32 = 10;

pub struct Sender {
    overall: DefaultDirectRateLimiter,
    per_chat: ChatLimiter,
    /// Broadcast messages go at fixed slots `broadcast_gap` apart (no burst, so no
    /// one-second window holds more than the rate): the next free slot. Slots follow each
    /// other, not the moment a sleeping call wakes up, so a late wake-up costs no rate.
    next_broadcast: Mutex<Instant>,
    /// Counted calls on their way or answered in the last second: the hard cap for every
    /// counted call, broadcasts and conversations alike.
    window: Mutex<Window>,
    /// One broadcast call at a time checks the overall limit and waits for conversation
    /// messages (a fair queue), instead of hundreds polling at once.
    broadcast_turn: tokio::sync::Mutex<()>,
    /// Conversation messages waiting for the overall limit: broadcasts hold back while
    /// there are any.
    urgent: AtomicUsize,
    /// Time between two broadcast messages at the overall rate.
    broadcast_gap: Duration,
    /// Set by a 429: nobody sends before this instant.
    paused_until: Mutex<Option<Instant>>,
    max_attempts: u32,
}

impl Sender {
    pub fn new(limits: Limits) -> Self {
        let per_chat =
            Quota::per_second(limits.per_chat_per_second).allow_burst(limits.per_chat_burst);
        Sender {
            overall: RateLimiter::direct(Quota::per_second(limits.overall_per_second)),
            per_chat: ChatLimiter::new(per_chat),
            next_broadcast: Mutex::new(Instant::now()),
            window: Mutex::new(Window::new(
                limits.overall_per_second.get() as usize,
                limits.quiet_start,
            )),
            broadcast_turn: tokio::sync::Mutex::new(()),
            urgent: AtomicUsize::new(0),
            broadcast_gap: Duration::from_secs(1) / limits.overall_per_second.get(),
            paused_until: Mutex::new(None),
            max_attempts: limits.max_attempts.max(1),
        }
    }

    /// Makes the call `op` builds (again on each retry) within the limits.
    pub async fn call<T, F, R>(&self, chat: ChatId, cost: Cost, op: F) -> Result<T, SendError>
    where
        F: Fn() -> R,
        R: IntoFuture<Output = Result<T, RequestError>>,
    {
        self.call_with(chat, cost, self.max_attempts, op).await
    }

    /// A broadcast message: [`Cost::Broadcast`], and one attempt only for a network
    /// error or a 5xx (the delivery queue retries later, durably); a 429 is waited out
    /// and the call made again, since Telegram did not take it.
    pub async fn call_broadcast<T, F, R>(&self, chat: ChatId, op: F) -> Result<T, SendError>
    where
        F: Fn() -> R,
        R: IntoFuture<Output = Result<T, RequestError>>,
    {
        self.call_with(chat, Cost::Broadcast, 1, op).await
    }

    async fn call_with<T, F, R>(
        &self,
        chat: ChatId,
        cost: Cost,
        max_attempts: u32,
        op: F,
    ) -> Result<T, SendError>
    where
        F: Fn() -> R,
        R: IntoFuture<Output = Result<T, RequestError>>,
    {
        let mut failures = 0;
        let mut pauses = 0;
        loop {
            if cost != Cost::Free {
                self.per_chat.until_ready(chat.0).await;
            }
            // Held until Telegram's answer, and counted a second longer (see `Slot`).
            let slot = match cost {
                Cost::Message | Cost::Edit => {
                    let _waiting = Waiting::new(&self.urgent);
                    self.overall.until_ready().await;
                    // After the limiters: a 429 that came while this call waited for its
                    // turn holds it too; the second's cap is taken only after the pause,
                    // so that a pause's end brings no burst.
                    self.wait_out_pause().await;
                    Some(self.second_slot().await)
                }
                Cost::Broadcast => {
                    self.broadcast_turn().await;
                    self.wait_out_pause().await;
                    Some(self.second_slot().await)
                }
                Cost::Free => {
                    self.wait_out_pause().await;
                    None
                }
            };
            let error = match op().into_future().await {
                Ok(value) => return Ok(value),
                Err(error) => error,
            };
            // Answered: its place counts one more second, not through a pause or backoff.
            drop(slot);
            match classify(&error) {
                Class::RetryAfter(wait) => {
                    pauses += 1;
                    if pauses > MAX_PAUSES {
                        return Err(SendError::GaveUp(error));
                    }
                    // A retry_after of 0 would otherwise retry at once, for ever.
                    let wait = wait.max(Duration::from_secs(1));
                    tracing::warn!(
                        wait_ms = wait.as_millis() as u64,
                        "429 from Telegram: pausing"
                    );
                    self.pause(wait);
                }
                Class::Blocked => return Err(SendError::Blocked),
                Class::Permanent => return Err(SendError::Refused(error)),
                Class::Transient => {
                    failures += 1;
                    if failures >= max_attempts {
                        return Err(SendError::GaveUp(error));
                    }
                    let backoff = Duration::from_millis(250 * 2u64.pow(failures.min(6)));
                    tracing::warn!(
                        failures,
                        backoff_ms = backoff.as_millis() as u64,
                        "retrying"
                    );
                    tokio::time::sleep(backoff).await;
                }
            }
        }
    }

    /// Waits until a broadcast message may go: evenly paced, within the overall limit,
    /// after every conversation message that is waiting.
    async fn broadcast_turn(&self) {
        // Each call takes the next slot at once and sleeps until it: a call that wakes up
        // late delays itself only, never the slots after it.
        let slot = {
            let mut next = self
                .next_broadcast
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            let slot = (*next).max(Instant::now());
            *next = slot + self.broadcast_gap;
            slot
        };
        tokio::time::sleep_until(slot).await;
        let _turn = self.broadcast_turn.lock().await;
        loop {
            if self.urgent.load(Ordering::SeqCst) == 0 && self.overall.check().is_ok() {
                break;
            }
            tokio::time::sleep(self.broadcast_gap.min(Duration::from_millis(5))).await;
        }
    }

    /// The hard cap, for every counted call, replies and broadcasts alike: never more
    /// than the rate in any second at Telegram's side. A call may arrive there at any
    /// moment between leaving and its answer, so each one counts from the moment it
    /// leaves until a second after its answer: any second at Telegram's side then holds
    /// only calls counted here at the same time. A reply waits here at most until the
    /// oldest answer of the last second is a second old (a thirtieth of a second at
    /// 30/s, while a broadcast runs).
    async fn second_slot(&self) -> Slot<'_> {
        loop {
            let wait = {
                let mut window = self.window.lock().unwrap_or_else(|e| e.into_inner());
                match window.take(Instant::now()) {
                    Ok(()) => return Slot(&self.window),
                    Err(wait) => wait,
                }
            };
            tokio::time::sleep(wait).await;
        }
    }

    fn pause(&self, wait: Duration) {
        self.pause_until(Instant::now() + wait);
    }

    /// Holds every call until `until` (a pause another process of the bot was told to
    /// make); a later pause already in place stays.
    pub fn pause_until(&self, until: Instant) {
        let mut paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        if paused.is_none_or(|p| p < until) {
            *paused = Some(until);
        }
    }

    /// Drops what the limiter keeps of her chat (after /forget).
    pub fn forget(&self, chat: ChatId) {
        self.per_chat.forget(chat.0);
    }

    /// Until when calls are held by a 429, if one came.
    pub fn paused_until(&self) -> Option<Instant> {
        *self.paused_until.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn wait_out_pause(&self) {
        loop {
            let until = *self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }
}

/// The counted calls of the last second: those on their way and those answered less than
/// a second ago.
struct Window {
    rate: usize,
    in_flight: usize,
    answered: std::collections::VecDeque<Instant>,
}

impl Window {
    fn new(rate: usize, quiet_start: bool) -> Window {
        let mut answered = std::collections::VecDeque::with_capacity(rate);
        if quiet_start {
            // As if the whole rate had been answered just now: nothing counted leaves
            // in the first second.
            answered.extend(std::iter::repeat_n(Instant::now(), rate));
        }
        Window {
            rate,
            in_flight: 0,
            answered,
        }
    }

    /// Takes a place for a call leaving `now`, or says how long to wait for one.
    fn take(&mut self, now: Instant) -> Result<(), Duration> {
        let second = Duration::from_secs(1);
        while self.answered.front().is_some_and(|t| now - *t >= second) {
            self.answered.pop_front();
        }
        if self.in_flight + self.answered.len() < self.rate {
            self.in_flight += 1;
            return Ok(());
        }
        // Every place held by a call still on its way: its answer is not far.
        Err(self
            .answered
            .front()
            .map_or(Duration::from_millis(5), |t| *t + second - now))
    }

    fn answered(&mut self, now: Instant) {
        self.in_flight -= 1;
        self.answered.push_back(now);
    }
}

/// A counted call's place in the [`Window`], from when it leaves until it is answered (or
/// abandoned); then it counts for one more second.
struct Slot<'a>(&'a Mutex<Window>);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut window = self.0.lock().unwrap_or_else(|e| e.into_inner());
        window.answered(Instant::now());
    }
}

/// Counts a conversation message waiting for the overall limit, until dropped (also when
/// the call is abandoned half-way).
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn new(counter: &'a AtomicUsize) -> Self {
        counter.fetch_add(1, Ordering::SeqCst);
        Waiting(counter)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

enum Class {
    RetryAfter(Duration),
    Blocked,
    Transient,
    Permanent,
}

fn classify(error: &RequestError) -> Class {
    match error {
        RequestError::RetryAfter(seconds) => Class::RetryAfter(seconds.duration()),
        RequestError::Api(
            ApiError::BotBlocked
            | ApiError::UserDeactivated
            | ApiError::BotKicked
            | ApiError::BotKickedFromSupergroup
            | ApiError::CantInitiateConversation
            | ApiError::CantTalkWithBots,
        ) => Class::Blocked,
        RequestError::Network(_) | RequestError::Io(_) => Class::Transient,
        // An answer we could not parse usually means the call went through: sending
        // again would send twice.
        RequestError::InvalidJson { .. } => Class::Permanent,
        // teloxide reads a 5xx's description into `Unknown`.
        RequestError::Api(ApiError::Unknown(description))
            if description.contains("Internal Server Error")
                || description.contains("Bad Gateway")
                || description.contains("Service Unavailable")
                || description.contains("Gateway Timeout") =>
        {
            Class::Transient
        }
        _ => Class::Permanent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_counts_until_a_second_after_its_answer() {
        let start = Instant::now();
        let mut window = Window::new(2, false);
        assert!(window.take(start).is_ok());
        assert!(window.take(start).is_ok());
        // Both on their way: no place, whatever the time.
        let much_later = start + Duration::from_secs(5);
        assert!(window.take(much_later).is_err());
        window.answered(much_later);
        assert_eq!(
            window.take(much_later),
            Err(Duration::from_secs(1)),
            "the answered one still counts for a second"
        );
        assert!(window.take(much_later + Duration::from_secs(1)).is_ok());
    }

    #[test]
    fn a_quiet_start_sends_nothing_counted_in_its_first_second() {
        let start = Instant::now();
        let mut window = Window::new(30, true);
        assert!(window.take(start + Duration::from_millis(990)).is_err());
        assert!(window.take(start + Duration::from_millis(1100)).is_ok());
        assert!(Window::new(30, false).take(start).is_ok());
    }

    #[test]
    fn the_sender_forgets_her_chat() {
        let sender = Sender::new(Limits::default());
        assert!(sender.per_chat.check(7));
        sender.forget(ChatId(7));
        assert_eq!(sender.per_chat.chats(), 0);
    }
}
