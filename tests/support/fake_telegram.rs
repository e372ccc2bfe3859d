//! A fake Telegram Bot API server for the integration tests: the real teloxide client talks
//! to it over HTTP on 127.0.0.1, with no network and no token.
//!
//! Use it from a test file with
//!
//! ```ignore
//! #[path = "support/fake_telegram.rs"]
//! mod fake_telegram;
//! use fake_telegram::{FakeTelegram, Fault, updates};
//!
//! #[tokio::test]
//! async fn replies() {
//!     let tg = FakeTelegram::start().await;       // 127.0.0.1, a free port
//!     let bot = tg.bot();                          // Bot::new(TOKEN).set_api_url(tg.url())
//!     tg.push(updates::text(42, "hello", "ar"));   // what a user sends
//!     // ... run the bot ...
//!     let sent = tg.wait_for_calls("sendMessage", 1, Duration::from_secs(2)).await;
//! }
//! ```
//!
//! It must be started inside the test's tokio runtime (it spawns its server task there).
//!
//! What it does, as the real Bot API does:
//! - `POST|GET {url}/bot{token}/{method}`: the method name is matched case-insensitively
//!   (teloxide sends `SendMessage`, the documentation says `sendMessage`); parameters come
//!   from the query string and from a JSON, `application/x-www-form-urlencoded` or
//!   `multipart/form-data` body. A token that is not `digits:something` gets 401.
//! - `getMe` answers the full bot `User` (with `can_join_groups`, ..., `has_main_web_app`).
//! - `getUpdates(offset, limit, timeout)`: updates with `update_id >= offset`; those below
//!   `offset` are confirmed and dropped; with none pending it waits up to `timeout` seconds,
//!   returning as soon as an update is pushed. A second concurrent `getUpdates` ends the
//!   first with 409 `Conflict: terminated by other getUpdates request...`.
//! - `send*` / `forwardMessage` / `edit*` answer a real `Message` (message ids from one
//!   counter, the chat as pushed updates showed it, the date, text, location or venue, and an
//!   inline keyboard echoed as Telegram does); `copyMessage` answers a `MessageId`;
//!   `editMessageText` with the same text and keyboard gets 400 `message is not modified`,
//!   and an unknown message 400 `message to edit not found`. `answerCallbackQuery`,
//!   `deleteMessage(s)`, `setMyCommands`, `setWebhook`, `deleteWebhook`, `sendChatAction`
//!   and any other `set*` / `delete*` / `answer*` answer `true`; `getWebhookInfo` and
//!   `getMyCommands` answer what Telegram would; any other `get*` gets 404 `Not Found`.
//! - With `parse_mode` `HTML`, a `text` or `caption` that Telegram's parser would refuse
//!   gets 400 `Bad Request: can't parse entities: ...`: a `<` that does not open or close
//!   one of Telegram's tags (`b strong i em u ins s strike del span class="tg-spoiler"
//!   tg-spoiler a tg-emoji code pre blockquote`), tags left open or closed out of order, and
//!   a `&` that is not an entity (`&lt; &gt; &amp; &quot; &#N; &#xN;`), as the Bot API
//!   documentation asks. Only the check: the text is stored as sent, tags and all.
//! - Every call is recorded ([`Call`]: method as sent, parameters as JSON, time received,
//!   HTTP status, the answer, the body's encoding) when the fake answers it (after a long
//!   poll, before any added latency).
//! - Faults ([`Fault`]): 429 with `retry_after`, 403 bot blocked, 400 chat not found, any
//!   other status and description, 5xx, and added latency; each for one method and/or one
//!   chat, for the next `k` calls or for ever.
//! - [`FakeTelegram::stop`] and [`FakeTelegram::restart`] on the same port, keeping or
//!   dropping the pending updates; calls, faults and message ids carry over.
//!
//! Beware: teloxide sleeps 10 s before reading any 5xx answer (`DELAY_ON_SERVER_ERROR` in
//! teloxide-core), so a 5xx fault costs a teloxide test 10 s.
//!
//! Form and multipart values are kept as strings, except those that are JSON objects or
//! arrays (such as `reply_markup`), which are parsed, as Telegram reads them; [`Call::i64`]
//! reads an integer written either way. Uploaded files are recorded as
//! `{"file_name": .., "size": ..}`, under the parameter that names them (teloxide sends
//! `document=attach://<part>` and the file as that part).

#![allow(dead_code)] // each test file uses a part of this module

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::{StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::{Form, Router};
use serde_json::{Map, Value, json};
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::{Notify, oneshot};
use tokio::task::JoinHandle;

/// The token of [`FakeTelegram::bot`]; its number is the bot's user id.
pub const TOKEN: &str = "123:TEST";
/// The bot's user id, as `getMe` answers it for [`TOKEN`].
pub const BOT_ID: i64 = 123;
/// The bot's username, as `getMe` answers it.
pub const BOT_USERNAME: &str = "carenet_test_bot";

/// How a call's parameters reached the fake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// No body (parameters, if any, in the query string).
    Empty,
    Json,
    Form,
    Multipart,
}

/// One request the bot made.
#[derive(Clone, Debug)]
pub struct Call {
    /// The method name as sent (teloxide: `SendMessage`). Compare with [`Call::is`].
    pub method: String,
    /// The parameters, merged from the query string and the body.
    pub params: Value,
    pub encoding: Encoding,
    /// When the request arrived.
    pub at: Instant,
    /// The HTTP status the fake answered.
    pub status: u16,
    /// The fake's answer: `result` on success, the whole error object otherwise.
    pub response: Value,
}

impl Call {
    /// Whether this call is `method`, case-insensitively.
    pub fn is(&self, method: &str) -> bool {
        self.method.eq_ignore_ascii_case(method)
    }

    pub fn ok(&self) -> bool {
        self.status == 200
    }

    /// An integer parameter, written as a JSON number or a numeric string.
    pub fn i64(&self, name: &str) -> Option<i64> {
        as_i64(self.params.get(name)?)
    }

    /// A string parameter.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.params.get(name)?.as_str()
    }

    pub fn chat_id(&self) -> Option<i64> {
        self.i64("chat_id")
    }

    pub fn text(&self) -> Option<&str> {
        self.str("text")
    }

    /// The inline keyboard's buttons as `(text, callback_data or url)` rows, if any.
    pub fn inline_keyboard(&self) -> Option<Vec<Vec<(String, String)>>> {
        let rows = self
            .params
            .get("reply_markup")?
            .get("inline_keyboard")?
            .as_array()?;
        Some(
            rows.iter()
                .map(|row| {
                    row.as_array()
                        .into_iter()
                        .flatten()
                        .map(|button| {
                            let text = button["text"].as_str().unwrap_or_default().to_owned();
                            let action = ["callback_data", "url", "switch_inline_query"]
                                .iter()
                                .find_map(|key| button.get(*key)?.as_str())
                                .unwrap_or_default()
                                .to_owned();
                            (text, action)
                        })
                        .collect()
                })
                .collect(),
        )
    }
}

