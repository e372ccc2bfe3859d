//! The bot as `carenet run` builds it, for the tests against the fake Bot API: the
//! application on the fake's client, and the tasks that run it (polling, the broadcast
//! sender, the handoff's clock) until they are shut down together.

use std::future::Future;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use carenet::broadcast::worker::{self, WorkerSettings};
use carenet::channels::telegram::{Limits, Outbox, Telegram, run_polling};
use carenet::conversation::Conversations;
use carenet::engine::{Engine, Features};
use carenet::store::Store;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::{WAIT, content};

/// The application on `bot` (the fake's client: `FakeTelegram::bot`), with the shipped
/// content and `features`, a flood limit of `flood` messages a minute per chat.
pub fn telegram(
    bot: teloxide::Bot,
    store: &Store,
    features: Features,
    limits: Limits,
    flood: u32,
) -> Telegram {
    with_engine(bot, Engine::new(content(), features), store, limits, flood)
}

/// The same with an engine of the test's own.
pub fn with_engine(
    bot: teloxide::Bot,
    engine: Engine,
    store: &Store,
    limits: Limits,
    flood: u32,
) -> Telegram {
    let conversations = Conversations::new(engine, store.clone());
    Telegram::new(bot, conversations, limits, NonZeroU32::new(flood).unwrap())
}

/// Limits that never hold a test back: 1,000 messages a second, 100 a second per chat.
pub fn fast_limits() -> Limits {
    Limits {
        overall_per_second: NonZeroU32::new(1000).unwrap(),
        per_chat_per_second: NonZeroU32::new(100).unwrap(),
        per_chat_burst: NonZeroU32::new(100).unwrap(),
        ..Limits::default()
    }
}

/// Tasks of a running bot, stopped together by [`Tasks::shut_down`].
pub struct Tasks {
    stop: watch::Sender<bool>,
    handles: Vec<JoinHandle<()>>,
}

impl Default for Tasks {
    fn default() -> Self {
        Tasks {
            stop: watch::channel(false).0,
            handles: Vec::new(),
        }
    }
}

impl Tasks {
    /// Turns true at shut-down.
    pub fn stopped(&self) -> watch::Receiver<bool> {
        self.stop.subscribe()
    }

    pub fn spawn(&mut self, task: impl Future<Output = ()> + Send + 'static) {
        self.handles.push(tokio::spawn(task));
    }

    /// Long polling of the fake, as `carenet run` does (a one-second poll timeout).
    pub fn poll(&mut self, tg: Arc<Telegram>) {
        let stopped = self.stopped();
        self.spawn(async move {
            run_polling(tg, Duration::from_secs(1), stopped)
                .await
                .expect("polling ends cleanly");
        });
    }

    /// The broadcast sender, through `tg`.
    pub fn send_broadcasts(&mut self, store: &Store, tg: Arc<Telegram>, settings: WorkerSettings) {
        let (store, stopped) = (store.clone(), self.stopped());
        self.spawn(async move {
            worker::run(store, Arc::new(Outbox::new(tg)), settings, stopped)
                .await
                .expect("the sender ends cleanly");
        });
    }

    /// Stops every task at once, without letting it finish what it was doing (a crash),
    /// checking that none had panicked before.
    pub async fn abort(self) {
        for handle in &self.handles {
            handle.abort();
        }
        for handle in self.handles {
            match handle.await {
                Err(e) if e.is_panic() => panic!("a task of the bot panicked: {e}"),
                _ => {}
            }
        }
    }

    /// Stops every task and waits for each (a few seconds at most), checking none
    /// panicked.
    pub async fn shut_down(self) {
        let _ = self.stop.send(true);
        for handle in self.handles {
            tokio::time::timeout(WAIT, handle)
                .await
                .expect("stops promptly")
                .expect("no panic");
        }
    }
}

/// `tg` with the handoff on `settings`, announcing in the staff group `group` (no forum
/// topics unless `topics`), at most `per_minute` calls a minute to the group.
pub async fn with_handoff(
    tg: Telegram,
    settings: carenet::handoff::HandoffSettings,
    group: i64,
    topics: bool,
    per_minute: u32,
) -> Telegram {
    let handoff = carenet::handoff::Handoff::load(tg.conversations().clone(), settings)
        .await
        .expect("open cases load");
    let group = carenet::channels::telegram::StaffGroupSettings {
        chat: teloxide::types::ChatId(group),
        topics,
        limit: carenet::channels::telegram::GroupLimit(NonZeroU32::new(per_minute).unwrap()),
    };
    tg.with_handoff(handoff, group)
}