/// What a [`Fault`] does to the calls it matches.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Answer an error: HTTP `status`, `{"ok":false,"error_code":status,"description":..}`,
    /// plus `"parameters"` when given (e.g. `{"retry_after": 3}`).
    Error {
        status: u16,
        description: String,
        parameters: Option<Value>,
    },
    /// Answer normally, after this long.
    Delay(Duration),
    /// Answer 200 with a body that is no Bot API response (this text as a JSON string):
    /// teloxide's `InvalidJson`, whose message carries the whole body.
    Garbled(String),
}

/// An injected failure or latency, for the calls that match its method and chat.
///
/// ```ignore
/// tg.inject(Fault::retry_after(3).method("sendMessage").times(2));
/// tg.inject(Fault::bot_blocked().chat(42).always());
/// tg.inject(Fault::delay(Duration::from_millis(300)).method("getUpdates"));
/// ```
#[derive(Clone, Debug)]
pub struct Fault {
    pub effect: Effect,
    /// Lower-cased method name; `None` matches every method.
    pub method: Option<String>,
    /// `None` matches every call, with or without a `chat_id`.
    pub chat_id: Option<i64>,
    /// How many more calls it applies to; `None` is for ever.
    pub remaining: Option<usize>,
}

impl Fault {
    /// A fault for the next call of any method in any chat; narrow it with the builders.
    pub fn new(effect: Effect) -> Fault {
        Fault {
            effect,
            method: None,
            chat_id: None,
            remaining: Some(1),
        }
    }

    /// Any error answer.
    pub fn error(status: u16, description: &str) -> Fault {
        Fault::new(Effect::Error {
            status,
            description: description.to_owned(),
            parameters: None,
        })
    }

    /// 429 `Too Many Requests: retry after N` with `parameters.retry_after = N`
    /// (teloxide: `RequestError::RetryAfter`).
    pub fn retry_after(seconds: u32) -> Fault {
        Fault::new(Effect::Error {
            status: 429,
            description: format!("Too Many Requests: retry after {seconds}"),
            parameters: Some(json!({ "retry_after": seconds })),
        })
    }

    /// 403 `Forbidden: bot was blocked by the user` (teloxide: `ApiError::BotBlocked`).
    pub fn bot_blocked() -> Fault {
        Fault::error(403, "Forbidden: bot was blocked by the user")
    }

    /// 400 `Bad Request: chat not found` (teloxide: `ApiError::ChatNotFound`).
    pub fn chat_not_found() -> Fault {
        Fault::error(400, "Bad Request: chat not found")
    }

    /// A 5xx answer such as 502 `Bad Gateway`. teloxide waits 10 s before reading it.
    pub fn server_error(status: u16) -> Fault {
        let description = match status {
            500 => "Internal Server Error",
            502 => "Bad Gateway",
            503 => "Service Unavailable",
            504 => "Gateway Timeout",
            _ => "Server Error",
        };
        Fault::error(status, description)
    }

    /// A 200 answer that is not a Bot API response, carrying `body`.
    pub fn garbled(body: &str) -> Fault {
        Fault::new(Effect::Garbled(body.to_owned()))
    }

    /// Added latency before the normal answer.
    pub fn delay(delay: Duration) -> Fault {
        Fault::new(Effect::Delay(delay))
    }

    /// Only for this method (any case).
    pub fn method(mut self, method: &str) -> Fault {
        self.method = Some(method.to_ascii_lowercase());
        self
    }

    /// Only for calls whose `chat_id` is this chat.
    pub fn chat(mut self, chat_id: i64) -> Fault {
        self.chat_id = Some(chat_id);
        self
    }

    /// For the next `n` matching calls (the default is 1).
    pub fn times(mut self, n: usize) -> Fault {
        self.remaining = Some(n);
        self
    }

    /// For every matching call until [`FakeTelegram::clear_faults`].
    pub fn always(mut self) -> Fault {
        self.remaining = None;
        self
    }

    fn matches(&self, method: &str, chat_id: Option<i64>) -> bool {
        self.method.as_deref().is_none_or(|m| m == method)
            && self.chat_id.is_none_or(|c| Some(c) == chat_id)
            && self.remaining != Some(0)
    }
}

/// What [`FakeTelegram::restart`] does with the updates not yet confirmed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pending {
    Keep,
    Drop,
}

struct Shared {
    inner: Mutex<Inner>,
    /// Woken when an update is pushed, a new `getUpdates` arrives or the server stops.
    updates_changed: Notify,
    /// Woken when a call is recorded.
    calls_changed: Notify,
    stopping: AtomicBool,
    /// Counts `getUpdates` requests: a waiting one that sees it move was overtaken.
    polls: AtomicU64,
}

struct Inner {
    pending: VecDeque<Value>,
    next_update_id: i64,
    next_message_id: i64,
    calls: Vec<Call>,
    faults: Vec<Fault>,
    /// Chats as pushed updates showed them, by id.
    chats: HashMap<i64, Value>,
    /// Messages the bot sent (or that pushed callback queries carry), by (chat, message).
    bot_messages: HashMap<(i64, i64), Value>,
    commands: Value,
    webhook_url: String,
    /// Chats with a rate limit Telegram enforces (groups): at most `max` calls that post
    /// or edit in any `window`, else 429.
    chat_limits: HashMap<i64, ChatLimit>,
    /// The bot's own limit, as Telegram keeps it: at most `max` calls that post or edit,
    /// in all chats together, in any `window`, else 429.
    overall_limit: Option<ChatLimit>,
    next_thread_id: i64,
    /// Messages `copyMessage` refuses, by (chat, message).
    uncopyable: std::collections::HashSet<(i64, i64)>,
}

struct ChatLimit {
    max: usize,
    window: Duration,
    recent: VecDeque<Instant>,
}

impl ChatLimit {
    /// The 429 for a call arriving `at` when the window is full.
    fn full(&mut self, at: Instant) -> Option<(u16, Value)> {
        while self
            .recent
            .front()
            .is_some_and(|t| at.duration_since(*t) >= self.window)
        {
            self.recent.pop_front();
        }
        if self.recent.len() < self.max {
            return None;
        }
        let retry_after = self.window.as_secs().max(1);
        Some(api_error(
            429,
            &format!("Too Many Requests: retry after {retry_after}"),
            Some(json!({ "retry_after": retry_after })),
        ))
    }
}

struct Running {
    shutdown: oneshot::Sender<()>,
    task: JoinHandle<()>,
}

/// The fake server. Dropping it stops it.
pub struct FakeTelegram {
    shared: Arc<Shared>,
    addr: SocketAddr,
    running: Mutex<Option<Running>>,
}

impl FakeTelegram {
    /// Starts on 127.0.0.1 with a free port, in the current tokio runtime.
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                pending: VecDeque::new(),
                next_update_id: 1,
                next_message_id: 1,
                calls: Vec::new(),
                faults: Vec::new(),
                chats: HashMap::new(),
                bot_messages: HashMap::new(),
                commands: json!([]),
                webhook_url: String::new(),
                chat_limits: HashMap::new(),
                overall_limit: None,
                next_thread_id: 1000,
                uncopyable: Default::default(),
            }),
            updates_changed: Notify::new(),
            calls_changed: Notify::new(),
            stopping: AtomicBool::new(false),
            polls: AtomicU64::new(0),
        });
        let listener = bind(SocketAddr::from(([127, 0, 0, 1], 0))).expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let fake = FakeTelegram {
            shared,
            addr,
            running: Mutex::new(None),
        };
        fake.serve(listener);
        fake
    }

    /// The base URL, `http://127.0.0.1:PORT/`, for `Bot::set_api_url(url.parse().unwrap())`
    /// or `TELOXIDE_API_URL`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// A real teloxide `Bot` with [`TOKEN`], pointed at this server.
    pub fn bot(&self) -> teloxide::Bot {
        teloxide::Bot::new(TOKEN).set_api_url(self.url().parse().expect("a valid URL"))
    }

    /// A client for this server with a token of its own, `{id}:TEST`: a bot with another
    /// id (the broadcast sender's lock is named after it).
    pub fn bot_with_id(&self, id: i64) -> teloxide::Bot {
        teloxide::Bot::new(format!("{id}:TEST"))
            .set_api_url(self.url().parse().expect("a valid URL"))
    }

    /// Queues an update (built with [`updates`] or by hand) for `getUpdates` and returns its
    /// `update_id`. Missing `update_id` and `message_id`s are filled in; the chats it shows
    /// are remembered for the answers to the bot's requests, and a callback query's message
    /// becomes a bot message that `editMessageText` can edit.
    pub fn push(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.lock();
            let id = match update.get("update_id").and_then(Value::as_i64) {
                Some(id) => {
                    inner.next_update_id = inner.next_update_id.max(id + 1);
                    id
                }
                None => {
                    let id = inner.next_update_id;
                    inner.next_update_id += 1;
                    update["update_id"] = json!(id);
                    id
                }
            };
            if let Some(object) = update.as_object_mut() {
                for (kind, body) in object.iter_mut() {
                    match kind.as_str() {
                        "update_id" => {}
                        "callback_query" => {
                            if let Some(message) = body.get_mut("message") {
                                inner.fill_message(message);
                                if let Some(key) = message_key(message) {
                                    match inner.bot_messages.get(&key) {
                                        // The message as the bot sent (or last edited) it.
                                        Some(sent) => *message = sent.clone(),
                                        None => {
                                            inner.bot_messages.insert(key, message.clone());
                                        }
                                    }
                                }
                            }
                        }
                        _ => inner.fill_message(body),
                    }
                }
            }
            inner.pending.push_back(update);
            id
        };
        self.shared.updates_changed.notify_waiters();
        id
    }

    /// Completes an update as [`push`](Self::push) does and gives it back instead of
    /// keeping it for getUpdates: what Telegram would POST to a webhook.
    pub fn webhook_update(&self, update: Value) -> Value {
        let id = self.push(update);
        let mut inner = self.lock();
        let at = inner
            .pending
            .iter()
            .rposition(|u| u["update_id"].as_i64() == Some(id))
            .expect("the update just pushed");
        inner.pending.remove(at).expect("in range")
    }

    /// The updates not yet confirmed by an offset.
    pub fn pending_updates(&self) -> Vec<Value> {
        self.lock().pending.iter().cloned().collect()
    }

    /// Every call recorded so far, in the order the fake answered them.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// The calls of one method (any case).
    pub fn calls_to(&self, method: &str) -> Vec<Call> {
        self.lock()
            .calls
            .iter()
            .filter(|call| call.is(method))
            .cloned()
            .collect()
    }

    /// The `sendMessage` calls to `chat_id` that succeeded.
    pub fn sent_messages(&self, chat_id: i64) -> Vec<Call> {
        self.calls_to("sendMessage")
            .into_iter()
            .filter(|call| call.ok() && call.chat_id() == Some(chat_id))
            .collect()
    }

    /// The texts of [`FakeTelegram::sent_messages`].
    pub fn sent_texts(&self, chat_id: i64) -> Vec<String> {
        self.sent_messages(chat_id)
            .iter()
            .filter_map(|call| call.text().map(str::to_owned))
            .collect()
    }

    /// The message ids deleted in `chat` (deleteMessage and deleteMessages).
    pub fn deleted_in(&self, chat: i64) -> Vec<i64> {
        let mut ids = Vec::new();
        for call in self.calls() {
            if !call.ok() || call.chat_id() != Some(chat) {
                continue;
            }
            if call.is("deleteMessages") {
                let listed = call.params["message_ids"].as_array().cloned();
                ids.extend(listed.unwrap_or_default().iter().filter_map(|id| {
                    id.as_i64()
                        .or_else(|| id.as_str().and_then(|s| s.parse().ok()))
                }));
            } else if call.is("deleteMessage") {
                ids.extend(call.i64("message_id"));
            }
        }
        ids
    }

    pub fn clear_calls(&self) {
        self.lock().calls.clear();
    }

    /// Waits until at least `n` calls of `method` (any case) are recorded and returns them
    /// all; panics with the calls seen so far after `timeout`.
    pub async fn wait_for_calls(&self, method: &str, n: usize, timeout: Duration) -> Vec<Call> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = self.shared.calls_changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            let calls = self.calls_to(method);
            if calls.len() >= n {
                return calls;
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                let seen: Vec<String> = self
                    .calls()
                    .iter()
                    .map(|call| format!("{} {} {}", call.method, call.status, call.params))
                    .collect();
                panic!(
                    "waited {timeout:?} for {n} {method} calls, got {}; all calls:\n{}",
                    calls.len(),
                    seen.join("\n")
                );
            }
        }
    }

    /// Adds a fault; faults are tried in the order added, the first error that matches a
    /// call applies (and every matching delay).
    pub fn inject(&self, fault: Fault) {
        self.lock().faults.push(fault);
    }

    /// Enforces a rate limit on a chat, as Telegram does for groups: at most `max` calls
    /// that post or edit there in any `window`; the next gets 429 with `retry_after`.
    pub fn limit_chat(&self, chat_id: i64, max: usize, window: Duration) {
        self.lock().chat_limits.insert(
            chat_id,
            ChatLimit {
                max,
                window,
                recent: VecDeque::new(),
            },
        );
    }

    /// Enforces the bot's overall rate strictly: at most `max` calls that post or edit, in
    /// all chats together, in any sliding `window` (by arrival); the next gets 429.
    pub fn limit_overall(&self, max: usize, window: Duration) {
        self.lock().overall_limit = Some(ChatLimit {
            max,
            window,
            recent: VecDeque::new(),
        });
    }

    /// How many calls were answered 429, of any method.
    pub fn count_429(&self) -> usize {
        self.lock()
            .calls
            .iter()
            .filter(|call| call.status == 429)
            .count()
    }

    /// Makes `copyMessage` refuse one message.
    pub fn uncopyable(&self, chat_id: i64, message_id: i64) {
        self.lock().uncopyable.insert((chat_id, message_id));
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    pub fn is_running(&self) -> bool {
        self.running.lock().expect("lock").is_some()
    }

    /// Stops listening and closes the connections. Waiting `getUpdates` calls and delayed
    /// answers return at once (an empty list, the normal answer). Pushed updates, calls and
    /// faults stay.
    pub async fn stop(&self) {
        let Some(running) = self.running.lock().expect("lock").take() else {
            return;
        };
        self.shared.stopping.store(true, Ordering::SeqCst);
        self.shared.updates_changed.notify_waiters();
        let _ = running.shutdown.send(());
        let mut task = running.task;
        if tokio::time::timeout(Duration::from_secs(3), &mut task)
            .await
            .is_err()
        {
            task.abort();
        }
    }

    /// Starts again on the same port (stopping first if running), keeping or dropping the
    /// updates not yet confirmed.
    pub async fn restart(&self, pending: Pending) {
        self.stop().await;
        if pending == Pending::Drop {
            self.lock().pending.clear();
        }
        self.shared.stopping.store(false, Ordering::SeqCst);
        // The old connections may still be closing: retry the bind for a moment.
        let mut attempts = 0;
        let listener = loop {
            match bind(self.addr) {
                Ok(listener) => break listener,
                Err(_) if attempts < 50 => {
                    attempts += 1;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
                Err(error) => panic!("cannot bind {} again: {error}", self.addr),
            }
        };
        self.serve(listener);
    }

    fn serve(&self, listener: TcpListener) {
        let app = Router::new()
            .fallback(handle)
            .with_state(self.shared.clone());
        let (shutdown, signal) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = signal.await;
                })
                .await;
        });
        *self.running.lock().expect("lock") = Some(Running { shutdown, task });
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.inner.lock().expect("the fake's state lock")
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        if let Some(running) = self.running.get_mut().ok().and_then(Option::take) {
            self.shared.stopping.store(true, Ordering::SeqCst);
            self.shared.updates_changed.notify_waiters();
            let _ = running.shutdown.send(());
            running.task.abort();
        }
    }
}

fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = TcpSocket::new_v4()?;
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(1024)
}

/// Builders for the updates a user's actions produce, shaped as Telegram sends them. They
/// leave out `update_id` and `message_id`: [`FakeTelegram::push`] fills them in.
pub mod updates {
    use serde_json::{Value, json};

    use super::{BOT_ID, BOT_USERNAME, now};

    /// A user of a private chat; the user's id is the chat's id.
    pub fn user(user_id: i64, language_code: &str) -> Value {
        json!({
            "id": user_id,
            "is_bot": false,
            "first_name": "Test",
            "last_name": format!("User{user_id}"),
            "username": format!("test_user_{user_id}"),
            "language_code": language_code,
        })
    }

    pub fn bot_user() -> Value {
        json!({
            "id": BOT_ID,
            "is_bot": true,
            "first_name": "Carenet Test",
            "username": BOT_USERNAME,
        })
    }

    pub fn private_chat(chat_id: i64) -> Value {
        json!({
            "id": chat_id,
            "type": "private",
            "first_name": "Test",
            "last_name": format!("User{chat_id}"),
            "username": format!("test_user_{chat_id}"),
        })
    }

    /// A group (or, for ids below -1_000_000_000_000, a supergroup).
    pub fn group_chat(chat_id: i64) -> Value {
        if chat_id <= -1_000_000_000_000 {
            json!({ "id": chat_id, "type": "supergroup", "title": "Test supergroup", "is_forum": true })
        } else {
            json!({ "id": chat_id, "type": "group", "title": "Test group" })
        }
    }

    fn private_message(chat_id: i64, language_code: &str, content: Value) -> Value {
        let mut message = json!({
            "from": user(chat_id, language_code),
            "chat": private_chat(chat_id),
            "date": now(),
        });
        merge(&mut message, content);
        json!({ "message": message })
    }

    fn merge(target: &mut Value, extra: Value) {
        if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
            target.extend(extra);
        }
    }

    /// A text message in a private chat, from a user whose app is in `language_code`.
    pub fn text(chat_id: i64, text: &str, language_code: &str) -> Value {
        private_message(chat_id, language_code, json!({ "text": text }))
    }

    /// A command such as `/start` or `/start payload` in a private chat, with its
    /// `bot_command` entity.
    pub fn command(chat_id: i64, command: &str, language_code: &str) -> Value {
        let word = command.split_whitespace().next().unwrap_or(command);
        let length = word.encode_utf16().count();
        private_message(
            chat_id,
            language_code,
            json!({
                "text": command,
                "entities": [{ "offset": 0, "length": length, "type": "bot_command" }],
            }),
        )
    }

    /// A press on an inline button with `data`, under the bot's message `message_id` in a
    /// private chat. If the bot sent that message through the fake, [`super::FakeTelegram::push`]
    /// puts that message (its text and keyboard as last sent or edited) in place of this
    /// stand-in; otherwise the stand-in (text `…`) becomes a bot message the bot can edit.
    pub fn callback_query(chat_id: i64, message_id: i64, data: &str, language_code: &str) -> Value {
        json!({
            "callback_query": {
                "id": format!("{chat_id}{message_id}{}", data.len()),
                "from": user(chat_id, language_code),
                "message": {
                    "message_id": message_id,
                    "from": bot_user(),
                    "chat": private_chat(chat_id),
                    "date": now(),
                    "text": "…",
                },
                "chat_instance": format!("{}", chat_id.wrapping_mul(7919)),
                "data": data,
            }
        })
    }

    /// A location shared in a private chat.
    pub fn location(chat_id: i64, latitude: f64, longitude: f64) -> Value {
        private_message(
            chat_id,
            "en",
            json!({ "location": { "latitude": latitude, "longitude": longitude } }),
        )
    }

    /// A (static, regular) sticker in a private chat.
    pub fn sticker(chat_id: i64, emoji: &str) -> Value {
        private_message(
            chat_id,
            "en",
            json!({
                "sticker": {
                    "file_id": "CAACAgIAAxkBAAEBfakeStickerFileId",
                    "file_unique_id": "AgADfakeSticker",
                    "file_size": 23456,
                    "width": 512,
                    "height": 512,
                    "type": "regular",
                    "is_animated": false,
                    "is_video": false,
                    "emoji": emoji,
                    "set_name": "FakeStickers",
                    "thumbnail": {
                        "file_id": "AAMCAgADGQEAAQFfakeThumbFileId",
                        "file_unique_id": "AQADfakeThumb",
                        "file_size": 4567,
                        "width": 128,
                        "height": 128,
                    },
                },
            }),
        )
    }

    /// A photo in a private chat.
    pub fn photo(chat_id: i64) -> Value {
        private_message(
            chat_id,
            "en",
            json!({
                "photo": [{
                    "file_id": "AgACAgIAAxkBAAFfakePhotoFileId",
                    "file_unique_id": "AQADfakePhoto",
                    "file_size": 34567,
                    "width": 800,
                    "height": 600,
                }],
                "caption": "a photo",
            }),
        )
    }

    /// A text in a private chat that replies to the message `reply_to` of that chat.
    pub fn reply(chat_id: i64, text: &str, reply_to: i64) -> Value {
        private_message(
            chat_id,
            "en",
            json!({
                "text": text,
                "reply_to_message": {
                    "message_id": reply_to,
                    "from": bot_user(),
                    "chat": private_chat(chat_id),
                    "date": now(),
                    "text": "…",
                },
            }),
        )
    }

    /// A press by `user_id` on a button with `data` under the bot's message `message_id`
    /// in the group `chat_id` (negative).
    pub fn group_callback(chat_id: i64, user_id: i64, message_id: i64, data: &str) -> Value {
        json!({
            "callback_query": {
                "id": format!("{user_id}{message_id}{}", data.len()),
                "from": user(user_id, "en"),
                "message": {
                    "message_id": message_id,
                    "from": bot_user(),
                    "chat": group_chat(chat_id),
                    "date": now(),
                    "text": "…",
                },
                "chat_instance": format!("{}", chat_id.wrapping_mul(7919)),
                "data": data,
            }
        })
    }

    /// A text message from `user_id` in the group (or supergroup) `chat_id` (negative).
    pub fn group_text(chat_id: i64, user_id: i64, text: &str) -> Value {
        json!({
            "message": {
                "from": user(user_id, "en"),
                "chat": group_chat(chat_id),
                "date": now(),
                "text": text,
            }
        })
    }
}

impl Inner {
    /// A 429 when this call would go over the bot's limit or its chat's; counted against
    /// both otherwise.
    fn over_limit(&mut self, method: &str, chat_id: Option<i64>) -> Option<(u16, Value)> {
        // Taken under the state lock: calls are counted in the order of their times.
        let at = Instant::now();
        let posts = method.starts_with("send")
            || method.starts_with("copy")
            || method.starts_with("forward")
            || method.starts_with("edit")
            || method == "createforumtopic";
        if !posts {
            return None;
        }
        let chat = chat_id.and_then(|chat| self.chat_limits.get_mut(&chat));
        let limits = [self.overall_limit.as_mut(), chat].into_iter().flatten();
        let mut limits: Vec<&mut ChatLimit> = limits.collect();
        if let Some(full) = limits.iter_mut().find_map(|limit| limit.full(at)) {
            return Some(full);
        }
        for limit in limits {
            limit.recent.push_back(at);
        }
        None
    }

    /// Gives a pushed message its id and remembers its chat.
    fn fill_message(&mut self, message: &mut Value) {
        let Some(object) = message.as_object_mut() else {
            return;
        };
        if !object.contains_key("message_id") {
            object.insert("message_id".into(), json!(self.next_message_id));
            self.next_message_id += 1;
        } else if let Some(id) = object.get("message_id").and_then(Value::as_i64) {
            self.next_message_id = self.next_message_id.max(id + 1);
        }
        if let Some(chat) = object.get("chat")
            && let Some(id) = chat.get("id").and_then(Value::as_i64)
        {
            self.chats.insert(id, chat.clone());
        }
    }

    fn chat(&self, chat_id: &Value) -> Option<Value> {
        if let Some(id) = as_i64(chat_id) {
            return Some(self.chats.get(&id).cloned().unwrap_or_else(|| {
                if id > 0 {
                    updates::private_chat(id)
                } else {
                    updates::group_chat(id)
                }
            }));
        }
        let name = chat_id.as_str()?.strip_prefix('@')?;
        Some(json!({
            "id": -1_000_000_000_000i64 - i64::from(name.len() as u32),
            "type": "channel",
            "title": name,
            "username": name,
        }))
    }

    /// The first error fault that matches, and the total delay of the matching delays.
    fn take_fault(
        &mut self,
        method: &str,
        chat_id: Option<i64>,
    ) -> (Duration, Option<(u16, Value)>) {
        let mut delay = Duration::ZERO;
        let mut error = None;
        for fault in self.faults.iter_mut() {
            if !fault.matches(method, chat_id) {
                continue;
            }
            match &fault.effect {
                Effect::Delay(d) => delay += *d,
                Effect::Error { .. } | Effect::Garbled(_) if error.is_some() => continue,
                Effect::Garbled(body) => error = Some((200, Value::String(body.clone()))),
                Effect::Error {
                    status,
                    description,
                    parameters,
                } => error = Some(api_error(*status, description, parameters.clone())),
            }
            if let Some(remaining) = &mut fault.remaining {
                *remaining -= 1;
            }
        }
        self.faults.retain(|fault| fault.remaining != Some(0));
        (delay, error)
    }

    fn new_message(&mut self, params: &Value, content: Value) -> Result<Value, (u16, Value)> {
        let chat = self.chat(params.get("chat_id").unwrap_or(&Value::Null));
        let Some(chat) = chat else {
            return Err(api_error(400, "Bad Request: chat_id is empty", None));
        };
        let id = self.next_message_id;
        self.next_message_id += 1;
        let mut message = json!({
            "message_id": id,
            "from": updates::bot_user(),
            "chat": chat,
            "date": now(),
        });
        extend(&mut message, content);
        copy_optional(params, &mut message, &["message_thread_id"]);
        if let Some(markup) = inline_markup(params) {
            message["reply_markup"] = markup;
        }
        if let Some(key) = message_key(&message) {
            self.bot_messages.insert(key, message.clone());
        }
        Ok(message)
    }

    fn edit_message(&mut self, params: &Value, content: Value) -> Result<Value, (u16, Value)> {
        if params.get("inline_message_id").is_some() {
            return Ok(json!(true));
        }
        let key = params
            .get("chat_id")
            .and_then(as_i64)
            .zip(params.get("message_id").and_then(as_i64));
        let Some(old) = key.and_then(|key| self.bot_messages.get(&key)) else {
            return Err(api_error(
                400,
                "Bad Request: message to edit not found",
                None,
            ));
        };
        let mut message = old.clone();
        let markup = inline_markup(params);
        let content_same = content
            .as_object()
            .is_some_and(|c| c.iter().all(|(k, v)| old.get(k) == Some(v)));
        if content_same && old.get("reply_markup") == markup.as_ref() {
            return Err(api_error(
                400,
                "Bad Request: message is not modified: specified new message content and reply \
                 markup are exactly the same as a current content and reply markup of the message",
                None,
            ));
        }
        extend(&mut message, content);
        match markup {
            Some(markup) => message["reply_markup"] = markup,
            None => {
                if let Some(object) = message.as_object_mut() {
                    object.remove("reply_markup");
                }
            }
        }
        message["edit_date"] = json!(now());
        if let Some(key) = key {
            self.bot_messages.insert(key, message.clone());
        }
        Ok(message)
    }

    /// The answer to one call, by lower-cased method name.
    fn answer(&mut self, method: &str, params: &Value) -> Result<Value, (u16, Value)> {
        let text = |name: &str| params.get(name).and_then(Value::as_str).map(str::to_owned);
        if let Some(error) = html::refused(params) {
            let description = format!("Bad Request: can't parse entities: {error}");
            return Err(api_error(400, &description, None));
        }
        match method {
            "getme" => Ok(me()),
            "sendmessage" => match text("text") {
                Some(t) if !t.trim().is_empty() => {
                    let mut content = json!({ "text": t });
                    copy_optional(params, &mut content, &["entities"]);
                    self.new_message(params, content)
                }
                _ => Err(api_error(400, "Bad Request: message text is empty", None)),
            },
            "editmessagetext" => {
                let mut content = json!({ "text": text("text").unwrap_or_default() });
                copy_optional(params, &mut content, &["entities"]);
                self.edit_message(params, content)
            }
            "editmessagereplymarkup" => self.edit_message(params, json!({})),
            "editmessagecaption" => {
                self.edit_message(params, json!({ "caption": text("caption") }))
            }
            "sendlocation" => {
                let location = location(params);
                self.new_message(params, json!({ "location": location }))
            }
            "sendvenue" => {
                let location = location(params);
                let venue = json!({
                    "location": location,
                    "title": text("title").unwrap_or_default(),
                    "address": text("address").unwrap_or_default(),
                });
                self.new_message(params, json!({ "location": location, "venue": venue }))
            }
            "sendcontact" => {
                let contact = json!({
                    "phone_number": text("phone_number").unwrap_or_default(),
                    "first_name": text("first_name").unwrap_or_default(),
                });
                self.new_message(params, json!({ "contact": contact }))
            }
            "createforumtopic" => {
                let id = self.next_thread_id;
                self.next_thread_id += 1;
                Ok(json!({
                    "message_thread_id": id,
                    "name": text("name").unwrap_or_default(),
                    "icon_color": 7322096,
                }))
            }
            "copymessage" => {
                self.chat(params.get("chat_id").unwrap_or(&Value::Null))
                    .ok_or_else(|| api_error(400, "Bad Request: chat_id is empty", None))?;
                // A message that cannot be copied (a service message, a poll quiz...).
                if let Some(from) = params.get("from_chat_id").and_then(as_i64)
                    && let Some(message) = params.get("message_id").and_then(as_i64)
                    && self.uncopyable.contains(&(from, message))
                {
                    return Err(api_error(
                        400,
                        "Bad Request: the message can't be copied",
                        None,
                    ));
                }
                let id = self.next_message_id;
                self.next_message_id += 1;
                Ok(json!({ "message_id": id }))
            }
            "copymessages" | "forwardmessages" => {
                let count = params
                    .get("message_ids")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len);
                let ids: Vec<Value> = (0..count)
                    .map(|_| {
                        let id = self.next_message_id;
                        self.next_message_id += 1;
                        json!({ "message_id": id })
                    })
                    .collect();
                Ok(Value::Array(ids))
            }
            "forwardmessage" => self.new_message(params, json!({ "text": "…" })),
            "getupdates" => unreachable!("getUpdates is answered by the long poll"),
            "getwebhookinfo" => Ok(json!({
                "url": self.webhook_url,
                "has_custom_certificate": false,
                "pending_update_count": self.pending.len(),
            })),
            "setwebhook" => {
                self.webhook_url = text("url").unwrap_or_default();
                Ok(json!(true))
            }
            "deletewebhook" => {
                self.webhook_url.clear();
                if params.get("drop_pending_updates").and_then(as_bool) == Some(true) {
                    self.pending.clear();
                }
                Ok(json!(true))
            }
            "setmycommands" => {
                self.commands = params.get("commands").cloned().unwrap_or(json!([]));
                Ok(json!(true))
            }
            "getmycommands" => Ok(self.commands.clone()),
            "deletemycommands" => {
                self.commands = json!([]);
                Ok(json!(true))
            }
            "sendchataction" => Ok(json!(true)),
            _ if method.starts_with("send") => {
                let caption = text("caption");
                self.new_message(params, json!({ "text": caption.unwrap_or("…".into()) }))
            }
            _ if method.starts_with("get") => Err(api_error(404, "Not Found", None)),
            // answerCallbackQuery, deleteMessage(s), sendChatAction, set*, ...
            _ => Ok(json!(true)),
        }
    }
}

/// Telegram's HTML parse mode, as strict as its documentation
/// (<https://core.telegram.org/bots/api#html-style>); descriptions in Telegram's words.
mod html {
    use serde_json::Value;

    const TAGS: [&str; 16] = [
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];

    /// Why Telegram would refuse the call's `text` or `caption`, if it would.
    pub(super) fn refused(params: &Value) -> Option<String> {
        let html = params
            .get("parse_mode")
            .and_then(Value::as_str)
            .is_some_and(|mode| mode.eq_ignore_ascii_case("html"));
        if !html {
            return None;
        }
        ["text", "caption"]
            .iter()
            .filter_map(|name| params.get(*name)?.as_str())
            .find_map(error)
    }

    /// The first reason `text` is not Telegram HTML.
    pub(super) fn error(text: &str) -> Option<String> {
        let mut open: Vec<String> = Vec::new();
        let mut at = 0;
        while let Some(found) = text[at..].find(['<', '&']) {
            let i = at + found;
            if text[i..].starts_with('&') {
                let entity = text[i + 1..]
                    .split_once(';')
                    .map(|(name, _)| name)
                    .filter(|name| is_entity(name));
                let Some(name) = entity else {
                    return Some(format!(
                        "Character '&' at byte offset {i} is not a part of an HTML entity: \
                         write &amp;"
                    ));
                };
                at = i + name.len() + 2;
                continue;
            }
            let Some(length) = tag_length(&text[i..]) else {
                return Some(format!("Unclosed start tag at byte offset {i}"));
            };
            let inside = &text[i + 1..i + length - 1];
            at = i + length;
            if let Some(name) = inside.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                match open.pop() {
                    Some(expected) if expected == name => continue,
                    Some(expected) => {
                        return Some(format!(
                            "Unmatched end tag at byte offset {i}, expected \"</{expected}>\", \
                             found \"</{name}>\""
                        ));
                    }
                    None => return Some(format!("Unexpected end tag at byte offset {i}")),
                }
            }
            let (name, attributes) = inside
                .split_once(char::is_whitespace)
                .unwrap_or((inside, ""));
            let name = name.to_ascii_lowercase();
            if !TAGS.contains(&name.as_str()) {
                return Some(format!(
                    "Unsupported start tag \"{name}\" at byte offset {i}"
                ));
            }
            let attributes = attributes.replace(['"', '\''], "");
            if name == "span" && !attributes.contains("class=tg-spoiler") {
                return Some("Tag \"span\" must have class \"tg-spoiler\"".into());
            }
            if name == "tg-emoji" && !attributes.contains("emoji-id=") {
                return Some("Tag \"tg-emoji\" must have attribute \"emoji-id\"".into());
            }
            open.push(name);
        }
        open.pop()
            .map(|name| format!("Can't find end tag corresponding to start tag \"{name}\""))
    }

    /// `&NAME;` Telegram decodes: four named entities and numeric ones.
    fn is_entity(name: &str) -> bool {
        let numeric = |digits: &str, radix| {
            (1..=8).contains(&digits.len()) && digits.chars().all(|c| c.is_digit(radix))
        };
        match name.strip_prefix('#') {
            Some(number) => match number.strip_prefix(['x', 'X']) {
                Some(hex) => numeric(hex, 16),
                None => numeric(number, 10),
            },
            None => matches!(name, "lt" | "gt" | "amp" | "quot"),
        }
    }

    /// The length of the tag at the start of `text` (`<` to `>`, quotes respected).
    fn tag_length(text: &str) -> Option<usize> {
        let mut quote = None;
        for (i, c) in text.char_indices().skip(1) {
            match (quote, c) {
                (None, '>') => return Some(i + 1),
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
        }
        None
    }
}

fn me() -> Value {
    json!({
        "id": BOT_ID,
        "is_bot": true,
        "first_name": "Carenet Test",
        "username": BOT_USERNAME,
        "can_join_groups": true,
        "can_read_all_group_messages": false,
        "supports_inline_queries": false,
        "can_connect_to_business": false,
        "has_main_web_app": false,
    })
}

fn location(params: &Value) -> Value {
    let number = |name: &str| params.get(name).and_then(as_f64).unwrap_or_default();
    json!({ "latitude": number("latitude"), "longitude": number("longitude") })
}

/// Telegram echoes only an inline keyboard in the sent message.
fn inline_markup(params: &Value) -> Option<Value> {
    params
        .get("reply_markup")
        .filter(|markup| markup.get("inline_keyboard").is_some())
        .cloned()
}

fn message_key(message: &Value) -> Option<(i64, i64)> {
    Some((
        message.get("chat")?.get("id")?.as_i64()?,
        message.get("message_id")?.as_i64()?,
    ))
}

fn extend(target: &mut Value, extra: Value) {
    if let (Some(target), Value::Object(extra)) = (target.as_object_mut(), extra) {
        target.extend(extra);
    }
}

fn copy_optional(from: &Value, to: &mut Value, names: &[&str]) {
    for name in names {
        if let Some(value) = from.get(*name) {
            to[*name] = value.clone();
        }
    }
}

fn as_i64(value: &Value) -> Option<i64> {
    value
        .as_i64()
        .or_else(|| value.as_str()?.trim().parse().ok())
}

fn as_f64(value: &Value) -> Option<f64> {
    value
        .as_f64()
        .or_else(|| value.as_str()?.trim().parse().ok())
}

fn as_bool(value: &Value) -> Option<bool> {
    value.as_bool().or_else(|| value.as_str()?.parse().ok())
}

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

fn api_error(status: u16, description: &str, parameters: Option<Value>) -> (u16, Value) {
    let mut body = json!({ "ok": false, "error_code": status, "description": description });
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    (status, body)
}

fn reply(status: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn handle(State(shared): State<Arc<Shared>>, request: Request) -> Response {
    let at = Instant::now();
    let uri = request.uri().clone();
    let segments: Vec<&str> = uri.path().trim_matches('/').split('/').collect();
    let [.., bot_token, method] = segments[..] else {
        return reply(
            404,
            json!({"ok": false, "error_code": 404, "description": "Not Found"}),
        );
    };
    let Some(token) = bot_token.strip_prefix("bot") else {
        return reply(
            404,
            json!({"ok": false, "error_code": 404, "description": "Not Found"}),
        );
    };
    let method_sent = method.to_owned();
    let method = method.to_ascii_lowercase();
    let token_ok = token.split_once(':').is_some_and(|(id, rest)| {
        !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty()
    });

    let (params, encoding) = match read_params(&uri, request).await {
        Ok(parsed) => parsed,
        Err(description) => {
            let (status, body) = api_error(400, &description, None);
            return reply(status, body);
        }
    };
    let chat_id = params.get("chat_id").and_then(as_i64);

    let (delay, outcome) = if !token_ok {
        (Duration::ZERO, Err(api_error(401, "Unauthorized", None)))
    } else {
        let (delay, error) = {
            let mut inner = shared.inner.lock().expect("the fake's state lock");
            match inner.take_fault(&method, chat_id) {
                (delay, None) => (delay, inner.over_limit(&method, chat_id)),
                taken => taken,
            }
        };
        match error {
            Some(error) => (delay, Err(error)),
            None if method == "getupdates" => (delay, get_updates(&shared, &params).await),
            None => {
                let mut inner = shared.inner.lock().expect("the fake's state lock");
                (delay, inner.answer(&method, &params))
            }
        }
    };

    let (status, body, recorded) = match outcome {
        Ok(result) => (200, json!({ "ok": true, "result": result }), result),
        Err((status, body)) => (status, body.clone(), body),
    };
    shared
        .inner
        .lock()
        .expect("the fake's state lock")
        .calls
        .push(Call {
            method: method_sent,
            params,
            encoding,
            at,
            status,
            response: recorded,
        });
    shared.calls_changed.notify_waiters();

    if !delay.is_zero() {
        sleep_unless_stopping(&shared, delay).await;
    }
    reply(status, body)
}

async fn sleep_unless_stopping(shared: &Shared, delay: Duration) {
    let deadline = tokio::time::Instant::now() + delay;
    while !shared.stopping.load(Ordering::SeqCst) {
        let notified = shared.updates_changed.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        if shared.stopping.load(Ordering::SeqCst)
            || tokio::time::timeout_at(deadline, notified).await.is_err()
        {
            return;
        }
    }
}

/// `getUpdates`: confirm below `offset`, answer what is pending, or wait up to `timeout`.
async fn get_updates(shared: &Shared, params: &Value) -> Result<Value, (u16, Value)> {
    let offset = params.get("offset").and_then(as_i64).unwrap_or(0);
    let limit = params
        .get("limit")
        .and_then(as_i64)
        .unwrap_or(100)
        .clamp(1, 100) as usize;
    let timeout = params.get("timeout").and_then(as_i64).unwrap_or(0).max(0) as u64;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(timeout);

    let poll = shared.polls.fetch_add(1, Ordering::SeqCst) + 1;
    // Wake an older poll so that it sees it was overtaken.
    shared.updates_changed.notify_waiters();

    loop {
        let notified = shared.updates_changed.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        {
            let mut inner = shared.inner.lock().expect("the fake's state lock");
            if offset < 0 {
                // Telegram: a negative offset keeps only the last -offset updates.
                let keep = offset.unsigned_abs() as usize;
                let excess = inner.pending.len().saturating_sub(keep);
                inner.pending.drain(..excess);
            } else {
                inner.pending.retain(|update| {
                    update.get("update_id").and_then(Value::as_i64).unwrap_or(0) >= offset
                });
            }
            if !inner.pending.is_empty() {
                let batch: Vec<Value> = inner.pending.iter().take(limit).cloned().collect();
                return Ok(Value::Array(batch));
            }
        }
        if shared.polls.load(Ordering::SeqCst) != poll {
            return Err(api_error(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot \
                 instance is running",
                None,
            ));
        }
        if shared.stopping.load(Ordering::SeqCst)
            || tokio::time::timeout_at(deadline, notified).await.is_err()
        {
            return Ok(json!([]));
        }
    }
}

/// The parameters from the query string and the body, and how the body was encoded.
async fn read_params(uri: &Uri, request: Request) -> Result<(Value, Encoding), String> {
    let mut params = Map::new();
    if uri.query().is_some() {
        let Query(pairs) = Query::<Vec<(String, String)>>::try_from_uri(uri)
            .map_err(|e| format!("Bad Request: bad query string: {e}"))?;
        for (name, value) in pairs {
            params.insert(name, text_value(value));
        }
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let body = axum::body::to_bytes(request.into_body(), 64 << 20)
        .await
        .map_err(|e| format!("Bad Request: cannot read the body: {e}"))?;
    if body.is_empty() {
        return Ok((Value::Object(params), Encoding::Empty));
    }
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let encoding = match mime.as_str() {
        "application/json" => {
            let value: Value = serde_json::from_slice(&body)
                .map_err(|e| format!("Bad Request: can't parse JSON object: {e}"))?;
            match value {
                Value::Object(object) => params.extend(object),
                Value::Null => {}
                _ => return Err("Bad Request: parameters must be a JSON object".into()),
            }
            Encoding::Json
        }
        "application/x-www-form-urlencoded" => {
            let request = Request::builder()
                .method("POST")
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .map_err(|e| e.to_string())?;
            let Form(pairs) = Form::<Vec<(String, String)>>::from_request(request, &())
                .await
                .map_err(|e| format!("Bad Request: bad form: {e}"))?;
            for (name, value) in pairs {
                params.insert(name, text_value(value));
            }
            Encoding::Form
        }
        "multipart/form-data" => {
            let boundary = content_type
                .split(';')
                .filter_map(|part| part.trim().strip_prefix("boundary="))
                .next()
                .map(|b| b.trim_matches('"').to_owned())
                .ok_or("Bad Request: multipart without a boundary")?;
            for (name, value) in parse_multipart(&body, &boundary)? {
                params.insert(name, value);
            }
            // teloxide names an uploaded file `attach://<part>` and sends it as that part.
            let names: Vec<String> = params.keys().cloned().collect();
            for name in names {
                let part = params
                    .get(&name)
                    .and_then(Value::as_str)
                    .and_then(|v| v.strip_prefix("attach://"))
                    .map(str::to_owned);
                if let Some(part) = part
                    && params.get(&part).is_some_and(Value::is_object)
                    && let Some(file) = params.remove(&part)
                {
                    params.insert(name, file);
                }
            }
            Encoding::Multipart
        }
        other => return Err(format!("Bad Request: unsupported content type {other:?}")),
    };
    Ok((Value::Object(params), encoding))
}

/// A form value: JSON when it is a JSON object or array (as Telegram reads `reply_markup`),
/// else the string.
fn text_value(text: String) -> Value {
    let trimmed = text.trim_start();
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && let Ok(value) = serde_json::from_str::<Value>(&text)
    {
        return value;
    }
    Value::String(text)
}

/// `multipart/form-data` parts as (name, value); a part with a file name is recorded as
/// `{"file_name", "size"}`.
fn parse_multipart(body: &Bytes, boundary: &str) -> Result<Vec<(String, Value)>, String> {
    let delimiter = format!("--{boundary}");
    let mut fields = Vec::new();
    let mut rest: &[u8] = body;
    let start = find(rest, delimiter.as_bytes()).ok_or("Bad Request: empty multipart body")?;
    rest = &rest[start + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest
            .strip_prefix(b"\r\n")
            .ok_or("Bad Request: bad multipart body")?;
        let end = find(rest, format!("\r\n{delimiter}").as_bytes())
            .ok_or("Bad Request: unterminated multipart part")?;
        let part = &rest[..end];
        rest = &rest[end + 2 + delimiter.len()..];
        let split = find(part, b"\r\n\r\n").ok_or("Bad Request: multipart part without headers")?;
        let headers = String::from_utf8_lossy(&part[..split]);
        let content = &part[split + 4..];
        let disposition = headers
            .lines()
            .find(|line| {
                line.to_ascii_lowercase()
                    .starts_with("content-disposition:")
            })
            .unwrap_or_default();
        let attribute = |key: &str| {
            disposition.split(';').find_map(|item| {
                let (k, v) = item.trim().split_once('=')?;
                (k == key).then(|| v.trim_matches('"').to_owned())
            })
        };
        let Some(name) = attribute("name") else {
            continue;
        };
        let value = match attribute("filename") {
            Some(file_name) => json!({ "file_name": file_name, "size": content.len() }),
            None => text_value(String::from_utf8_lossy(content).into_owned()),
        };
        fields.push((name, value));
    }
    Ok(fields)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

// broadcasts
impl FakeTelegram {
    /// How many calls of `method` (any case) succeeded, without copying them: for
    /// watching a broadcast of many thousand messages go out.
    pub fn count_ok(&self, method: &str) -> usize {
        self.lock()
            .calls
            .iter()
            .filter(|call| call.ok() && call.is(method))
            .count()
    }
}
